// PostgreSQL for in-process benches: DATABASE_URL as given, or a fresh database on the local
// test server (dropped afterwards), opened with the app's own openDatabase (migrations, pool).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import pg from "pg";
import { loadConfig } from "../../src/config.js";
import { databaseOptions, openDatabase, type Database } from "../../src/db.js";
import { processCpuMs, redactUrl } from "./report.js";

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

/**
 * CPU time of the PostgreSQL backends serving one database, for "database CPU per request":
 * read from /proc (user + system ticks) for each backend pg_stat_activity lists, so only when
 * the server runs on this machine (null otherwise). Backends live as long as the pools that
 * opened them, which outlast a measured period; this session's own backend is left out.
 */
export async function databaseCpu(url: string): Promise<{ sample(): Promise<Map<number, number> | null>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const host = new URL(url).hostname;
  const local = existsSync("/proc/self/stat") && ["", "localhost", "127.0.0.1", "[::1]"].includes(host);
  return {
    async sample() {
      if (!local) return null;
      const { rows } = await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
      const out = new Map<number, number>();
      for (const { pid } of rows) {
        const ms = processCpuMs(pid);
        if (!Number.isNaN(ms)) out.set(pid, ms); // NaN: the backend ended between the query and the read
      }
      return out;
    },
    close: () => client.end(),
  };
}

/** CPU ms spent between two samples (backends that started in between count whole). */
export function cpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}
