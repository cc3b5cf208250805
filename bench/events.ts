// events: session events logged per second by concurrent clients through the GraphQL
// `logSessionEvent` mutation (POST /graphql, not the legacy route) while graphql-ws
// subscribers of `eventLogged` receive them, next to the same subscribers fed by a bare `ws`
// broadcast server in the same run (flat out, paced at switchyard's ingest rate, and both paced
// at half that rate for delivery latency without the publishers' queue).
// Latency is publish→receive from a timestamp the client puts in the event's details (taken
// just before the request, so it includes the insert); every subscriber must receive every
// acknowledged event exactly once or the run is invalid.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { parseFlags } from "./lib/args.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { pinning, startServer, type ChildServer } from "./lib/child.js";
import { switchyardServerEntry } from "./lib/bundle.js";
import { loadAverage, machine, redactUrl } from "./lib/report.js";

export const NAME = "events";
const DEFAULTS = {
  /** Measured seconds per row; BENCH_EVENTS_DURATION lengthens it without a flag. */
  duration: Number(process.env.BENCH_EVENTS_DURATION) || 5,
  clients: 50,
  subscribers: 100,
  warmup: 1,
};
type Opts = typeof DEFAULTS;
const QUIET_LEVELS = ["warn", "error", "fatal", "silent"];
/**
 * Publishers pause while more than this many events per subscriber are still on their way:
 * without it a bare broadcast outruns the one receiving process and "latency" becomes queue
 * length. Both targets get the same window, so the delivery rates are sustainable ones.
 */
const WINDOW_PER_CLIENT = 2;
const DRAIN_IDLE_MS = 10_000;

/** How the bench reaches one target. */
interface Target {
  title: string;
  /** Sends one event; resolves true when the server acknowledged it. */
  publish(details: Details): Promise<boolean>;
  /** Opens one subscriber; `onEvent` gets each event's details and the event's JSON size. */
  subscribe(onEvent: (event: ReceivedEvent) => void, onError: (err: unknown) => void): Promise<() => Promise<void>>;
}

interface Details {
  bench_seq: number;
  /** performance.now() of this process just before the publish request. */
  bench_sent_ms: number;
  bench_warm?: true;
  /** Sent until every subscriber is live; not counted (early subscribers get more of them). */
  bench_probe?: true;
}

interface ReceivedEvent {
  type?: unknown;
  details?: Partial<Details>;
  /** The server's timestamp of the event (ISO 8601): when it was stored (switchyard) or received (bare). */
  createdAt?: unknown;
}

interface Row {
  title: string;
  pacedAt?: number;
  events: number;
  failed: number;
  seconds: number;
  ingestPerS: number;
  deliveries: number;
  deliveryPerS: number;
  p50: number;
  /** From the server's timestamp of the event to its receipt (wall clock, ms precision). */
  storedP50: number;
  storedP99: number;
  p99: number;
  max: number;
  publishP50: number;
  publishP99: number;
  eventBytes: number;
  cpuMsPerEvent: number;
  missing: number;
  duplicates: number;
  unacknowledged: number;
}

/** A per-subscriber count per sequence number that grows as events are sent. */
class Counts {
  private a = new Uint8Array(1 << 12);
  inc(i: number) {
    if (i >= this.a.length) {
      const b = new Uint8Array(Math.max(i + 1, this.a.length * 2));
      b.set(this.a);
      this.a = b;
    }
    if (this.a[i] < 255) this.a[i]++;
  }
  get(i: number) {
    return i < this.a.length ? this.a[i] : 0;
  }
}

export async function run(argv: string[]): Promise<void> {
  const opts = parseFlags(argv, DEFAULTS);
  const env = process.env;
  const logLevel = QUIET_LEVELS.includes(env.LOG_LEVEL ?? "") ? env.LOG_LEVEL! : "warn";
  const postgres = Boolean(env.DATABASE_URL);
  const database = postgres ? `PostgreSQL (DATABASE_URL=${redactUrl(env.DATABASE_URL!)})` : "PGlite in a temporary DATA_DIR";
  const redis = env.REDIS_URL ? `Redis (REDIS_URL=${redactUrl(env.REDIS_URL)})` : "none (in-process pub/sub)";
  const loadBefore = loadAverage();
  const pinned = pinning();
  console.log(`bench ${NAME}: ${machine()}; load average before the run: ${loadBefore}`);
  console.log(`  database: ${database}; redis: ${redis}; ${pinned}`);
  console.log(`  ${opts.clients} publishing clients, ${opts.subscribers} subscribers, ${opts.warmup} s warm-up + ${opts.duration} s per row, LOG_LEVEL=${logLevel}`);

  const dataDir = postgres ? undefined : await mkdtemp(path.join(os.tmpdir(), "switchyard-bench-"));
  let subject: Row, subjectHalf: Row, flat: Row, paced: Row, pacedHalf: Row;
  try {
    const server = await startServer(await switchyardServerEntry(), {
      ...env,
      NODE_ENV: "production",
      LOG_LEVEL: logLevel,
      HOST: "127.0.0.1",
      PORT: "0",
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
    });
    try {
      subject = await measure(await switchyardTarget(server.url), opts, server);
      // Flat out, delivery latency is mostly the publishers' window waiting in line (Little's
      // law); at half the sustained rate it is what one event takes to reach everyone.
      subjectHalf = await measure(await switchyardTarget(server.url), opts, server, subject.ingestPerS / 2);
    } finally {
      await server.stop();
    }
    const bare = await startServer(new URL("./lib/ws-broadcast-server.ts", import.meta.url), { ...env, NODE_ENV: "production" });
    try {
      flat = await measure(broadcastTarget(bare.url, "bare `ws` broadcast"), opts, bare);
      paced = await measure(broadcastTarget(bare.url, "bare `ws` broadcast, paced"), opts, bare, subject.ingestPerS);
      pacedHalf = await measure(broadcastTarget(bare.url, "bare `ws` broadcast, paced"), opts, bare, subjectHalf.ingestPerS);
    } finally {
      await bare.stop();
    }
  } finally {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }

  const rows = [subject, subjectHalf, flat, paced, pacedHalf];
  const table = [
    "| target | events/s in | deliveries/s | p50 ms | p99 ms | max ms | from stored p50 / p99 ms | publish p50 / p99 ms | event JSON bytes | server CPU ms/event | events | missing | duplicates | failed |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) =>
      [
        r.pacedAt ? `${r.title} at ${r.pacedAt.toFixed(0)}/s` : r.title,
        r.ingestPerS.toFixed(0),
        r.deliveryPerS.toFixed(0),
        r.p50.toFixed(1),
        r.p99.toFixed(1),
        r.max.toFixed(1),
        `${r.storedP50.toFixed(0)} / ${r.storedP99.toFixed(0)}`,
        `${r.publishP50.toFixed(1)} / ${r.publishP99.toFixed(1)}`,
        r.eventBytes.toFixed(0),
        r.cpuMsPerEvent.toFixed(3),
        String(r.events),
        String(r.missing),
        String(r.duplicates + r.unacknowledged),
        String(r.failed),
      ].join(" | "),
    ).map((l) => `| ${l} |`),
  ].join("\n");
  const ratio = subject.deliveryPerS / flat.deliveryPerS;
  const lines = [
    `Delivery rate switchyard / bare broadcast: **${ratio.toFixed(2)}×** (target ≥ 0.5×: ${ratio >= 0.5 ? "met" : "NOT met"})`,
    `switchyard p99 delivery at half its sustained rate (${subjectHalf.ingestPerS.toFixed(0)} events/s, ${subjectHalf.deliveryPerS.toFixed(0)} deliveries/s): ` +
      `**${subjectHalf.p99.toFixed(1)} ms** (target < 50 ms: ${subjectHalf.p99 < 50 ? "met" : "NOT met"}); bare broadcast at that rate: ${pacedHalf.p99.toFixed(1)} ms`,
    // Flat out, each of the clients always has a request waiting, so by Little's law the mean
    // publish takes clients / rate: a floor no server reaches under, whatever its speed.
    `switchyard p99 delivery flat out: **${subject.p99.toFixed(1)} ms**; bare broadcast at the same rate: ${paced.p99.toFixed(1)} ms, and flat out: ${flat.p99.toFixed(1)} ms ` +
      `(flat out, ${opts.clients} clients sending back to back make the mean publish at least ${opts.clients} / rate: ` +
      `${((opts.clients / subject.ingestPerS) * 1000).toFixed(0)} ms at switchyard's rate, ${((opts.clients / flat.ingestPerS) * 1000).toFixed(0)} ms at the bare broadcast's, so the latency target is judged at half the rate)`,
    `switchyard server CPU per event logged: **${subject.cpuMsPerEvent.toFixed(3)} ms** (bare broadcast: ${flat.cpuMsPerEvent.toFixed(3)} ms), ` +
      `i.e. ${((subject.cpuMsPerEvent * 1000) / opts.subscribers).toFixed(1)} µs per delivery`,
    `Exactly once: ${rows.map((r) => `${r.title}${r.pacedAt ? " (paced)" : ""}: ${r.missing} missing, ${r.duplicates} duplicated, ${r.unacknowledged} unacknowledged of ${r.deliveries} deliveries`).join("; ")}`,
  ];
  console.log(`\n${table}\n\n${lines.map((l) => l.replaceAll("**", "")).join("\n")}\n`);

  const bad = rows.filter((r) => r.missing || r.duplicates || r.unacknowledged || r.failed || !r.events);
  if (bad.length) throw new Error(`invalid run, BENCHMARKS.md left unchanged: ${bad.map((r) => r.title).join(", ")} lost, repeated or failed events`);

  await recordSection(
    NAME,
    [
      `## ${NAME}`,
      "",
      `${opts.clients} clients log session events back to back through the GraphQL \`logSessionEvent\``,
      "mutation (POST /graphql with a `pp_` key; the legacy `POST /api/events` maps onto",
      `the same resolver) on one session, while ${opts.subscribers} graphql-ws connections, each subscribed to`,
      "`eventLogged(sessionId) { id type details createdAt }` for it with the same key (so they share one",
      "execution per event, src/graphql/shared-streams.ts), receive them. Each event's details carry a sequence number and the",
      "client's clock just before the request, so delivery latency is publish→receive including the",
      "insert (load generator and subscribers share one process and clock). \"From stored\" is the receipt",
      "time less the event's own `createdAt` (the insert's timestamp; the bare server's clock when the POST",
      "arrived), wall clock at millisecond precision: delivery without the wait of the publish request.",
      "Then the same subscribers",
      "(raw `ws` clients) fed by a bare `ws` broadcast server that wraps each POSTed event in the same",
      "graphql-ws `next` frame (same fields, so the same message sizes), flat out and paced at switchyard's",
      `ingest rate; then both paced at half switchyard's rate. Publishers pause while more than ${WINDOW_PER_CLIENT * opts.clients} events are still on their way to a subscriber, the`,
      "same window for every row, so delivery rates are sustained ones, not queue growth. Every",
      "subscriber was checked to receive every acknowledged event exactly once. Server CPU is",
      "`process.cpuUsage()` of the server process from the first publish until the last delivery.",
      "",
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${machine()}; 1-minute load average before the run: ${loadBefore}; ${pinned}`,
      ...(loadBefore.includes("busy") ? ["- The machine was busy before this run (see the load average): absolute figures are low and noisy; compare the ratios."] : []),
      `- Database: ${database}; Redis: ${redis}`,
      `- Settings: ${opts.clients} publishing clients, ${opts.subscribers} subscribers, ${opts.warmup} s warm-up + ${opts.duration} s per row ` +
        `(\`--duration\` or \`BENCH_EVENTS_DURATION\` to lengthen), rows one after the other; NODE_ENV=production, LOG_LEVEL=${logLevel}`,
      "",
      table,
      "",
      ...lines.flatMap((l) => [l, ""]),
    ].join("\n"),
  );
  console.log("recorded in BENCHMARKS.md");
}

/** One row: subscribers connect, warm up, then `clients` publish for `duration` seconds. */
async function measure(target: Target, opts: Opts, server: ChildServer, pace?: number): Promise<Row> {
  const subs = Array.from({ length: opts.subscribers }, () => ({ counts: new Counts(), live: false, received: 0 }));
  const latencies: number[] = [];
  const fromStored: number[] = [];
  const acked = new Counts();
  let seq = 0;
  let ackedAll = 0; // warm-up and measured, for the window
  let receivedAll = 0;
  let lastReceive = 0;
  let eventBytes = 0;
  let unacknowledged = 0;
  const errors: unknown[] = [];
  let waiters: (() => void)[] = [];
  const backlog = () => ackedAll * subs.length - receivedAll;
  const limit = WINDOW_PER_CLIENT * opts.clients * subs.length;
  const room = () => (backlog() <= limit ? undefined : new Promise<void>((resolve) => waiters.push(resolve)));

  const closers = await Promise.all(
    subs.map((sub, i) =>
      target.subscribe(
        (event) => {
          const d = event.details;
          if (typeof d?.bench_seq !== "number" || typeof d.bench_sent_ms !== "number" || event.type !== "CUSTOM") {
            errors.push(new Error(`subscriber ${i} received a malformed event: ${JSON.stringify(event).slice(0, 200)}`));
            return;
          }
          if (d.bench_probe) return void (sub.live = true);
          receivedAll++;
          if (!d.bench_warm) {
            const now = performance.now();
            latencies.push(now - d.bench_sent_ms);
            if (typeof event.createdAt === "string") fromStored.push(Date.now() - Date.parse(event.createdAt));
            sub.counts.inc(d.bench_seq);
            sub.received++;
            lastReceive = now;
            if (!eventBytes) eventBytes = Buffer.byteLength(JSON.stringify(event));
          }
          if (waiters.length && backlog() <= limit) {
            const w = waiters;
            waiters = [];
            for (const resolve of w) resolve();
          }
        },
        (err) => errors.push(err),
      ),
    ),
  );
  const publishLatencies: number[] = [];
  let failed = 0;
  const publishOne = async (warm: boolean, probe = false) => {
    const n = seq++;
    const t = performance.now();
    const ok = await target.publish({ bench_seq: n, bench_sent_ms: t, ...(warm ? { bench_warm: true as const } : {}), ...(probe ? { bench_probe: true as const } : {}) });
    if (probe) return;
    if (!ok) {
      failed++;
      return;
    }
    ackedAll++;
    if (!warm) {
      acked.inc(n);
      publishLatencies.push(performance.now() - t);
    }
  };
  const until = async (done: () => boolean, what: string, idleMs: number) => {
    let last = receivedAll;
    let lastChange = performance.now();
    while (!done()) {
      if (errors.length) throw errors[0];
      await new Promise((r) => setTimeout(r, 5));
      if (receivedAll !== last) [last, lastChange] = [receivedAll, performance.now()];
      else if (performance.now() - lastChange > idleMs) return void console.log(`  ${target.title}: gave up waiting for ${what}`);
    }
  };
  try {
    // A subscription is live only once the server has subscribed to the topic; graphql-ws
    // does not say when, so publish warm-up events until every subscriber has seen one.
    const ready = performance.now();
    while (subs.some((s) => !s.live)) {
      if (performance.now() - ready > 30_000) throw new Error(`${target.title}: subscribers did not receive events within 30 s`);
      await publishOne(true, true);
      await new Promise((r) => setTimeout(r, 50));
    }
    const load = async (seconds: number, warm: boolean, rate?: number) => {
      const t0 = performance.now();
      const end = t0 + seconds * 1000;
      let k = 0;
      await Promise.all(
        Array.from({ length: opts.clients }, async () => {
          while (performance.now() < end) {
            if (rate) {
              // One schedule shared by all clients: slot k is due k/rate after the start.
              const due = t0 + (k++ * 1000) / rate;
              if (due >= end) break;
              const wait = due - performance.now();
              if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            }
            await room();
            await publishOne(warm);
          }
        }),
      );
    };
    if (opts.warmup) await load(opts.warmup, true, pace);
    await until(() => receivedAll === ackedAll * subs.length, "the warm-up events", DRAIN_IDLE_MS);

    failed = 0;
    const firstSeq = seq;
    const label = pace ? `${target.title} paced at ${pace.toFixed(0)}` : target.title;
    await server.profile("start", label);
    const cpu0 = await server.cpuUsage();
    const t0 = performance.now();
    await load(opts.duration, false, pace);
    const tEnd = performance.now();
    const events = publishLatencies.length;
    await until(() => subs.every((s) => s.received >= events), "the last deliveries", DRAIN_IDLE_MS);
    const cpu1 = await server.cpuUsage();
    const profile = await server.profile("stop", label);
    if (profile) console.log(`  ${target.title}: CPU profile of the measured period in ${profile}`);
    if (errors.length) throw errors[0];

    let missing = 0;
    let duplicates = 0;
    for (const sub of subs) {
      for (let n = firstSeq; n < seq; n++) {
        const got = sub.counts.get(n);
        if (acked.get(n)) {
          if (got === 0) missing++;
          else if (got > 1) duplicates += got - 1;
        } else if (got) unacknowledged += got;
      }
    }
    latencies.sort((a, b) => a - b);
    fromStored.sort((a, b) => a - b);
    publishLatencies.sort((a, b) => a - b);
    const at = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;
    const deliveries = subs.reduce((s, x) => s + x.received, 0);
    const seconds = (tEnd - t0) / 1000;
    const row: Row = {
      title: target.title,
      pacedAt: pace,
      events,
      failed,
      seconds,
      ingestPerS: events / seconds,
      deliveries,
      deliveryPerS: deliveries / ((Math.max(lastReceive, tEnd) - t0) / 1000),
      p50: at(latencies, 0.5),
      p99: at(latencies, 0.99),
      storedP50: at(fromStored, 0.5),
      storedP99: at(fromStored, 0.99),
      max: latencies.at(-1) ?? Number.NaN,
      publishP50: at(publishLatencies, 0.5),
      publishP99: at(publishLatencies, 0.99),
      eventBytes,
      cpuMsPerEvent: (cpu1.user - cpu0.user + cpu1.system - cpu0.system) / 1000 / Math.max(1, events),
      missing,
      duplicates,
      unacknowledged,
    };
    console.log(
      `  ${row.title}${pace ? ` (paced at ${pace.toFixed(0)}/s)` : ""}: ${events} events in ${seconds.toFixed(2)} s ` +
        `(${row.ingestPerS.toFixed(0)}/s), ${deliveries} deliveries (${row.deliveryPerS.toFixed(0)}/s), p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms; from the server's timestamp p50 ${row.storedP50.toFixed(1)} ms, p99 ${row.storedP99.toFixed(1)} ms`,
    );
    return row;
  } finally {
    await Promise.all(closers.map((close) => close()));
  }
}

const SUBSCRIPTION = `subscription BenchEvents($sessionId: ID!) {
  eventLogged(sessionId: $sessionId) { id type details createdAt }
}`;
const LOG_EVENT = `mutation BenchLogEvent($input: LogSessionEventInput!) {
  logSessionEvent(input: $input) { __typename ... on SessionEvent { id } ... on Error { message } }
}`;

/** A fresh user with a pp_ key and one session on a running switchyard node. */
async function switchyardTarget(baseUrl: string): Promise<Target> {
  const url = `${baseUrl}/graphql`;
  const json = { "content-type": "application/json", accept: "application/json" };
  const registered = await postJson(url, json, {
    query: `mutation BenchRegister($input: RegisterInput!) { register(input: $input) { __typename
      ... on RegisterPayload { apiKey { key } } ... on Error { message } } }`,
    variables: {
      input: { email: `bench-${randomBytes(6).toString("hex")}@example.test`, password: `bench-${randomBytes(12).toString("hex")}`, displayName: "Bench Events" },
    },
  });
  const key: unknown = registered.data?.register?.apiKey?.key;
  if (typeof key !== "string") throw new Error(`registering the bench user failed: ${JSON.stringify(registered)}`);
  const authorization = `Bearer ${key}`;
  const headers = { ...json, authorization };
  const session = await postJson(url, headers, {
    query: `mutation BenchSession { registerSession(input: { targetUrl: "https://bench.example.test/" }) { __typename
      ... on AutomationSession { id } ... on Error { message } } }`,
  });
  const sessionId: unknown = session.data?.registerSession?.id;
  if (typeof sessionId !== "string") throw new Error(`registering the bench session failed: ${JSON.stringify(session)}`);
  const wsUrl = `${baseUrl.replace(/^http/, "ws")}/graphql`;
  return {
    title: "switchyard `logSessionEvent` → graphql-ws `eventLogged`",
    async publish(details) {
      const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query: LOG_EVENT, variables: { input: { sessionId, type: "CUSTOM", details } } }) });
      const text = await res.text();
      if (!res.ok) return false;
      return JSON.parse(text).data?.logSessionEvent?.__typename === "SessionEvent";
    },
    async subscribe(onEvent, onError) {
      const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0, lazy: false });
      client.subscribe<{ eventLogged: ReceivedEvent }>(
        { query: SUBSCRIPTION, variables: { sessionId } },
        {
          next: (r) => (r.errors ? onError(new Error(JSON.stringify(r.errors))) : r.data && onEvent(r.data.eventLogged)),
          error: onError,
          complete: () => undefined,
        },
      );
      return () => client.dispose() as Promise<void>;
    },
  };
}

function broadcastTarget(baseUrl: string, title: string): Target {
  const wsUrl = `${baseUrl.replace(/^http/, "ws")}/ws`;
  return {
    title,
    async publish(details) {
      const res = await fetch(`${baseUrl}/publish`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ type: "CUSTOM", details }) });
      await res.arrayBuffer();
      return res.ok;
    },
    async subscribe(onEvent, onError) {
      const ws = new WebSocket(wsUrl);
      ws.on("message", (data) => {
        const frame = JSON.parse(String(data));
        onEvent(frame.payload.data.eventLogged);
      });
      ws.on("error", onError);
      await new Promise<void>((resolve, reject) => {
        ws.once("open", () => resolve());
        ws.once("error", reject);
      });
      return async () => {
        ws.close();
      };
    },
  };
}

async function postJson(url: string, headers: Record<string, string>, body: object): Promise<any> {
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}
