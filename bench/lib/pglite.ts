// PGlite for in-process benches: a temporary DATA_DIR (as a fresh embedded install has),
// opened with the app's own openDatabase (migrations, lock file), removed afterwards.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config.js";
import { databaseOptions, openDatabase } from "../../src/db.js";
import type { BenchDatabase } from "./postgres.js";

export async function benchPglite(): Promise<BenchDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sy-bench-pglite-"));
  const config = loadConfig({ NODE_ENV: "production", DATA_DIR: dir, JWT_SECRET: "x".repeat(32) });
  const db = await openDatabase(databaseOptions(config));
  return {
    url: dir,
    label: "PGlite in a temporary DATA_DIR (one connection)",
    db,
    async close() {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
