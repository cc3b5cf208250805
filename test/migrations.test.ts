// The committed migrations, applied the way the app applies them at start-up, build exactly
// prisma/schema.prisma; and the start-up runner (src/db/migrate.ts) is safe: idempotent,
// strict about edited migrations, all-or-nothing per migration, and single-flight across
// nodes starting together on one PostgreSQL database.
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDiff } from "../scripts/db-migration.js";
import { openDatabase, type Database } from "../src/db.js";
import { migrate, MIGRATIONS_DIR, readMigrations } from "../src/db/migrate.js";
import { describeIfPostgres, freshPostgres } from "./helpers.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * Everything about the public schema that a migration can get wrong, in a form that does
 * not depend on creation order (column positions and OIDs differ harmlessly).
 */
async function catalog(query: Query) {
  const skip = `'_prisma_migrations'`;
  // One query at a time: a pg.Client must not be given overlapping queries.
  const tables = await query(`SELECT table_name, table_type FROM information_schema.tables
    WHERE table_schema = 'public' AND table_name <> ${skip} ORDER BY 1`);
  const columns = await query(`SELECT table_name, column_name, data_type, udt_name, character_maximum_length,
      numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default, is_identity, is_generated
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> ${skip} ORDER BY 1, 2`);
  const indexes = await query(`SELECT tablename, indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> ${skip} ORDER BY 1, 2`);
  const constraints = await query(`SELECT cl.relname AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def
    FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE n.nspname = 'public' AND cl.relname <> ${skip} ORDER BY 1, 2`);
  const enums = await query(`SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY 1`);
  const sequences = await query(`SELECT sequence_name, data_type, start_value, increment FROM information_schema.sequences
    WHERE sequence_schema = 'public' ORDER BY 1`);
  return { tables, columns, indexes, constraints, enums, sequences };
}

const pgliteQuery = (db: PGlite): Query => async (sql) => (await db.query<Record<string, unknown>>(sql)).rows;
const memoryDb = () => openDatabase({ dataDir: "memory://", poolSize: 2, statementTimeoutMs: 0, connectRetries: 0 });

/** The schema built straight from prisma/schema.prisma, with no migration involved. */
let schemaSql: string;
let fromSchema: Awaited<ReturnType<typeof catalog>>;

beforeAll(async () => {
  schemaSql = await migrateDiff(null, path.join(REPO, "prisma/schema.prisma"), REPO);
  const db = new PGlite();
  await db.exec(schemaSql);
  fromSchema = await catalog(pgliteQuery(db));
  await db.close();
}, 180_000);

describe("committed migrations (PGlite)", () => {
  let db: Database;
  beforeAll(async () => {
    db = await memoryDb(); // start-up path: openDatabase applies the migrations
  });
  afterAll(() => db?.close());

  it("build exactly the schema in prisma/schema.prisma", async () => {
    expect(fromSchema.tables.length).toBeGreaterThan(0);
    const fromMigrations = await catalog((sql) => db.raw.query(sql));
    // On failure: prisma/schema.prisma changed without a migration. Run `npm run db:migration -- <name>`.
    expect(fromMigrations).toEqual(fromSchema);
  });

  it("notices a difference (the comparison is not vacuous)", async () => {
    const other = await memoryDb();
    try {
      await other.raw.exec(`ALTER TABLE users ADD COLUMN nickname text; CREATE INDEX users_nick_idx ON users (nickname)`);
      const changed = await catalog((sql) => other.raw.query(sql));
      expect(changed).not.toEqual(fromSchema);
      expect(changed.columns.length).toBe(fromSchema.columns.length + 1);
    } finally {
      await other.close();
    }
  });

  it("records every migration once and applies nothing on a second run", async () => {
    const names = (await readMigrations()).map((m) => m.name);
    const rows = await db.raw.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(await migrate(db.raw)).toEqual([]);
    expect(await db.raw.query(`SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(names.length);
  });
});

/** A scratch copy of prisma/migrations that a test may edit. */
async function scratchMigrations(extra: Record<string, string> = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sy-migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

/** Runner behaviour, on PGlite here and on PostgreSQL below. */
function runnerCases(open: () => Promise<{ db: Database; close(): Promise<void> }>) {
  it("refuses to continue when an applied migration was edited", async () => {
    const dir = await scratchMigrations();
    const { db, close } = await open();
    try {
      const [first] = await readMigrations(dir);
      await writeFile(path.join(dir, first.name, "migration.sql"), `${first.sql}\n-- edited afterwards\n`);
      await expect(migrate(db.raw, dir)).rejects.toThrow(`Migration ${first.name} was edited after it was applied`);
    } finally {
      await close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("leaves no trace of a failed migration and applies it once fixed", async () => {
    const good = `CREATE TABLE scratch_a (id int PRIMARY KEY);`;
    const bad = `CREATE TABLE scratch_b (id int PRIMARY KEY);\nALTER TABLE users ADD COLUMN scratch int;\nSELECT no_such_function();`;
    const dir = await scratchMigrations({ "29990101000000_scratch_a": good, "29990101000001_scratch_b": bad });
    const { db, close } = await open();
    const exists = async (table: string) =>
      (await db.raw.query(`SELECT to_regclass('public.${table}') IS NOT NULL AS present`))[0].present;
    try {
      await expect(migrate(db.raw, dir)).rejects.toThrow(/Migration 29990101000001_scratch_b failed/);
      expect(await exists("scratch_a")).toBe(true); // the earlier migration stands
      expect(await exists("scratch_b")).toBe(false);
      const cols = await db.raw.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'scratch'`);
      expect(cols).toEqual([]);
      const rows = await db.raw.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE migration_name LIKE '2999%'`);
      expect(rows.map((r) => r.migration_name)).toEqual(["29990101000000_scratch_a"]);
      // The connection is usable afterwards (no transaction left aborted), and a fixed
      // migration goes through.
      await writeFile(path.join(dir, "29990101000001_scratch_b", "migration.sql"), bad.replace("SELECT no_such_function();", ""));
      expect(await migrate(db.raw, dir)).toEqual(["29990101000001_scratch_b"]);
      expect(await exists("scratch_b")).toBe(true);
    } finally {
      await close();
      await rm(dir, { recursive: true, force: true });
    }
  });
}

describe("migration runner (PGlite)", () => {
  runnerCases(async () => {
    const db = await memoryDb();
    return { db, close: () => db.close() };
  });
});

describeIfPostgres("committed migrations (PostgreSQL)", () => {
  const opts = (url: string) => ({ databaseUrl: url, dataDir: "unused", poolSize: 4, statementTimeoutMs: 0, connectRetries: 0 });
  const dropAfter: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of dropAfter) await drop();
  });
  async function fresh() {
    const fp = await freshPostgres();
    dropAfter.push(fp.drop);
    return fp.url;
  }

  it("build on PostgreSQL exactly what the schema builds there", async () => {
    const viaSchema = new pg.Client({ connectionString: await fresh() });
    await viaSchema.connect();
    const db = await openDatabase(opts(await fresh()));
    try {
      await viaSchema.query(schemaSql);
      const expected = await catalog(async (sql) => (await viaSchema.query(sql)).rows);
      // Server versions catalog differently (PGlite, a newer PostgreSQL, lists NOT NULL
      // constraints in pg_constraint; PostgreSQL 15 does not), so the full comparison stays
      // within one server; the set of tables must agree everywhere.
      expect(expected.tables).toEqual(fromSchema.tables);
      expect(await catalog((sql) => db.raw.query(sql))).toEqual(expected);
      expect(await migrate(db.raw)).toEqual([]);
    } finally {
      await viaSchema.end();
      await db.close();
    }
  });

  it("two nodes starting at once on a fresh database both succeed, each migration applied once", async () => {
    const url = await fresh();
    const names = (await readMigrations()).map((m) => m.name);
    // Each openDatabase is a node's start-up: its own pool, then migrate() under the advisory lock.
    const [a, b] = await Promise.all([openDatabase(opts(url)), openDatabase(opts(url))]);
    try {
      const rows = await a.raw.query<{ migration_name: string; n: number }>(
        `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
      );
      expect(rows).toEqual(names.map((migration_name) => ({ migration_name, n: 1 })));
      expect(await Promise.all([migrate(a.raw), migrate(b.raw)])).toEqual([[], []]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  describe("runner", () => {
    runnerCases(async () => {
      const db = await openDatabase(opts(await fresh()));
      return { db, close: () => db.close() };
    });
  });
});
