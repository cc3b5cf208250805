// Compiles the server to dist/main.js with esbuild, so `npm start` runs plain JavaScript:
// under tsx every module the server loads (hundreds, most of them packages) went through
// tsx's loader hooks, which cost seconds of start-up. One bundle of our sources and of most
// packages (see EXTERNAL for those left to Node). Then builds the migrated PGlite template that
// new data directories are copied from (src/db/pglite-template.ts), when the migrations changed.
//
//   node scripts/build.mjs             build both
//   node scripts/build.mjs --if-stale  build what is out of date (npm's prestart)
//
// Plain JavaScript (not TypeScript) because it runs before every `npm start`: tsx alone would
// cost more than the check. Whether the inputs changed is a hash of their contents, stored
// beside the bundle; hashing them takes milliseconds.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(ROOT, "dist");
const OUT_FILE = path.join(OUT_DIR, "main.js");
const TEMPLATE_MODULE = path.join(OUT_DIR, "pglite-template.js");
const STAMP = path.join(OUT_DIR, ".sources-hash.json");
/** The Prisma client loads its WebAssembly and schema from its own directory: never bundled. */
const GENERATED_PRISMA = path.join(ROOT, "src", "generated", "prisma");

/** A hash of files' paths and contents. */
function hashFiles(files) {
  const hash = createHash("sha256");
  for (const file of [...files].sort()) {
    hash.update(path.relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function filesUnder(dir, keep) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== GENERATED_PRISMA) out.push(...filesUnder(full, keep));
    } else if (keep(entry.name)) out.push(full);
  }
  return out;
}

const PACKAGE_JSON = path.join(ROOT, "package.json");

/** What the bundle is made of: every non-test source file, this script and the installed packages (most are bundled). */
const bundleInputs = () =>
  hashFiles([
    ...filesUnder(path.join(ROOT, "src"), (n) => /\.(ts|js|mjs|json)$/.test(n) && !n.endsWith(".test.ts") && !n.endsWith(".d.ts")),
    PACKAGE_JSON,
    ...[path.join(ROOT, "package-lock.json")].filter((f) => existsSync(f)),
    path.join(ROOT, "tsconfig.json"),
    fileURLToPath(import.meta.url),
  ]);

/** What the template is made of: the migrations, the code applying them, the PGlite version (package.json). */
const templateInputs = () =>
  hashFiles([
    ...filesUnder(path.join(ROOT, "prisma", "migrations"), () => true),
    path.join(ROOT, "src", "db", "migrate.ts"),
    path.join(ROOT, "src", "db", "pglite-template.ts"),
    PACKAGE_JSON,
  ]);

/**
 * Imports of the generated Prisma client (prisma-client-js: CommonJS beside its WebAssembly)
 * stay imports, re-aimed from dist/ at src/generated/prisma. A client generated as TypeScript
 * (Prisma 7's prisma-client) cannot load from there and is bundled like our own sources.
 */
const prismaClientExternal = {
  name: "prisma-client-external",
  setup(build) {
    build.onResolve({ filter: /generated\/prisma/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      if (!target.startsWith(GENERATED_PRISMA) || !/\.c?js$/.test(target) || !existsSync(target)) return undefined;
      const relative = path.relative(OUT_DIR, target).split(path.sep).join("/");
      return { path: relative.startsWith(".") ? relative : `./${relative}`, external: true };
    });
  },
};

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return {};
  }
}

async function main() {
  const ifStale = process.argv.includes("--if-stale");
  const stamp = readStamp();
  const inputs = { bundle: bundleInputs(), template: templateInputs() };
  const bundleDue = !ifStale || stamp.bundle !== inputs.bundle || !existsSync(OUT_FILE) || !existsSync(TEMPLATE_MODULE);
  const templateDue = !ifStale || stamp.template !== inputs.template || !existsSync(path.join(OUT_DIR, "pglite-template"));
  if (!bundleDue && !templateDue) return;
  mkdirSync(OUT_DIR, { recursive: true });
  if (bundleDue) {
    const started = performance.now();
    await bundle({ clean: !ifStale });
    writeFileSync(STAMP, JSON.stringify({ ...readStamp(), bundle: inputs.bundle }));
    console.error(`built dist/main.js in ${Math.round(performance.now() - started)} ms`);
  }
  if (templateDue) {
    const started = performance.now();
    try {
      const { buildTemplate } = await import(pathToFileURL(TEMPLATE_MODULE).href);
      await buildTemplate();
      writeFileSync(STAMP, JSON.stringify({ ...readStamp(), template: inputs.template }));
      console.error(`built the PGlite template in ${Math.round(performance.now() - started)} ms`);
    } catch (err) {
      // Only new data directories are slower without it: they are created by initdb instead.
      console.error(`warning: no PGlite template (${err?.message ?? err}); new data directories are created from scratch`);
    }
  }
}

/**
 * Packages left to Node's loader: those that find files beside their own code (WebAssembly,
 * data, worker scripts, their package.json), load optional native modules, or must be the same
 * instance the generated Prisma client uses. Everything else (graphql, yoga, pothos, zod, hono,
 * ...: well over a thousand small files) is bundled: resolving and reading each file
 * separately was a large part of start-up.
 */
const EXTERNAL = [
  "@electric-sql/pglite",
  "@prisma/*",
  "pglite-prisma-adapter",
  "pg",
  "pg-native",
  "pino",
  "geoip-country",
  "ioredis",
  "undici",
  "nodemailer",
  "socks",
  "ws",
  "bufferutil",
  "utf-8-validate",
];

/**
 * esbuild's options for code that runs as `npm start` runs it: the bench bundles its server
 * entry with these too (bench/lib/bundle.ts), so it measures the code the server runs, not
 * tsx's transform of the sources.
 */
export function esbuildOptions(entryPoints) {
  return {
    absWorkingDir: ROOT,
    entryPoints,
    outdir: OUT_DIR,
    bundle: true,
    // Modules imported lazily (GraphiQL's page, nodemailer) become chunks loaded on first use.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    external: EXTERNAL,
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    plugins: [prismaClientExternal],
    sourcemap: "linked",
    logLevel: "warning",
    write: false,
  };
}

/** Writes each output beside its final name and renames it (see `bundle`). Returns the paths written. */
export function writeOutputs(outputFiles) {
  for (const file of outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
  }
  return new Set(outputFiles.map((f) => f.path));
}

/**
 * Writes each output beside its final name and renames it: a process starting meanwhile reads
 * an old or a new file, never half of one. Chunks of earlier builds stay (a running server may
 * still load one lazily) until a full `npm run build`.
 */
async function bundle({ clean }) {
  // Loaded only when a build is due: the up-to-date check stays a few milliseconds.
  const { build } = await import("esbuild");
  const result = await build(esbuildOptions({ main: "src/main.ts", "pglite-template": "src/db/pglite-template.ts" }));
  const written = writeOutputs(result.outputFiles);
  if (!clean) return;
  const chunks = path.join(OUT_DIR, "chunks");
  for (const name of readdirSync(chunks)) if (!written.has(path.join(chunks, name))) rmSync(path.join(chunks, name), { force: true });
}

// Run as a script (npm's build and prestart); imported, it only lends its options.
// (Node resolves the main module's symlinks for import.meta.url, so argv[1] is resolved alike.)
if (process.argv[1] && existsSync(process.argv[1]) && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`build failed: ${err?.message ?? err}`);
    process.exit(1);
  });
}
