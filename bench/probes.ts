// probes: DNS probes per second through switchyard's seed 003 route (auth, quota charge in
// SQL, job row, the probe, the result write) at 20 concurrent clients against a loopback
// dns2 server, next to the same queries made straight through node's resolver in the same
// run. Reports the ratio, the p99 latency switchyard adds, and server CPU per probe.
import { Resolver } from "node:dns/promises";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseFlags } from "./lib/args.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { pinning, startServer } from "./lib/child.js";
import { switchyardServerEntry } from "./lib/bundle.js";
import { loadAverage, machine, redactUrl } from "./lib/report.js";
import { startDnsPeer } from "../test/probes-peers.js";

export const NAME = "probes";

interface Run {
  ops: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

/** Called around the measured period (CPU and profile of the server over it only). */
interface Phases {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** `clients` loops calling `op` for `seconds` (after `warmup` seconds not counted). */
async function drive(clients: number, warmup: number, seconds: number, op: () => Promise<boolean>, phases?: Phases): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  let counting = false;
  let stop = false;
  const loop = async () => {
    while (!stop) {
      const t = performance.now();
      const ok = await op().catch(() => false);
      if (!counting) continue;
      if (ok) latencies.push(performance.now() - t);
      else errors++;
    }
  };
  const loops = Array.from({ length: clients }, loop);
  await new Promise((r) => setTimeout(r, warmup * 1000));
  await phases?.start();
  counting = true;
  const started = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  counting = false;
  const elapsed = (performance.now() - started) / 1000;
  await phases?.stop();
  stop = true;
  await Promise.all(loops);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] : 0);
  return { ops: latencies.length, errors, seconds: elapsed, p50: pct(0.5), p99: pct(0.99) };
}

export async function run(argv: string[]): Promise<void> {
  const load = parseFlags(argv, { duration: 10, connections: 20, warmup: 3 });
  const env = process.env;
  const postgres = Boolean(env.DATABASE_URL);
  const database = postgres ? `PostgreSQL (DATABASE_URL=${redactUrl(env.DATABASE_URL!)})` : "PGlite in a temporary DATA_DIR";
  const loadBefore = loadAverage();
  const pinned = pinning();
  console.log(`bench ${NAME}: ${machine()}; load average before the run: ${loadBefore}; ${pinned}`);
  const peer = await startDnsPeer();
  const dataDir = postgres ? undefined : await mkdtemp(path.join(os.tmpdir(), "switchyard-bench-"));
  const server = await startServer(await switchyardServerEntry(), {
    ...env,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    PORT: "0",
    OUTBOUND_ALLOW: "127.0.0.0/8",
    PROBE_QUOTA_FREE_DAY: "1000000000",
    PROBE_QUOTA_FREE_MONTH: "1000000000",
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
  });
  let subject: Run;
  let baseline: Run;
  let cpuPerOpMs: number;
  try {
    const email = `bench-${Date.now()}@example.test`;
    const post = (p: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${p}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    await post("/api/users/register", { username: `bench${Date.now()}`, email, password: "bench-password-1" });
    const { token } = (await (await post("/api/users/login", { email, password: "bench-password-1" })).json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const body = { domain: "a.example.test", record_type: "A", nameserver: `127.0.0.1:${peer.udpPort}` };
    let cpu0: NodeJS.CpuUsage;
    let cpu1: NodeJS.CpuUsage;
    const title = "switchyard POST /api/probes/dns";
    subject = await drive(
      load.connections,
      load.warmup,
      load.duration,
      async () => {
        const res = await post("/api/probes/dns", body, auth);
        const json = (await res.json()) as { success?: boolean };
        return res.status === 200 && json.success === true;
      },
      {
        start: async () => {
          await server.profile("start", title);
          cpu0 = await server.cpuUsage();
        },
        stop: async () => {
          cpu1 = await server.cpuUsage();
          const profile = await server.profile("stop", title);
          if (profile) console.log(`  CPU profile of the measured period in ${profile}`);
        },
      },
    );
    // Probes still in flight when the period ends used some of its CPU too: an estimate.
    cpuPerOpMs = (cpu1!.user - cpu0!.user + cpu1!.system - cpu0!.system) / 1000 / Math.max(1, subject.ops + subject.errors);
    const resolver = new Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers([`127.0.0.1:${peer.udpPort}`]);
    baseline = await drive(load.connections, load.warmup, load.duration, async () => (await resolver.resolve4("a.example.test", { ttl: true })).length === 1);
  } finally {
    await server.stop();
    peer.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
  const rate = (r: Run) => r.ops / r.seconds;
  const table = [
    "| target | probes/s | p50 ms | p99 ms | errors | server CPU per probe |",
    "|---|---|---|---|---|---|",
    `| switchyard POST /api/probes/dns | ${rate(subject).toFixed(0)} | ${subject.p50.toFixed(2)} | ${subject.p99.toFixed(2)} | ${subject.errors} | ${cpuPerOpMs.toFixed(2)} ms |`,
    `| node Resolver straight to the server | ${rate(baseline).toFixed(0)} | ${baseline.p50.toFixed(2)} | ${baseline.p99.toFixed(2)} | ${baseline.errors} | - |`,
  ].join("\n");
  const lines = [
    `switchyard / node resolver throughput: **${(rate(subject) / rate(baseline)).toFixed(3)}×**`,
    `p99 added by switchyard: **${(subject.p99 - baseline.p99).toFixed(2)} ms**`,
  ];
  console.log(`\n${table}\n\n${lines.map((l) => l.replaceAll("**", "")).join("\n")}\n`);
  if (subject.errors || baseline.errors || !subject.ops || !baseline.ops) throw new Error("invalid run (errors or no completed probes), BENCHMARKS.md left unchanged");
  await recordSection(`${NAME}:${postgres ? "postgres" : "pglite"}`, [
    `## ${NAME} on ${postgres ? "PostgreSQL" : "PGlite"}`,
    "",
    `DNS A probes through seed 003's \`POST /api/probes/dns\` (JWT auth, the quota charged in SQL, a job row written`,
    "and completed, the query sent to a loopback dns2 server) by concurrent clients, then the same query straight",
    "through node's `dns.promises.Resolver` bound to that server, in the same run. Server CPU is the switchyard",
    "process's `process.cpuUsage()` over the measured period, divided by the probes answered in it.",
    "",
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${machine()}; 1-minute load average before the run: ${loadBefore}; ${pinned}`,
    `- Database: ${database}`,
    `- Settings: ${load.connections} clients, ${load.duration} s measured after ${load.warmup} s warm-up; NODE_ENV=production, LOG_LEVEL=warn`,
    "",
    table,
    "",
    ...lines.flatMap((l) => [l, ""]),
  ].join("\n"));
  console.log("recorded in BENCHMARKS.md");
}
