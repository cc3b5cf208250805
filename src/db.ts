// The Prisma client on PGlite (embedded default) or PostgreSQL (DATABASE_URL), with the
// committed migrations applied before the client is handed out.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import { migrate, type RawSql } from "./db/migrate.js";
import { lockDataDir } from "./db/pglite-lock.js";
import { memoryTemplate, seedFromTemplate } from "./db/pglite-template.js";
import { pgliteStatements } from "./db/pglite-statements.js";
import { PrismaClient } from "./generated/prisma/client.js";
import { redactUrl, retryDelay, StartupError } from "./startup.js";

export type Db = PrismaClient;

/**
 * One statement (a `Prisma.sql` template) straight through the driver, bypassing Prisma's
 * client. For the hottest paths only (the `me` read, lease acquisition): Prisma 7 still
 * costs a few tenths of a millisecond of CPU per call on top of the driver's ~0.15 ms
 * (docs/database.md). Rows come back as the driver gives them: column names as aliased,
 * timestamps as Date, int4 as number, int8 and numeric as string.
 */
export type SqlRunner = <T = Record<string, unknown>>(query: SqlQuery) => Promise<T[]>;

export interface SqlQuery {
  text: string;
  values: unknown[];
  /**
   * A prepared statement's name (PostgreSQL): parsed and planned once per connection (a generic
   * plan, on connections of their own; see openPostgres). One name must always carry the same
   * text. On PGlite too: parsed once per database (src/db/pglite-statements.ts).
   */
  name?: string;
}

export interface Database {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  raw: RawSql;
  sql: SqlRunner;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  poolSize: number;
  statementTimeoutMs: number;
  connectRetries: number;
}

/** Called with the SQL of every statement Prisma sends (tests count statements per request). */
export type SqlObserver = (sql: string) => void;

export interface OpenDatabaseOptions {
  sqlObserver?: SqlObserver;
}

export function databaseOptions(config: Config): DatabaseOptions {
  return {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    connectRetries: config.connectRetries,
  };
}

export async function openDatabase(opts: DatabaseOptions, log?: Logger, extra: OpenDatabaseOptions = {}): Promise<Database> {
  const db = opts.databaseUrl ? await openPostgres(opts, extra, log) : await openPglite(opts, extra, log);
  const applied = await migrate(db.raw);
  if (applied.length) log?.info({ applied }, "applied database migrations");
  return db;
}

async function openPglite(opts: DatabaseOptions, extra: OpenDatabaseOptions, log?: Logger): Promise<Database> {
  // "memory://" keeps a throwaway database in memory (tests); anything else is a directory.
  let unlock = () => {};
  if (!opts.dataDir.startsWith("memory://")) {
    await mkdir(opts.dataDir, { recursive: true });
    unlock = lockDataDir(opts.dataDir); // before PGlite touches a file
  }
  let pglite: PGlite;
  try {
    // A new directory starts as a copy of the migrated template, an in-memory database as its
    // image: initdb and the migrations in WebAssembly take seconds.
    if (opts.dataDir.startsWith("memory://")) {
      const image = await memoryTemplate();
      pglite = await PGlite.create(image ? { loadDataDir: image } : { dataDir: opts.dataDir });
    } else {
      if (await seedFromTemplate(opts.dataDir)) log?.info("new data directory copied from the template");
      pglite = await PGlite.create({ dataDir: opts.dataDir });
    }
  } catch (err) {
    unlock();
    throw err;
  }
  const raw: RawSql = {
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async (sql, params) => (await pglite.query(sql, params)).rows as never,
    exclusive: (fn) => fn(raw), // one process holds a PGlite directory
  };
  // pglite-prisma-adapter 0.7 maps SQLSTATEs to Prisma's error kinds itself (P2002 and
  // friends, as @prisma/adapter-pg does); its types come from driver-adapter-utils 7.2.
  const adapter = observeStatements(new PrismaPGlite(pglite), extra.sqlObserver);
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    kind: "pglite",
    // Queued behind any transaction Prisma holds open on the same instance; named statements prepared once.
    sql: observeRunner(pgliteStatements(pglite), extra.sqlObserver),
    raw,
    ping: async () => void (await pglite.query("SELECT 1")),
    close: async () => {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        unlock();
      }
    },
  };
}

/**
 * Connections for named statements: each batcher (batch.ts) keeps one statement in flight, and
 * there are three (the gateway's reserve and settle, session events), and one to spare.
 */
const NAMED_POOL_SIZE = 4;

async function openPostgres(opts: DatabaseOptions, extra: OpenDatabaseOptions, log?: Logger): Promise<Database> {
  // Loaded only in server mode: an embedded node does not pay for them at start-up.
  const [{ default: pgModule }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
  const pool = new pgModule.Pool({
    connectionString: opts.databaseUrl,
    max: opts.poolSize,
    statement_timeout: opts.statementTimeoutMs || undefined,
  });
  // Named statements (SqlQuery.name: the batched statements of the hottest paths) run on
  // their own few connections, whose sessions always use the statement's generic plan. With
  // the default plan choice PostgreSQL re-planned the gateway's settle at every execution
  // (its unnest() of array parameters looks cheaper when the array's length is known), which
  // took 0.6 ms of its 1.6 ms. Prisma's statements stay on `pool` with per-value plans.
  const named = new pgModule.Pool({
    connectionString: opts.databaseUrl,
    max: NAMED_POOL_SIZE,
    statement_timeout: opts.statementTimeoutMs || undefined,
    options: "-c plan_cache_mode=force_generic_plan",
  });
  /**
   * A named statement as pg's Query made from its text, named after: pg copies a config
   * object, property descriptors and all, before every statement it runs (about 3 µs each,
   * two per proxied request), and a text it takes as it is.
   */
  const namedQuery = (name: string, text: string, values: unknown[]) => {
    const query = new pgModule.Query(text, values) as InstanceType<typeof pgModule.Query> & { name?: string };
    query.name = name;
    return query as unknown as { name: string; text: string; values: unknown[] };
  };
  // pg attaches the whole client to the error; log only what helps.
  for (const p of [pool, named])
    p.on("error", (err) => log?.warn({ err: err.message, code: (err as { code?: string }).code }, "idle PostgreSQL connection failed"));
  try {
    await waitForPostgres(pool, opts.connectRetries, log);
  } catch (err) {
    await Promise.all([pool.end(), named.end()]).catch(() => {});
    const reason = (err as Error).message || (err as NodeJS.ErrnoException).code || String(err);
    throw new StartupError(
      `PostgreSQL at ${redactUrl(opts.databaseUrl!)} is unreachable after ${opts.connectRetries + 1} attempt${opts.connectRetries ? "s" : ""} (${reason}): ` +
        "start it or fix DATABASE_URL (DATABASE_CONNECT_RETRIES sets how long to wait).",
    );
  }
  const raw: RawSql = {
    exec: async (sql) => void (await pool.query(sql)),
    query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
    async exclusive(fn) {
      // Nodes starting together must not apply the same migration twice. The advisory lock
      // belongs to one session, so fn gets that connection for its statements.
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock(72707369)");
        const scoped: RawSql = {
          exec: async (sql) => void (await client.query(sql)),
          query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
          exclusive: (f) => f(scoped),
        };
        return await fn(scoped);
      } finally {
        await client.query("SELECT pg_advisory_unlock(72707369)").catch(() => {});
        client.release();
      }
    },
  };
  const prisma = new PrismaClient({ adapter: observeStatements(new PrismaPg(pool), extra.sqlObserver) });
  return {
    prisma,
    kind: "postgres",
    sql: observeRunner(
      async (q) => (await (q.name ? named.query(namedQuery(q.name, q.text, q.values)) : pool.query({ text: q.text, values: q.values }))).rows as never,
      extra.sqlObserver,
    ),
    raw,
    ping: async () => void (await pool.query("SELECT 1")),
    close: async () => {
      await prisma.$disconnect();
      await Promise.all([pool.end(), named.end()]);
    },
  };
}

async function waitForPostgres(pool: pg.Pool, retries: number, log?: Logger) {
  for (let attempt = 0; ; attempt++) {
    try {
      await pool.query("SELECT 1");
      return;
    } catch (err) {
      if (attempt >= retries) throw err;
      const delay = retryDelay(attempt);
      log?.warn({ err: (err as Error).message, attempt, delay }, "PostgreSQL not reachable yet; retrying");
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

function observeRunner(run: SqlRunner, observe?: SqlObserver): SqlRunner {
  if (!observe) return run;
  return (q) => (observe(q.text), run(q));
}

type Statement = { sql: string };
type Queryable = { queryRaw(q: Statement): Promise<unknown>; executeRaw(q: Statement): Promise<unknown> };

function observeQueryable<T extends Queryable>(q: T, observe: SqlObserver): T {
  const queryRaw = q.queryRaw.bind(q);
  const executeRaw = q.executeRaw.bind(q);
  q.queryRaw = ((query: Statement) => (observe(query.sql), queryRaw(query))) as T["queryRaw"];
  q.executeRaw = ((query: Statement) => (observe(query.sql), executeRaw(query))) as T["executeRaw"];
  return q;
}

/**
 * Reports every statement the adapters made by `factory` run. Adapters open transactions
 * themselves, below queryRaw, and PGlite's ("phantom") transactions end below it too, so
 * those statements are reported here: both databases then count alike.
 */
function observeStatements<F extends { connect(): Promise<any> }>(factory: F, observe?: SqlObserver): F {
  if (!observe) return factory;
  const connect = factory.connect.bind(factory);
  factory.connect = (async () => {
    const adapter = observeQueryable(await connect(), observe);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel?: string) => {
      observe("BEGIN");
      if (isolationLevel) observe(`SET TRANSACTION ISOLATION LEVEL ${isolationLevel}`);
      const tx = observeQueryable(await startTransaction(isolationLevel), observe);
      if (tx.options?.usePhantomQuery) {
        const commit = tx.commit.bind(tx);
        const rollback = tx.rollback.bind(tx);
        tx.commit = () => (observe("COMMIT"), commit());
        tx.rollback = () => (observe("ROLLBACK"), rollback());
      }
      return tx;
    };
    return adapter;
  }) as F["connect"];
  return factory;
}
