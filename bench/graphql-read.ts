// graphql-read: an authenticated `me` query through a real switchyard node, next to the
// same `me` from a bare graphql-yoga with one SQL query (the ceiling) and a bare `{ hello }`,
// on the same machine and database in the same run.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DEFAULT_LOAD, parseFlags, type LoadSettings } from "./lib/args.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { pinning, startServer, type ChildServer } from "./lib/child.js";
import { switchyardServerEntry } from "./lib/bundle.js";
import { AUTOCANNON_VERSION, problems, warmAndMeasure, type Measurement } from "./lib/load.js";
import { figuresTable, loadAverage, machine, ratios, ratiosLine, redactUrl } from "./lib/report.js";

export const NAME = "graphql-read";
const ME_QUERY = "query BenchMe { me { id email displayName role tier credits } }";
const QUIET_LEVELS = ["warn", "error", "fatal", "silent"];

export async function run(argv: string[]): Promise<void> {
  const load = parseFlags(argv, DEFAULT_LOAD);
  const env = process.env;
  const logLevel = QUIET_LEVELS.includes(env.LOG_LEVEL ?? "") ? env.LOG_LEVEL! : "warn";
  const postgres = Boolean(env.DATABASE_URL);
  const database = postgres ? `PostgreSQL (DATABASE_URL=${redactUrl(env.DATABASE_URL!)})` : "PGlite in a temporary DATA_DIR";
  const redis = env.REDIS_URL ? `Redis (REDIS_URL=${redactUrl(env.REDIS_URL)})` : "none (in-process pub/sub and counters)";
  const authCache = env.AUTH_CACHE_SECONDS ?? "5 (default)";
  const loadBefore = loadAverage();
  const pinned = pinning();
  console.log(`bench ${NAME}: ${machine()}; load average before the run: ${loadBefore}`);
  console.log(`  database: ${database}; redis: ${redis}; ${pinned}`);
  console.log(`  ${load.connections} connections, ${load.warmup} s warm-up + ${load.duration} s per target, LOG_LEVEL=${logLevel}, AUTH_CACHE_SECONDS=${authCache}`);

  // One after the other: on 2 cores, running them at once would measure contention. The
  // ceiling reuses switchyard's database (and, on PGlite, its directory once it is closed).
  const dataDir = postgres ? undefined : await mkdtemp(path.join(os.tmpdir(), "switchyard-bench-"));
  let subject: Measurement, ceiling: Measurement, baseline: Measurement;
  try {
    const run = await measureSwitchyard(load, logLevel, dataDir);
    subject = run.measurement;
    ceiling = await measureCeiling(load, run.user, dataDir);
    baseline = await measureBaseline(load);
  } finally {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }

  const table = figuresTable([subject, ceiling, baseline]);
  const tail = subject.latencyMs.p50 > 0 ? (subject.latencyMs.p99 / subject.latencyMs.p50).toFixed(2) : "n/a";
  const lines = [
    ratiosLine(ratios(subject, ceiling), "switchyard", "yoga + one SQL query"),
    ratiosLine(ratios(subject, baseline), "switchyard", "yoga `{ hello }`"),
    `switchyard p99 / p50: **${tail}×**`,
  ];
  console.log(`\n${table}\n\n${lines.map((l) => l.replaceAll("**", "")).join("\n")}\n`);

  const failures = [subject, ceiling, baseline].flatMap((m) => problems(m).map((p) => `${m.title}: ${p}`));
  if (failures.length) {
    throw new Error(`invalid run, BENCHMARKS.md left unchanged:\n${failures.join("\n")}`);
  }

  await recordSection(
    `${NAME}:${postgres ? "postgres" : "pglite"}`,
    [
      `## ${NAME} on ${postgres ? "PostgreSQL" : "PGlite"}`,
      "",
      "Authenticated `me { id email displayName role tier credits }` (POST /graphql with a `pp_` API key as",
      "Bearer) against a real switchyard node; then the realistic ceiling, a bare graphql-yoga server",
      "answering the same `me` with one SQL query through the same driver and database (the key checked",
      "from memory, as switchyard's principal cache does); then a bare graphql-yoga `{ hello }`. Every",
      "response was checked (2xx and the right data). Server CPU is `process.cpuUsage()` of the server",
      "process over the measured period, divided by the requests it completed.",
      "",
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${machine()}; 1-minute load average before the run: ${loadBefore}; ${pinned}`,
      `- Database: ${database}; Redis: ${redis}`,
      `- Settings: ${load.connections} connections, ${load.duration} s measured per target after a ${load.warmup} s warm-up, ` +
        `targets one after the other; NODE_ENV=production, LOG_LEVEL=${logLevel}, AUTH_CACHE_SECONDS=${authCache}; autocannon ${AUTOCANNON_VERSION}`,
      "",
      table,
      "",
      ...lines.flatMap((l) => [l, ""]),
      "API-key principals are cached in process for `AUTH_CACHE_SECONDS` (default 5 s), so almost every",
      "request resolves its key from memory: that is the intended production behaviour. `me` itself reads",
      "the user row from the database on every request. `AUTH_CACHE_SECONDS=0 npm run bench -- graphql-read`",
      "measures a key lookup per request.",
    ].join("\n"),
  );
  console.log("recorded in BENCHMARKS.md");
}

type BenchUser = { id: string; key: string };

async function measureSwitchyard(load: LoadSettings, logLevel: string, dataDir: string | undefined) {
  let server: ChildServer | undefined;
  try {
    server = await startServer(await switchyardServerEntry(), {
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: logLevel,
      HOST: "127.0.0.1",
      PORT: "0",
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
    });
    const url = `${server.url}/graphql`;
    const user = await registerBenchUser(url);
    const measurement = await measureMe("switchyard `me`", url, user, load, server);
    return { measurement, user };
  } finally {
    await server?.stop();
  }
}

async function measureCeiling(load: LoadSettings, user: BenchUser, dataDir: string | undefined): Promise<Measurement> {
  const server = await startServer(new URL("./lib/yoga-sql-server.ts", import.meta.url), {
    ...process.env,
    NODE_ENV: "production",
    BENCH_USER_ID: decodeGlobalID(user.id).id,
    BENCH_KEY: user.key,
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
  });
  try {
    return await measureMe("yoga + one SQL query `me`", `${server.url}/graphql`, user, load, server);
  } finally {
    await server.stop();
  }
}

async function measureMe(title: string, url: string, user: BenchUser, load: LoadSettings, server: ChildServer): Promise<Measurement> {
  const headers = { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${user.key}` };
  const body = JSON.stringify({ query: ME_QUERY });
  // One request by hand first, so a broken setup fails with a readable answer, not 0 rps.
  const first = await postJson(url, headers, body);
  if (first.data?.me?.id !== user.id) throw new Error(`${title} did not answer the bench user: ${JSON.stringify(first)}`);
  return warmAndMeasure(
    {
      title,
      url,
      method: "POST",
      headers,
      body,
      verify: (text) => {
        try {
          const json = JSON.parse(text);
          return !json.errors && json.data?.me?.id === user.id;
        } catch {
          return false;
        }
      },
    },
    load,
    server,
  );
}

async function measureBaseline(load: LoadSettings): Promise<Measurement> {
  const server = await startServer(new URL("./lib/yoga-baseline-server.ts", import.meta.url), {
    ...process.env,
    NODE_ENV: "production",
  });
  try {
    return await warmAndMeasure(
      {
        title: "bare yoga `{ hello }`",
        url: `${server.url}/graphql`,
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query: "{ hello }" }),
        verify: (text) => {
          try {
            const json = JSON.parse(text);
            return !json.errors && json.data?.hello === "world";
          } catch {
            return false;
          }
        },
      },
      load,
      server,
    );
  } finally {
    await server.stop();
  }
}

/** A fresh user with a pp_ key, so runs against a shared PostgreSQL never collide. */
async function registerBenchUser(url: string): Promise<BenchUser> {
  const email = `bench-${randomBytes(6).toString("hex")}@example.test`;
  const res = await postJson(
    url,
    { "content-type": "application/json", accept: "application/json" },
    JSON.stringify({
      query: `mutation BenchRegister($input: RegisterInput!) { register(input: $input) { __typename
        ... on RegisterPayload { user { id } apiKey { key } } ... on Error { message } } }`,
      variables: { input: { email, password: `bench-${randomBytes(12).toString("hex")}`, displayName: "Bench User" } },
    }),
  );
  const r = res.data?.register;
  const key: unknown = r?.apiKey?.key;
  if (r?.__typename !== "RegisterPayload" || typeof key !== "string" || !key.startsWith("pp_")) {
    throw new Error(`registering the bench user failed: ${JSON.stringify(res)}`);
  }
  return { id: r.user.id, key };
}

async function postJson(url: string, headers: Record<string, string>, body: string): Promise<any> {
  const res = await fetch(url, { method: "POST", headers, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}
