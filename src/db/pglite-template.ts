// A migrated, empty PGlite data directory built once (by `npm ci` or the first `npm start`
// after a change, see scripts/build.mjs), copied into a new DATA_DIR instead of creating the
// database there. PGlite creates a database by running initdb inside WebAssembly, which takes
// several seconds; copying ~40 MB of files takes a fraction of one, and PGlite then opens the
// copy as it opens any existing directory.
//
// The template holds only what the migrations create: no secrets (JWT_SECRET is generated
// into each database at its own first start), no users. It is used only when it was built
// from exactly the migrations and PGlite version of this checkout; otherwise the directory is
// created the slow way, so a stale template never changes what a new database holds.
import { createHash } from "node:crypto";
import { constants, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { migrate, MIGRATIONS_DIR, readMigrations, type RawSql } from "./migrate.js";

/** The project root (above prisma/migrations), whichever of src/ or dist/ runs this. */
const PROJECT_ROOT = path.resolve(MIGRATIONS_DIR, "..", "..");
export const TEMPLATE_DIR = path.join(PROJECT_ROOT, "dist", "pglite-template");
const STAMP = `${TEMPLATE_DIR}.json`;

/** What a template must have been built from to be used. */
async function templateKey(): Promise<string> {
  const migrations = await readMigrations();
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve("@electric-sql/pglite"));
  while (!existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  const pglite = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).version as string;
  const hash = createHash("sha256").update(`pglite ${pglite}\n`);
  for (const m of migrations) hash.update(`${m.name} ${m.checksum}\n`);
  return hash.digest("hex");
}

/**
 * Fills a new data directory (no PG_VERSION yet) from the template when a current one exists.
 * Returns whether it did; the caller holds the directory's lock.
 */
export async function seedFromTemplate(dataDir: string): Promise<boolean> {
  if (existsSync(path.join(dataDir, "PG_VERSION")) || !existsSync(STAMP)) return false;
  if (readFileSync(STAMP, "utf8").trim() !== (await templateKey())) return false;
  // A copy-on-write clone where the file system offers one, a plain copy elsewhere.
  cpSync(TEMPLATE_DIR, dataDir, { recursive: true, mode: constants.COPYFILE_FICLONE });
  return true;
}

let memoryImage: Promise<Blob | File | null> | undefined;

/**
 * The template as a data-directory image for in-memory databases (`memory://`, the tests'),
 * made once per process: a copy of the template opened and dumped. Each in-memory database
 * then starts from this image instead of initdb and every migration in WebAssembly, which
 * took seconds per database. Null when no current template exists.
 */
export function memoryTemplate(): Promise<Blob | File | null> {
  memoryImage ??= (async () => {
    if (!existsSync(STAMP) || readFileSync(STAMP, "utf8").trim() !== (await templateKey())) return null;
    // A private copy: PGlite writes to the directory it opens, and other processes copy the template.
    const copy = mkdtempSync(path.join(os.tmpdir(), "switchyard-template-"));
    try {
      cpSync(TEMPLATE_DIR, copy, { recursive: true, mode: constants.COPYFILE_FICLONE });
      const pglite = await PGlite.create({ dataDir: copy });
      try {
        return await pglite.dumpDataDir("none");
      } finally {
        await pglite.close();
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  })().catch(() => null);
  return memoryImage;
}

/** Builds the template: a fresh PGlite directory with every migration applied. */
export async function buildTemplate(): Promise<void> {
  const key = await templateKey();
  // Built beside and moved into place, so a server copying the old one never sees half of it.
  const building = `${TEMPLATE_DIR}.${process.pid}.tmp`;
  rmSync(building, { recursive: true, force: true });
  const pglite = await PGlite.create({ dataDir: building });
  try {
    const raw: RawSql = {
      exec: async (sql) => void (await pglite.exec(sql)),
      query: async (sql, params) => (await pglite.query(sql, params)).rows as never,
      exclusive: (fn) => fn(raw),
    };
    await migrate(raw);
  } finally {
    await pglite.close();
  }
  rmSync(STAMP, { force: true });
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  renameSync(building, TEMPLATE_DIR);
  writeFileSync(STAMP, `${key}\n`);
}
