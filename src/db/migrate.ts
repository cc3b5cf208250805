// Applies the committed Prisma migrations (prisma/migrations/*/migration.sql) at start-up.
// It writes the same `_prisma_migrations` bookkeeping as `prisma migrate deploy`, so the
// CLI and this runner agree about what is applied; running in-process avoids spawning the
// CLI (seconds of start-up) and works on PGlite, which one process holds exclusively.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * prisma/migrations of the project this code runs from. Looked up from this module's own
 * directory because that is src/db/ under tsx and dist/ in the compiled bundle.
 */
export const MIGRATIONS_DIR = findUp(path.dirname(fileURLToPath(import.meta.url)), path.join("prisma", "migrations"));

function findUp(from: string, relative: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, relative))) return path.join(dir, relative);
    if (path.dirname(dir) === dir) return path.resolve(from, "../..", relative); // reported by readdir
  }
}

/** The few raw operations the runner needs, implemented for PGlite and for pg. */
export interface RawSql {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn with other migrators of the same database kept out (advisory lock on PG). */
  exclusive<T>(fn: (raw: RawSql) => Promise<T>): Promise<T>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Applies pending migrations in name order; returns the names it applied. */
export async function migrate(pool: RawSql, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  return pool.exclusive(async (db) => {
    await db.exec(BOOKKEEPING);
    const rows = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    const applied: string[] = [];
    for (const m of migrations) {
      const row = done.get(m.name);
      if (row?.finished_at) {
        if (row.checksum !== m.checksum) {
          throw new Error(`Migration ${m.name} was edited after it was applied (checksum differs)`);
        }
        continue;
      }
      if (row) throw new Error(`Migration ${m.name} failed earlier and needs manual repair`);
      const id = randomUUID();
      // One transaction per migration: a failure leaves the database as it was.
      await db.exec(`BEGIN;\n${m.sql}\n;
        INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
        VALUES ('${id}', '${m.checksum}', '${m.name.replace(/'/g, "''")}', now(), 1);
        COMMIT;`).catch(async (err) => {
        await db.exec("ROLLBACK").catch(() => {});
        throw new Error(`Migration ${m.name} failed: ${(err as Error).message}`);
      });
      applied.push(m.name);
    }
    return applied;
  });
}
