// graphql-read: an authenticated `me` query through a real switchyard node, next to a bare
// graphql-yoga `{ hello }` on the same machine in the same run.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DEFAULT_LOAD, parseFlags, type LoadSettings } from "./lib/args.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { startServer, type ChildServer } from "./lib/child.js";
import { AUTOCANNON_VERSION, problems, warmAndMeasure, type Measurement } from "./lib/load.js";
import { figuresTable, loadAverage, machine, ratios, ratiosLine, redactUrl } from "./lib/report.js";

export const NAME = "graphql-read";
const ME_QUERY = "query BenchMe { me { id email displayName role tier credits } }";
const QUIET_LEVELS = ["warn", "error", "fatal", "silent"];

export async function run(argv: string[]): Promise<void> {
  const load = parseFlags(argv, DEFAULT_LOAD);
  const env = process.env;
  const logLevel = QUIET_LEVELS.includes(env.LOG_LEVEL ?? "") ? env.LOG_LEVEL! : "warn";
  const database = env.DATABASE_URL ? `PostgreSQL (DATABASE_URL=${redactUrl(env.DATABASE_URL)})` : "PGlite in a temporary DATA_DIR";
  const redis = env.REDIS_URL ? `Redis (REDIS_URL=${redactUrl(env.REDIS_URL)})` : "none (in-process pub/sub and counters)";
  const authCache = env.AUTH_CACHE_SECONDS ?? "5 (default)";
  const loadBefore = loadAverage();
  console.log(`bench ${NAME}: ${machine()}; load average before the run: ${loadBefore}`);
  console.log(`  database: ${database}; redis: ${redis}`);
  console.log(`  ${load.connections} connections, ${load.warmup} s warm-up + ${load.duration} s per target, LOG_LEVEL=${logLevel}, AUTH_CACHE_SECONDS=${authCache}`);

  // One after the other: on 2 cores, running both at once would measure contention.
  const subject = await measureSwitchyard(load, logLevel);
  const baseline = await measureBaseline(load);

  const table = figuresTable([subject, baseline]);
  const ratioText = ratiosLine(ratios(subject, baseline), "switchyard", "baseline");
  console.log(`\n${table}\n\n${ratioText.replaceAll("**", "")}\n`);

  const failures = [subject, baseline].flatMap((m) => problems(m).map((p) => `${m.title}: ${p}`));
  if (failures.length) {
    throw new Error(`invalid run, BENCHMARKS.md left unchanged:\n${failures.join("\n")}`);
  }

  await recordSection(
    NAME,
    [
      `## ${NAME}`,
      "",
      "Authenticated `me { id email displayName role tier credits }` (POST /graphql with a `pp_` API key as",
      "Bearer) against a real switchyard node, next to a bare graphql-yoga server (`createYoga` +",
      "`createSchema`, `type Query { hello: String }`, on node:http) answering `{ hello }`. Every response",
      "was checked: 2xx, and `data.me` for the right user (switchyard) or `data.hello` (baseline).",
      "",
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${machine()}; 1-minute load average before the run: ${loadBefore}`,
      `- Database: ${database}; Redis: ${redis}`,
      `- Settings: ${load.connections} connections, ${load.duration} s measured per target after a ${load.warmup} s warm-up, ` +
        `targets one after the other; NODE_ENV=production, LOG_LEVEL=${logLevel}, AUTH_CACHE_SECONDS=${authCache}; autocannon ${AUTOCANNON_VERSION}`,
      "",
      table,
      "",
      ratioText,
      "",
      "API-key principals are cached in process for `AUTH_CACHE_SECONDS` (default 5 s), so almost every",
      "request resolves its key from memory and only about one lookup per period reaches the database: that",
      "is the intended production behaviour. `me` itself still reads the user row from the database on every",
      "request. `AUTH_CACHE_SECONDS=0 npm run bench -- graphql-read` measures a key lookup per request.",
    ].join("\n"),
  );
  console.log("recorded in BENCHMARKS.md");
}

async function measureSwitchyard(load: LoadSettings, logLevel: string): Promise<Measurement> {
  const dataDir = process.env.DATABASE_URL ? undefined : await mkdtemp(path.join(os.tmpdir(), "switchyard-bench-"));
  let server: ChildServer | undefined;
  try {
    server = await startServer(new URL("./lib/switchyard-server.ts", import.meta.url), {
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: logLevel,
      HOST: "127.0.0.1",
      PORT: "0",
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
    });
    const url = `${server.url}/graphql`;
    const user = await registerBenchUser(url);
    const headers = { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${user.key}` };
    const body = JSON.stringify({ query: ME_QUERY });
    // One request by hand first, so a broken setup fails with a readable answer, not 0 rps.
    const first = await postJson(url, headers, body);
    if (first.data?.me?.id !== user.id) throw new Error(`me did not answer the bench user: ${JSON.stringify(first)}`);
    return await warmAndMeasure(
      {
        title: "switchyard `me`",
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
    );
  } finally {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

async function measureBaseline(load: LoadSettings): Promise<Measurement> {
  const server = await startServer(new URL("./lib/yoga-baseline-server.ts", import.meta.url), {
    ...process.env,
    NODE_ENV: "production",
  });
  try {
    return await warmAndMeasure(
      {
        title: "baseline yoga `{ hello }`",
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
    );
  } finally {
    await server.stop();
  }
}

/** A fresh user with a pp_ key, so runs against a shared PostgreSQL never collide. */
async function registerBenchUser(url: string): Promise<{ id: string; key: string }> {
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
