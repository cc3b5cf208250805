// gateway: POST /proxy/openai/v1/chat/completions through switchyard (virtual key check,
// budget reservation and settlement in SQL, usage row) next to the same fake upstream called
// directly, in the same run, at 100 concurrent requests: non-streaming requests/s and latency,
// and streaming time to first token, once with an instant fake (capacity) and once with the fake
// answering after --upstream ms (the latency targets; requests arrive at random there, see
// `openLoop`). PostgreSQL by default (a fresh database, section
// `gateway`); BENCH_DATABASE=pglite runs switchyard on PGlite (section `gateway-pglite`).
// The driver is undici with keep-alive connections (one per client in the capacity rows),
// timed with performance.now(): autocannon's histogram has whole-millisecond steps, too coarse
// for a 2 ms target.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Pool } from "undici";
import { parseFlags } from "./lib/args.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { pinning, startServer, type ChildServer } from "./lib/child.js";
import { switchyardServerEntry } from "./lib/bundle.js";
import { benchDatabase, cpuBetween, databaseCpu, type BenchDatabase } from "./lib/postgres.js";
import { loadAverage, machine } from "./lib/report.js";

export const NAME = "gateway";
// A few seconds per row keeps a run short on a shared 2-core machine; --duration lengthens it.
/**
 * `upstream`: how long (ms) the fake takes before answering in the second set of rows, a short
 * completion's time at a real provider. With an instant fake, 100 clients sending back to back
 * keep the core saturated, so those rows measure capacity and their latency is the queue.
 * `settle`: seconds of warm-up of the rows with a slow upstream (at least `warmup`).
 */
const DEFAULTS = { connections: 100, duration: 4, warmup: 2, upstream: 200, settle: 8 };
const QUIET_LEVELS = ["warn", "error", "fatal", "silent"];
const TARGETS = { addedP50Ms: 2, addedP99Ms: 10, ttftMs: 2 };
/**
 * How far over the upstream's delay the direct calls' own p99 may be before the window is
 * reported as stalled: on a quiet machine it is about 3 to 8 ms. A stall of the whole machine
 * (20 to 240 ms in some runs on the bench machine, with no burst in the servers' own threads)
 * holds up both kinds of call in the window, and the p99s' difference then measures where the
 * stall fell as much as the gateway.
 */
const STALL_MS = 15;

const PATH = { gateway: "/proxy/openai/v1/chat/completions", direct: "/v1/chat/completions" };
const body = (stream: boolean, upstreamMs: number) =>
  JSON.stringify({
    model: "gpt-4o-mini",
    max_tokens: 16,
    // The fake waits `slow:<ms>` before its status line (test/fake-llm.ts).
    messages: [{ role: "user", content: upstreamMs > 0 ? `slow:${upstreamMs} Say five words.` : "Say five words." }],
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  });

interface Row {
  title: string;
  requests: number;
  seconds: number;
  /** Whole-response latency (non-streaming) or time to first token (streaming), ms. */
  p50: number;
  p99: number;
  mean: number;
  /** CPU of the process serving the row (switchyard or the fake), ms per request. */
  serverCpuMs: number;
  /** CPU of the PostgreSQL backends of the bench database, ms per request (null: PGlite, a remote server, or a direct row). */
  dbCpuMs: number | null;
}

/** One kind of request a row times. `sharesFake`: the server is the fake, which in a shared window also answers the gateway's upstream calls. */
interface Target {
  title: string;
  server: ChildServer;
  url: string;
  headers: Record<string, string>;
  sharesFake?: boolean;
}

export async function run(argv: string[]): Promise<void> {
  const opts = parseFlags(argv, DEFAULTS);
  const logLevel = QUIET_LEVELS.includes(process.env.LOG_LEVEL ?? "") ? process.env.LOG_LEVEL! : "warn";
  const onPglite = process.env.BENCH_DATABASE === "pglite";
  const section = onPglite ? `${NAME}-pglite` : NAME;
  const loadBefore = loadAverage();
  const pinned = pinning();
  console.log(`bench ${NAME}: ${machine()}; load average before the run: ${loadBefore}`);
  console.log(`  ${opts.connections} concurrent requests, ${opts.warmup} s warm-up + ${opts.duration} s per row, LOG_LEVEL=${logLevel}; ${pinned}`);

  const dataDir = await mkdtemp(path.join(os.tmpdir(), "switchyard-bench-gw-"));
  const admin = { email: "bench-admin@example.test", password: `bench-${randomBytes(12).toString("hex")}` };
  let database: BenchDatabase | undefined;
  let fake: ChildServer | undefined;
  let switchyard: ChildServer | undefined;
  let bare: ChildServer | undefined;
  let dbCpu: Awaited<ReturnType<typeof databaseCpu>> | undefined;
  // Filled row by row below; `bare` only on PostgreSQL. `bareDirect`: the direct row the bare
  // gateway is compared with (its own window's, with a slow upstream).
  type Rows = Record<"gw" | "direct" | "gwStream" | "directStream", Row> & { bare?: Row; bareStream?: Row; bareDirect?: Row; bareDirectStream?: Row };
  const rows = {} as Rows;
  const slow = {} as Rows;
  const latencyWarmup = Math.max(opts.warmup, opts.settle);
  let dbLabel = "PGlite in a temporary DATA_DIR";
  try {
    // A fresh PostgreSQL database, migrated, dropped afterwards (as the acquire bench does).
    if (!onPglite) {
      database = await benchDatabase(1);
      dbLabel = database.label;
      dbCpu = await databaseCpu(database.url);
    }
    fake = await startServer(new URL("./lib/fake-llm-server.ts", import.meta.url), { ...process.env, NODE_ENV: "production" });
    switchyard = await startServer(await switchyardServerEntry(), {
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: logLevel,
      HOST: "127.0.0.1",
      PORT: "0",
      DATA_DIR: dataDir,
      DATABASE_URL: database?.url ?? "",
      REDIS_URL: "",
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      // The fake is on loopback; the outbound guard refuses it unless told otherwise.
      OUTBOUND_ALLOW: "127.0.0.0/8",
      OPENAI_BASE_URL: `${fake.url}/v1`,
      OPENAI_API_KEY: "sk-upstream-openai",
      ANTHROPIC_BASE_URL: fake.url,
      ANTHROPIC_API_KEY: "sk-ant-upstream",
    });
    // The required work alone (bare-gateway-server.ts), on the same PostgreSQL: what any gateway
    // that reserves and settles in SQL around the upstream call costs on this machine.
    if (database) {
      bare = await startServer(new URL("./lib/bare-gateway-server.ts", import.meta.url), {
        ...process.env,
        NODE_ENV: "production",
        UPSTREAM_URL: `${fake.url}/v1`,
        DATABASE_URL: database.url,
      });
    }
    const key = await createKey(switchyard.url, admin);
    const gwHeaders = { "content-type": "application/json", authorization: `Bearer ${key}` };
    const directHeaders = { "content-type": "application/json", authorization: "Bearer sk-upstream-openai" };

    // Rows one after the other: on 2 cores, at once would measure contention.
    // The latency rows first: after the capacity rows the machine is still busy for a while with
    // what they left (see the section's notes), which is not the steady state the latency rows measure.
    for (const [into, upstreamMs, suffix] of [
      [slow, opts.upstream, `, upstream answering after ${opts.upstream} ms`],
      [rows, 0, ", instant upstream"],
    ] as const) {
      // The latency rows warm up longer: right after the capacity rows (or start-up) a process
      // still pays for their heap for several seconds, which is not the steady state they measure.
      const settings = upstreamMs > 0 ? { ...opts, warmup: latencyWarmup } : opts;
      const run = (targets: Target[], stream: boolean) => drive(targets, suffix, stream, upstreamMs, settings, dbCpu);
      const gw = (stream: boolean): Target => ({ title: `through the gateway${stream ? ", streaming (TTFT)" : ""}`, server: switchyard!, url: switchyard!.url + PATH.gateway, headers: gwHeaders });
      const bareGw = (stream: boolean): Target => ({
        title: stream ? "bare gateway, streaming (TTFT)" : "bare gateway (SQL reserve, forward, SQL settle; nothing else)",
        server: bare!,
        url: bare!.url + PATH.gateway,
        headers: directHeaders,
      });
      const direct = (stream: boolean, beside?: string): Target => ({
        title: `fake upstream directly${stream ? ", streaming (TTFT)" : ""}${beside ? `, in the window of the ${beside}` : ""}`,
        server: fake!,
        url: fake!.url + PATH.direct,
        headers: directHeaders,
        sharesFake: true,
      });
      for (const stream of [false, true]) {
        const [g, d, b, bd] = stream ? (["gwStream", "directStream", "bareStream", "bareDirectStream"] as const) : (["gw", "direct", "bare", "bareDirect"] as const);
        if (upstreamMs === 0) {
          // Capacity: one target at a time, each with the core to itself.
          [into[g]] = await run([gw(stream)], stream);
          [into[d]] = await run([direct(stream)], stream);
          if (bare) [into[b]] = await run([bareGw(stream)], stream);
          into[bd] = into[d];
        } else {
          // Latency: each gateway timed in one window with the fake called directly, so both
          // meet the same moments of a busy machine (see `drive`).
          [into[g], into[d]] = await run([gw(stream), direct(stream, "gateway")], stream);
          if (bare) [into[b], into[bd]] = await run([bareGw(stream), direct(stream, "bare gateway")], stream);
        }
      }
    }
  } finally {
    await switchyard?.stop();
    await bare?.stop();
    await fake?.stop();
    await dbCpu?.close();
    await database?.close();
    await rm(dataDir, { recursive: true, force: true });
  }

  const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
  const perS = (r: Row) => r.requests / r.seconds;
  const lines = [slow, rows].flatMap((set) => {
    const bareDirect = set.bareDirect ?? set.direct;
    const bareDirectStream = set.bareDirectStream ?? set.directStream;
    const added = { p50: set.gw.p50 - set.direct.p50, p99: set.gw.p99 - set.direct.p99 };
    const ttft = { p50: set.gwStream.p50 - set.directStream.p50, p99: set.gwStream.p99 - set.directStream.p99 };
    const judged = set === slow;
    const target = (ok: boolean, text: string) => (judged ? ` (target ${text}: ${verdict(ok)})` : "");
    const stalled = judged
      ? [["non-streaming", set.direct] as const, ["streaming", set.directStream] as const].filter(([, r]) => r.p99 - opts.upstream > STALL_MS)
      : [];
    return [
      `${judged ? `With the upstream answering after ${opts.upstream} ms (the targets)` : "With an instant upstream (capacity; latency is the queue of a saturated core)"}:`,
      `added latency, non-streaming: p50 **${added.p50.toFixed(2)} ms**${target(added.p50 < TARGETS.addedP50Ms, `< ${TARGETS.addedP50Ms} ms`)}, ` +
        `p99 **${added.p99.toFixed(2)} ms**${target(added.p99 < TARGETS.addedP99Ms, `< ${TARGETS.addedP99Ms} ms`)}; ` +
        `throughput **${(perS(set.gw) / perS(set.direct)).toFixed(3)}×** direct; ` +
        `time to first token, streaming: p50 **+${ttft.p50.toFixed(2)} ms** over direct${target(ttft.p50 < TARGETS.ttftMs, `within ${TARGETS.ttftMs} ms`)}, p99 **+${ttft.p99.toFixed(2)} ms**`,
      ...(set.bare
        ? [
            `the bare gateway in the same run (the required SQL around the call, nothing else): added p50 **${(set.bare.p50 - bareDirect.p50).toFixed(2)} ms**, ` +
              `p99 **${(set.bare.p99 - bareDirect.p99).toFixed(2)} ms**; throughput **${(perS(set.bare) / perS(bareDirect)).toFixed(3)}×** direct, ${set.bare.serverCpuMs.toFixed(3)} ms of CPU per request` +
              (set.bareStream
                ? `; time to first token p50 **+${(set.bareStream.p50 - bareDirectStream.p50).toFixed(2)} ms**, p99 **+${(set.bareStream.p99 - bareDirectStream.p99).toFixed(2)} ms**`
                : ""),
          ]
        : []),
      ...stalled.map(
        ([kind, r]) =>
          `the machine stalled in the ${kind} window: the direct calls' own p99 was ${(r.p99 - opts.upstream).toFixed(1)} ms over the upstream's ${opts.upstream} ms ` +
          `(on a quiet machine about 3 to 8 ms), so that window's p99 difference measures the stall as much as the gateway`,
      ),
    ];
  });
  const table = [
    "| target | req/s | p50 ms | p99 ms | mean ms | requests | server CPU ms/req | database CPU ms/req |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...[
      rows.gw, rows.direct, rows.bare, rows.gwStream, rows.directStream, rows.bareStream,
      slow.gw, slow.direct, slow.bare, slow.bareDirect, slow.gwStream, slow.directStream, slow.bareStream, slow.bareDirectStream,
    ].filter((r): r is Row => !!r).map(
      (r) => `| ${r.title} | ${(r.requests / r.seconds).toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.mean.toFixed(2)} | ${r.requests} | ${r.serverCpuMs.toFixed(3)} | ${r.dbCpuMs === null ? "–" : r.dbCpuMs.toFixed(3)} |`,
    ),
  ].join("\n");
  console.log(`\n${table}\n\n${lines.join("\n").replaceAll("**", "")}\n`);

  await recordSection(
    section,
    [
      `## ${section}`,
      "",
      "`POST /proxy/openai/v1/chat/completions` (gpt-4o-mini, max_tokens 16) with a virtual key whose",
      "monthly budget is far from reach, through a switchyard node whose OpenAI upstream is the gateway",
      "tests' fake (test/fake-llm.ts) on loopback, next to the same fake called directly in the same run.",
      "Each request through the gateway checks the key (cached per node), reserves the worst-case cost",
      "in SQL before forwarding, and settles it and records a usage row as its answer goes out (statements",
      "shared by the requests waiting at the same time; the node's other requests wait for",
      "the settles in flight, a refusal for its key's, src/domains/gateway/settling.ts). Streaming rows ask for `stream: true` with the usage chunk and time",
      "the first chunk carrying content (TTFT); every stream is read to `[DONE]`. Every response was",
      "checked (200 and the fake's answer). Latency is per request from the client (undici, keep-alive",
      "connections). Server CPU of the gateway rows is the gateway's process only; of the direct rows, the fake's,",
      "per request it answered (in a shared window, below, it also answered the gateway's upstream calls).",
      "Database CPU is the PostgreSQL backends' of the bench database over the same period (read from /proc, so only",
      "with the server on this machine): the share of the database, which every node of a cluster shares.",
      "On PostgreSQL a bare gateway (bench/lib/bare-gateway-server.ts: a node:http server doing one conditional",
      "UPDATE to reserve, the undici call, one statement to settle and write a usage row, committing without",
      "waiting for the disk as switchyard's gateway does by default; a stream passed on chunk by chunk and",
      "settled from its usage chunk) runs next to them: the required work on this machine, against which",
      "switchyard's own cost shows. It settles before answering, so its answers wait for one more round trip",
      "than switchyard's. The rows run twice. With the fake answering at once and 100 clients sending back to",
      "back: what the machine can carry (a core saturates, so latency there is mostly queueing); these run",
      `last, as they leave the machine busy for a while. And first, with the fake answering after ${opts.upstream} ms, as a short completion at a real provider`,
      "does (`--upstream <ms>`), and requests arriving at random (a Poisson process from a fixed seed, the same",
      `arrival times for every window) at ${((opts.connections * 1000) / opts.upstream).toFixed(0)} a second per target, which keeps ${opts.connections} of each in flight on average; each is`,
      "timed from its scheduled arrival. Each gateway there shares its window with the fake called directly:",
      "the arrivals are dealt out to one and the other in a random order, so both meet the same stalls of the machine, which",
      "rows timed one after the other did not (a row's p99 is its 20th-slowest request, and one stall decides",
      "it). The difference from direct in the same window is the gateway's own time, and the latency targets",
      "are judged on those rows. (Closed-loop clients against an upstream that always takes the same time fall",
      "into step: one held up by the gateway lands behind the next, and within seconds they arrive in convoys,",
      "in one run 60 % of 10 ms windows empty and up to 75 arrivals in one, against about 1 % empty at random",
      "arrivals of the same rate. Their latency is then the convoy's queue at a core, not the gateway's time.)",
      "",
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${machine()}; 1-minute load average before the run: ${loadBefore}; ${pinned}`,
      ...(loadBefore.includes("busy") ? ["- The machine was busy before this run (see the load average): absolute figures and tails are pessimistic."] : []),
      `- Database: ${dbLabel}; no Redis (in-process counters)`,
      `- Settings: ${opts.connections} concurrent requests (in flight on average, for the slow-upstream rows), ${opts.duration} s measured per row after a warm-up of ${opts.warmup} s ` +
        `(${latencyWarmup} s for the rows with a slow upstream, \`--settle\`), ` +
        `rows one after the other, the latency rows first and each gateway's in one window with the direct calls; NODE_ENV=production, LOG_LEVEL=${logLevel}`,
      "",
      table,
      "",
      ...lines.flatMap((l) => [l, ""]),
    ].join("\n").trimEnd(),
  );
  console.log("recorded in BENCHMARKS.md");
}

/**
 * `warmup` (unrecorded, still checked) then `duration` seconds of load, one row per target.
 * With an instant upstream, `connections` clients send back to back to the one target
 * (capacity). With a slow one, requests arrive at random (`openLoop`), each target at the rate
 * that keeps `connections` of its own in flight, all targets in the same window. Non-streaming:
 * time to the whole answer. Streaming: time to the first body chunk that carries content, then
 * the stream is read to its end.
 */
async function drive(
  targets: Target[],
  suffix: string,
  stream: boolean,
  upstreamMs: number,
  opts: typeof DEFAULTS,
  dbCpu?: Awaited<ReturnType<typeof databaseCpu>>,
): Promise<Row[]> {
  if (upstreamMs === 0 && targets.length !== 1) throw new Error("capacity rows time one target at a time");
  const payload = body(stream, upstreamMs);
  const label = targets.map((t) => t.title + suffix).join(" + ");
  // Room for the moments when more than `connections` are in flight (random arrivals).
  const lanes = targets.map((t) => {
    const u = new URL(t.url);
    return { target: t, path: u.pathname, pool: new Pool(u.origin, { connections: opts.connections * 3, pipelining: 1 }) };
  });
  /** One request, timed from `t0` (its scheduled arrival in the open loop). */
  const one = async (lane: (typeof lanes)[number], t0 = performance.now()): Promise<number> => {
    const res = await lane.pool.request({ path: lane.path, method: "POST", headers: lane.target.headers, body: payload });
    let first = -1;
    let text = "";
    for await (const chunk of res.body) {
      text += chunk.toString("utf8");
      if (first < 0 && stream && text.includes('"content":"w')) first = performance.now() - t0;
    }
    const total = performance.now() - t0;
    const good = res.statusCode === 200 && (stream ? first >= 0 && text.includes("data: [DONE]") : text.includes('"content":"w0 w1'));
    if (!good) throw new Error(`${lane.target.title}${suffix}: unexpected answer ${res.statusCode}: ${text.slice(0, 300)}`);
    return stream ? first : total;
  };
  /**
   * Requests arriving as a Poisson process at `connections / upstream` per second for each
   * target, so that `connections` of each are in flight on average (Little's law), as
   * independent clients arrive at a real gateway, each timed from its scheduled arrival whether
   * or not it could be sent then. One process at the targets' summed rate, whose arrivals are
   * dealt out in turns of one per target, in a random order each turn: each target gets the
   * same number of requests, at nearly independent random times, and the targets share the
   * window. A row's p99 is its 20th-slowest request of about 2,000,
   * so a moment when the machine stalls (seen in every server here, 10 to 40 ms) decides it;
   * rows timed one after the other met different stalls, and their p99s' difference was
   * mostly those (the bare gateway's came out between −4 and 39 ms over direct in one day's
   * runs). In one window the gateway and the direct calls meet the same ones.
   * Closed-loop clients facing an upstream that always takes the same time fall into step
   * instead: one delayed by the gateway lands behind the next, and within seconds they arrive
   * as convoys (measured: 60 % of 10 ms windows empty, up to 75 arrivals in one, where random
   * arrivals at that rate leave about 1 % empty), so their latency is mostly the convoy's
   * queue at a core. The arrival times come from fixed seeds: every window gets the same ones.
   */
  const openLoop = async (seconds: number, into?: number[][]) => {
    const rate = (lanes.length * opts.connections * 1000) / upstreamMs;
    const random = seeded(0x5eed);
    const pick = seeded(0xfeed);
    let turn: number[] = [];
    const nextLane = () => {
      if (!turn.length) {
        // A Fisher-Yates shuffle of the lanes: this turn's order.
        turn = lanes.map((_, k) => k);
        for (let k = turn.length - 1; k > 0; k--) {
          const j = Math.floor(pick() * (k + 1));
          [turn[k], turn[j]] = [turn[j], turn[k]];
        }
      }
      return turn.pop()!;
    };
    const end = performance.now() + seconds * 1000;
    const pending: Promise<void>[] = [];
    let next = performance.now();
    while (next < end) {
      for (const now = performance.now(); next <= now && next < end; next += (-Math.log(1 - random()) * 1000) / rate) {
        const k = nextLane();
        pending.push(one(lanes[k], next).then((ms) => void into?.[k].push(ms)));
      }
      await new Promise((r) => setTimeout(r, Math.max(0, Math.min(next, end) - performance.now())));
    }
    await Promise.all(pending);
  };
  const loop = async (seconds: number, into?: number[][]) => {
    if (upstreamMs > 0) return openLoop(seconds, into);
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: opts.connections }, async () => {
        while (performance.now() < until) {
          const ms = await one(lanes[0]);
          into?.[0].push(ms);
        }
      }),
    );
  };
  try {
    if (opts.warmup > 0) {
      console.log(`  ${label}: warming up for ${opts.warmup} s`);
      await loop(opts.warmup);
    }
    console.log(`  ${label}: measuring ${opts.connections} concurrent requests${lanes.length > 1 ? " each" : ""} for ${opts.duration} s`);
    const latencies = lanes.map(() => [] as number[]);
    const servers = [...new Set(targets.map((t) => t.server))];
    for (const server of servers) await server.profile("start", label);
    const cpu0 = await Promise.all(servers.map((sv) => sv.cpuUsage()));
    const db0 = (await dbCpu?.sample()) ?? null;
    const t0 = performance.now();
    await loop(opts.duration, latencies);
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = await Promise.all(servers.map((sv) => sv.cpuUsage()));
    const dbMs = cpuBetween(db0, (await dbCpu?.sample()) ?? null);
    for (const server of servers) {
      const profile = await server.profile("stop", label);
      if (profile) console.log(`  ${label}: CPU profile of the measured period in ${profile}`);
    }
    const all = latencies.reduce((n, l) => n + l.length, 0);
    return lanes.map(({ target }, k) => {
      const l = latencies[k].sort((a, b) => a - b);
      const at = (q: number) => l[Math.min(l.length - 1, Math.floor(q * l.length))] ?? Number.NaN;
      const s = servers.indexOf(target.server);
      const cpuMs = (cpu1[s].user - cpu0[s].user + cpu1[s].system - cpu0[s].system) / 1000;
      // In a shared window the fake also answered every gateway request's upstream call: its
      // CPU is per request it answered. The database works for the gateway's requests only.
      const serverCpuMs = cpuMs / Math.max(1, target.sharesFake ? all : l.length);
      const dbCpuMs = dbMs === null || target.sharesFake ? null : dbMs / Math.max(1, l.length);
      const mean = l.reduce((a, b) => a + b, 0) / Math.max(1, l.length);
      const title = target.title + suffix;
      console.log(`  ${title}: ${l.length} in ${seconds.toFixed(2)} s, p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, ${serverCpuMs.toFixed(3)} server CPU ms each${dbCpuMs === null ? "" : `, ${dbCpuMs.toFixed(3)} database CPU ms each`}`);
      return { title, requests: l.length, seconds, p50: at(0.5), p99: at(0.99), mean, serverCpuMs, dbCpuMs };
    });
  } finally {
    await Promise.all(lanes.map((l) => l.pool.close()));
  }
}

/** Logs in as the admin and creates a virtual key with a budget the run cannot exhaust. */
async function createKey(url: string, admin: { email: string; password: string }): Promise<string> {
  const gql = async (query: string, variables: unknown, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as any;
  };
  const login = await gql(`mutation($input: LoginInput!) { login(input: $input) { __typename ... on LoginPayload { token } ... on Error { message } } }`, {
    input: admin,
  });
  const token = login.data?.login?.token;
  if (!token) throw new Error(`admin login failed: ${JSON.stringify(login)}`);
  const made = await gql(
    `mutation($input: CreateVirtualKeyInput!) { createVirtualKey(input: $input) {
      __typename ... on CreatedVirtualKey { key } ... on Error { message } } }`,
    { input: { name: "bench key", userEmail: "bench-owner@example.test", monthlyBudgetUsd: 1_000_000 } },
    token,
  );
  if (made.data?.createVirtualKey?.__typename !== "CreatedVirtualKey") throw new Error(`creating the virtual key failed: ${JSON.stringify(made)}`);
  return made.data.createVirtualKey.key;
}

/** mulberry32: a small seeded generator of uniform numbers in [0, 1). */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
