// `npm run bench -- <name> [flags]`: looks the bench up and runs it. Add a bench by writing
// bench/<name>.ts exporting `run(argv)` and listing it below; shared helpers are in bench/lib/.
import { UsageError } from "./lib/args.js";

interface Bench {
  summary: string;
  load(): Promise<{ run(argv: string[]): Promise<void> }>;
}

const benches: Record<string, Bench> = {
  "graphql-read": {
    summary: "authenticated `me` query vs a bare graphql-yoga `{ hello }` (rps, p50/p99)",
    load: () => import("./graphql-read.js"),
  },
  validate: {
    summary: "validator checks/s over loopback proxies (half silent) vs the ideal for that mix",
    load: () => import("./validate.js"),
  },
  startup: {
    summary: "spawn to first healthy /health on PGlite, new and existing data dir, vs a bare node:http server (--runs, default 5)",
    load: () => import("./startup.js"),
  },
  probes: {
    summary: "DNS probes/s through POST /api/probes/dns at 20 clients vs node's resolver straight to the same loopback dns2 server",
    load: () => import("./probes.js"),
  },
  acquire: {
    summary: "acquireProxy/s with 32 clients on PostgreSQL (no double leases) vs a bare SKIP LOCKED loop",
    load: () => import("./acquire.js"),
  },
  "vhost-proxy": {
    summary: "requests/s through a vhost to a loopback backend vs a bare http-proxy-3 hop and the backend called directly (target ≥ 0.5× direct)",
    load: () => import("./vhost-proxy.js"),
  },
  events: {
    summary: "logSessionEvent/s by 50 clients with 100 graphql-ws eventLogged subscribers (p50/p99 delivery, exactly once) vs a bare ws broadcast, flat out and at half the rate (target ≥ 0.5×, p99 < 50 ms)",
    load: () => import("./events.js"),
  },
  failover: {
    summary: "three processes on PostgreSQL, the leader SIGKILLed --kills times (default 10): median/max time to a new leader vs the lease TTL",
    load: () => import("./failover.js"),
  },
  gateway: {
    summary: "POST /proxy/openai/v1/chat/completions at 100 concurrent requests vs the fake upstream directly and a bare reserve/forward/settle gateway, instant and answering after --upstream ms (default 200): added p50/p99, req/s, streaming TTFT (PostgreSQL; BENCH_DATABASE=pglite)",
    load: () => import("./gateway.js"),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(benches).map((n) => n.length));
  const list = Object.entries(benches).map(([name, b]) => `  ${name.padEnd(width)}  ${b.summary}`);
  return [
    "usage: npm run bench -- <name> [--duration <s>] [--connections <n>] [--warmup <s>]",
    "",
    "available benchmarks:",
    ...list,
  ].join("\n");
}

const [name, ...argv] = process.argv.slice(2);
if (!name || name === "--help" || name === "-h") {
  console.log(usage());
  process.exit(name ? 0 : 1);
}
const bench = Object.hasOwn(benches, name) ? benches[name] : undefined;
if (!bench) {
  console.error(`unknown benchmark ${JSON.stringify(name)}\n\n${usage()}`);
  process.exit(1);
}

try {
  await (await bench.load()).run(argv);
  // autocannon and fetch may keep sockets alive; a finished CLI should not wait for them.
  process.exit(0);
} catch (err) {
  if (err instanceof UsageError) {
    console.error(`${err.message}\n\n${usage()}`);
    process.exit(2);
  }
  console.error(`\nbench ${name} FAILED: ${err instanceof Error ? err.message : String(err)}`);
  if (err instanceof Error && !(err.message.startsWith("invalid run"))) console.error(err.stack);
  process.exit(1);
}
