// vhost-proxy: requests per second through a switchyard vhost to a loopback backend, next
// to the same backend called directly, in the same run. The switchyard row's server CPU is
// switchyard's own per proxied request (the backend's is in the direct row).
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DEFAULT_LOAD, parseFlags } from "./lib/args.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { pinning, startServer, type ChildServer } from "./lib/child.js";
import { switchyardServerEntry } from "./lib/bundle.js";
import { AUTOCANNON_VERSION, problems, warmAndMeasure, type Measurement } from "./lib/load.js";
import { figuresTable, loadAverage, machine, ratios, ratiosLine } from "./lib/report.js";

export const NAME = "vhost-proxy";
const HOST = "bench.example.test";
const QUIET_LEVELS = ["warn", "error", "fatal", "silent"];
const verify = (text: string) => text.includes('"backend":"bench"');

export async function run(argv: string[]): Promise<void> {
  const load = parseFlags(argv, DEFAULT_LOAD);
  const logLevel = QUIET_LEVELS.includes(process.env.LOG_LEVEL ?? "") ? process.env.LOG_LEVEL! : "warn";
  const loadBefore = loadAverage();
  const pinned = pinning();
  console.log(`bench ${NAME}: ${machine()}; load average before the run: ${loadBefore}`);
  console.log(`  ${load.connections} connections, ${load.warmup} s warm-up + ${load.duration} s per target, LOG_LEVEL=${logLevel}; ${pinned}`);

  const dataDir = await mkdtemp(path.join(os.tmpdir(), "switchyard-bench-"));
  const admin = { email: "bench-admin@example.test", password: `bench-${randomBytes(12).toString("hex")}` };
  let backend: ChildServer | undefined;
  let switchyard: ChildServer | undefined;
  let bareProxy: ChildServer | undefined;
  let proxied: Measurement, hop: Measurement, direct: Measurement;
  try {
    backend = await startServer(new URL("./lib/echo-backend-server.ts", import.meta.url), { ...process.env, NODE_ENV: "production" });
    switchyard = await startServer(await switchyardServerEntry(), {
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: logLevel,
      HOST: "127.0.0.1",
      PORT: "0",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      REDIS_URL: "",
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      OUTBOUND_ALLOW: "127.0.0.0/8",
    });
    await createVhost(switchyard.url, admin, backend.url);
    // Targets one after the other: on 2 cores, at once would measure contention.
    proxied = await warmAndMeasure(
      { title: `through a switchyard vhost (Host: ${HOST})`, url: `${switchyard.url}/item`, method: "GET", headers: { host: HOST }, verify },
      load,
      switchyard,
    );
    // Stopped before the next row: only the servers of the row being measured are running.
    await switchyard.stop();
    switchyard = undefined;
    bareProxy = await startServer(new URL("./lib/bare-proxy-server.ts", import.meta.url), { ...process.env, NODE_ENV: "production", BACKEND_URL: backend.url });
    hop = await warmAndMeasure({ title: "bare http-proxy-3 in front of the backend (no switchyard)", url: `${bareProxy.url}/item`, method: "GET", verify }, load, bareProxy);
    await bareProxy.stop();
    bareProxy = undefined;
    direct = await warmAndMeasure({ title: "backend called directly", url: `${backend.url}/item`, method: "GET", verify }, load, backend);
  } finally {
    await switchyard?.stop();
    await bareProxy?.stop();
    await backend?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }

  const table = figuresTable([proxied, hop, direct]);
  const r = ratios(proxied, direct);
  const line = ratiosLine(r, "through the vhost", "direct");
  const cpu = (m: Measurement) => m.serverCpuMsPerRequest?.toFixed(3) ?? "n/a";
  const hopLine =
    `One proxy hop with the library alone: throughput **${ratios(hop, direct).throughput.toFixed(3)}×** direct; switchyard's vhost ` +
    `**${ratios(proxied, hop).throughput.toFixed(3)}×** the bare hop, at ${cpu(proxied)} ms of CPU per request in switchyard ` +
    `against ${cpu(hop)} ms in the bare proxy and ${cpu(direct)} ms in the backend`;
  const verdict = `Target ≥ 0.5× direct throughput: ${r.throughput >= 0.5 ? "met" : "NOT met"} (${r.throughput.toFixed(3)}×)`;
  console.log(`\n${table}\n\n${line.replaceAll("**", "")}\n${hopLine.replaceAll("**", "")}\n${verdict}\n`);
  const failures = [proxied, hop, direct].flatMap((m) => problems(m).map((p) => `${m.title}: ${p}`));
  if (failures.length) throw new Error(`invalid run, BENCHMARKS.md left unchanged:\n${failures.join("\n")}`);

  await recordSection(
    NAME,
    [
      `## ${NAME}`,
      "",
      "GET /item with `Host: bench.example.test` against a switchyard node (PGlite) whose vhost for that",
      "domain points at a bare node:http backend on loopback (http-proxy-3 with a keep-alive agent that",
      "resolves through the outbound guard; the vhost table is in memory, no query per request), next to",
      "the same backend called directly in the same run. Between them, the same backend behind",
      "http-proxy-3 alone (bench/lib/bare-proxy-server.ts: the options and keep-alive agent switchyard",
      "gives it, nothing else): what one proxy hop costs on this machine with the library, without",
      "Host routing, access log or metrics. Every response was checked (2xx and the backend's body).",
      "Server CPU of a proxied row is the proxy's process only; of the direct row, the backend's. With",
      "taskset, the proxy and the backend share the servers' core, so a proxied row pays for two",
      "processes' work on one core where the direct row pays for one.",
      "",
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${machine()}; 1-minute load average before the run: ${loadBefore}; ${pinned}`,
      `- Settings: ${load.connections} connections, ${load.duration} s measured per target after a ${load.warmup} s warm-up, ` +
        `targets one after the other; NODE_ENV=production, LOG_LEVEL=${logLevel}; autocannon ${AUTOCANNON_VERSION}`,
      "",
      table,
      "",
      line,
      "",
      hopLine,
      "",
      verdict,
    ].join("\n"),
  );
  console.log("recorded in BENCHMARKS.md");
}

async function createVhost(url: string, admin: { email: string; password: string }, target: string) {
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
    `mutation($input: CreateVhostInput!) { createVhost(input: $input) { __typename ... on Vhost { id } ... on Error { message } } }`,
    { input: { domains: [HOST], backend: { target } } },
    token,
  );
  if (made.data?.createVhost?.__typename !== "Vhost") throw new Error(`creating the vhost failed: ${JSON.stringify(made)}`);
}
