// New PGlite data directories are copies of the migrated template in dist/ (built by
// scripts/build.mjs): they open with every migration applied and nothing else in them.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db.js";
import { migrate, readMigrations } from "../src/db/migrate.js";
import { seedFromTemplate } from "../src/db/pglite-template.js";
import { buildServer } from "./server-process.js";

const describeEmbedded = process.env.TEST_DATABASE_URL ? describe.skip : describe;

describeEmbedded("the PGlite template", () => {
  beforeAll(buildServer, 180_000);
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "sy-template-"));
    dirs.push(dir);
    return dir;
  };

  it("makes a new directory a migrated, empty database", async () => {
    const dataDir = await tempDir();
    expect(await seedFromTemplate(dataDir)).toBe(true);
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
    const db = await openDatabase({ dataDir, poolSize: 1, statementTimeoutMs: 0, connectRetries: 0 });
    try {
      const applied = await db.raw.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
      expect(applied.map((r) => r.migration_name)).toEqual((await readMigrations()).map((m) => m.name));
      expect(await migrate(db.raw)).toEqual([]);
      // No accounts and no settings (each database generates its own JWT secret at first start).
      expect(await db.prisma.user.count()).toBe(0);
      expect(await db.prisma.setting.count()).toBe(0);
    } finally {
      await db.close();
    }
  }, 120_000);

  it("never touches a directory that already holds a database", async () => {
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, "PG_VERSION"), "17\n");
    expect(await seedFromTemplate(dataDir)).toBe(false);
    expect(existsSync(path.join(dataDir, "base"))).toBe(false);
  });
});
