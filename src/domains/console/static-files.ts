// The console's built files (dist/console, scripts/build-console.mjs), read once into memory:
// a few files of about 100 KiB, so every request is a map lookup, with a gzip copy made at
// load for clients that take it.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export interface StaticFile {
  body: Uint8Array;
  /** Present when gzip saves something (text files). */
  gzip?: Uint8Array;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * dist/console of this checkout: found by walking up from this module to package.json, the
 * same from src/ (tests, tsx) and from the dist/main.js bundle.
 */
export function defaultConsoleDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, "dist", "console");
}

/** URL path (`/index.html`, `/assets/index-abc123.js`) -> file; empty when the console is not built. */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(path.join(root, "index.html"))) return files;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(`/${path.relative(root, full).split(path.sep).join("/")}`, load(full));
    }
  };
  walk(root);
  return files;
}

function load(file: string): StaticFile {
  const body = readFileSync(file);
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  const compressible = /^(text\/|application\/json|image\/svg)/.test(type);
  const gzip = compressible ? gzipSync(body, { level: 9 }) : undefined;
  return {
    body,
    gzip: gzip && gzip.length < body.length ? gzip : undefined,
    type,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
  };
}
