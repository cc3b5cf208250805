// PostgreSQL for in-process benches: DATABASE_URL as given, or a fresh database on the local
// test server (dropped afterwards), opened with the app's own openDatabase (migrations, pool).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { loadConfig } from "../../src/config.js";
import { databaseOptions, openDatabase, type Database } from "../../src/db.js";
import { redactUrl } from "./report.js";

export const LOCAL_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test";

export interface BenchDatabase {
  url: string;
  /** For the report: where the figures come from (no password). */
  label: string;
  db: Database;
  close(): Promise<void>;
}

export async function benchDatabase(poolSize: number): Promise<BenchDatabase> {
  let url = process.env.DATABASE_URL;
  let drop: (() => Promise<void>) | undefined;
  if (!url) {
    const name = `sy_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    await withClient(LOCAL_POSTGRES, (c) => c.query(`CREATE DATABASE ${name}`));
    const u = new URL(LOCAL_POSTGRES);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = () => withClient(LOCAL_POSTGRES, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined);
  }
  const config = loadConfig({ NODE_ENV: "production", DATABASE_URL: url, DATABASE_POOL_SIZE: String(poolSize), JWT_SECRET: "x".repeat(32) });
  const db = await openDatabase(databaseOptions(config));
  return {
    url,
    label: drop ? `PostgreSQL, fresh database on ${redactUrl(LOCAL_POSTGRES)}` : `PostgreSQL (DATABASE_URL=${redactUrl(url)})`,
    db,
    async close() {
      await db.close();
      await drop?.();
    },
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
