// The autocannon runner: one target, one setting, figures plus everything that went wrong.
import { createRequire } from "node:module";
import autocannon from "autocannon";
import type { LoadSettings } from "./args.js";
import type { ChildServer } from "./child.js";

export const AUTOCANNON_VERSION: string = createRequire(import.meta.url)("autocannon/package.json").version;

export interface Target {
  /** Row label in tables, e.g. "switchyard me". */
  title: string;
  url: string;
  method: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** True when a 2xx response body is what the target should answer. */
  verify(body: string): boolean;
}

export interface Measurement {
  title: string;
  durationS: number;
  connections: number;
  /** Mean of the per-second request counts, as autocannon prints it. */
  rps: number;
  requests: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  ok: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  mismatches: number;
  /** The first few bodies that failed `verify`, to show what went wrong. */
  badBodies: string[];
  /** Server-process CPU milliseconds (user + system) per completed request, when measured. */
  serverCpuMsPerRequest?: number;
}

const SAMPLE_LIMIT = 3;

export async function measure(target: Target, load: Pick<LoadSettings, "connections"> & { duration: number }): Promise<Measurement> {
  const badBodies: string[] = [];
  const result = await autocannon({
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections: load.connections,
    duration: load.duration,
    verifyBody: (raw) => {
      const body = raw === undefined ? "" : raw.toString();
      const good = target.verify(body);
      if (!good && badBodies.length < SAMPLE_LIMIT) badBodies.push(body.slice(0, 500));
      return good;
    },
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  return {
    title: target.title,
    durationS: result.duration,
    connections: result.connections,
    rps: result.requests.average,
    requests: result.requests.total,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      mean: result.latency.average,
      max: result.latency.max,
    },
    ok: result["2xx"],
    non2xx: result.non2xx,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    badBodies,
  };
}

/** Everything that makes a measurement invalid; empty when every response was a good 2xx. */
export function problems(m: Measurement): string[] {
  const out: string[] = [];
  if (m.requests === 0) out.push("no request completed");
  if (m.non2xx > 0) out.push(`${m.non2xx} non-2xx responses (by status: ${JSON.stringify(m.statusCodes)})`);
  if (m.errors > 0) out.push(`${m.errors} connection errors (${m.timeouts} of them timeouts)`);
  if (m.mismatches > 0) out.push(`${m.mismatches} responses without the expected data`);
  for (const body of m.badBodies) out.push(`  sample body: ${body}`);
  return out;
}

/**
 * Runs the target for `warmup` seconds (unrecorded but still checked), then measures it.
 * With `cpuUsage` (the server process's), the measured period's server CPU is divided by
 * the requests it completed.
 */
export async function warmAndMeasure(
  target: Target,
  load: LoadSettings,
  server?: Pick<ChildServer, "cpuUsage" | "profile">,
  log = console.log,
): Promise<Measurement> {
  if (load.warmup > 0) {
    log(`  ${target.title}: warming up for ${load.warmup} s`);
    const warm = await measure(target, { connections: load.connections, duration: load.warmup });
    const bad = problems(warm);
    if (bad.length) throw new Error(`${target.title} failed during warm-up:\n${bad.join("\n")}`);
  }
  log(`  ${target.title}: measuring ${load.connections} connections for ${load.duration} s`);
  await server?.profile("start", target.title);
  const before = await server?.cpuUsage();
  const m = await measure(target, load);
  const after = await server?.cpuUsage();
  const profile = await server?.profile("stop", target.title);
  if (profile) log(`  ${target.title}: CPU profile of the measured period in ${profile}`);
  if (before && after && m.requests > 0) {
    m.serverCpuMsPerRequest = (after.user - before.user + after.system - before.system) / 1000 / m.requests;
  }
  return m;
}
