// Builds the operations console (web/) with Vite into dist/console, which the server serves at
// `/` (src/domains/console). Run by `npm ci` (postinstall) and `npm run build:console`.
//
//   node scripts/build-console.mjs             build
//   node scripts/build-console.mjs --if-stale  build only when web/ (or the packages) changed
//
// Plain JavaScript for the same reason as scripts/build.mjs: the up-to-date check runs on
// every install and must cost milliseconds. Prints the bundle size (raw and gzip), which the
// README reports.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WEB = path.join(ROOT, "web");
const OUT_DIR = path.join(ROOT, "dist", "console");
const STAMP = path.join(ROOT, "dist", ".console-hash");

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** A hash of what the console is made of: web/, the installed versions and this script. */
function inputsHash() {
  const hash = createHash("sha256");
  const files = [...filesUnder(WEB), path.join(ROOT, "package-lock.json"), fileURLToPath(import.meta.url)].filter((f) => existsSync(f));
  for (const file of files.sort()) hash.update(path.relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

/** The size of what a browser downloads: every file but source maps, raw and gzipped. */
export function bundleSize(dir = OUT_DIR) {
  let raw = 0;
  let gzip = 0;
  for (const file of filesUnder(dir)) {
    if (file.endsWith(".map")) continue;
    const data = readFileSync(file);
    raw += data.length;
    gzip += gzipSync(data).length;
  }
  return { raw, gzip };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  const ifStale = process.argv.includes("--if-stale");
  const hash = inputsHash();
  const stamp = existsSync(STAMP) ? readFileSync(STAMP, "utf8") : "";
  if (ifStale && stamp === hash && existsSync(path.join(OUT_DIR, "index.html"))) return;
  const started = performance.now();
  // Loaded only when a build is due.
  const { build } = await import("vite");
  await build({
    configFile: false,
    root: WEB,
    base: "/",
    logLevel: "warn",
    // Preact's JSX runtime, not React's.
    oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      // Hashed file names: the server sends them with a year-long cache (index.html: no-cache).
      assetsDir: "assets",
      sourcemap: true,
      target: "es2022",
      reportCompressedSize: false,
    },
  });
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, hash);
  const size = bundleSize();
  const files = filesUnder(OUT_DIR).filter((f) => !f.endsWith(".map")).length;
  console.error(
    `built dist/console in ${Math.round(performance.now() - started)} ms: ${files} files, ${kb(size.raw)} (${kb(size.gzip)} gzipped)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`console build failed: ${err?.message ?? err}`);
    process.exit(1);
  });
}
