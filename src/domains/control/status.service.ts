// Figures of this node as a process: status (version, uptime, pid, connections) and request
// metrics with rates. Rates and CPU come from samples the sampler job takes every second
// (status.job.ts), kept per node for a minute; everything else is read when asked.
import os from "node:os";
import type { NodeRuntime } from "../../graphql/context.js";

export interface NodeStatus {
  state: "starting" | "running" | "draining";
  version: string;
  uptimeSeconds: number;
  startedAt: Date;
  pid: number;
  /** Event loops serving requests in this node: one; a cluster scales by adding nodes. */
  workers: number;
  connections: { active: number; idle: number; total: number };
}

export interface NodeLoad {
  /** Percent of one CPU used by this process over the last sample interval. */
  cpu: number;
  /** Resident memory as a percent of the machine's memory. */
  memory: number;
  connections: number;
}

export interface NodeMetrics {
  requests: { total: number; perSecond: number; perMinute: number };
  latency: { p50: number; p95: number; p99: number; avg: number };
  bandwidth: { inBytes: number; outBytes: number; inRate: number; outRate: number };
  errors: { status4xx: number; status5xx: number; rate: number };
  load: NodeLoad;
  timestamp: Date;
}

interface Sample {
  at: number;
  total: number;
  bytesIn: number;
  bytesOut: number;
  cpuMicros: number;
}

const KEEP_MS = 65_000;
const samplers = new WeakMap<NodeRuntime, { samples: Sample[]; cpu: number }>();

const stateOf = (node: NodeRuntime) => {
  let s = samplers.get(node);
  if (!s) samplers.set(node, (s = { samples: [], cpu: 0 }));
  return s;
};

const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** Takes one sample (the sampler job calls it every second). */
export async function sample(node: NodeRuntime): Promise<void> {
  const r = await node.requests();
  const s = stateOf(node);
  const now: Sample = { at: Date.now(), total: r.total, bytesIn: r.bytesIn, bytesOut: r.bytesOut, cpuMicros: cpuMicros() };
  const last = s.samples.at(-1);
  if (last && now.at > last.at) s.cpu = round(((now.cpuMicros - last.cpuMicros) / 1000 / (now.at - last.at)) * 100);
  s.samples.push(now);
  while (s.samples.length > 2 && now.at - s.samples[1].at > KEEP_MS) s.samples.shift();
}

export function nodeStatus(node: NodeRuntime, version: string): NodeStatus {
  const now = Date.now();
  return {
    state: node.state(),
    version,
    uptimeSeconds: Math.floor((now - node.startedAt.getTime()) / 1000),
    startedAt: node.startedAt,
    pid: process.pid,
    workers: 1,
    connections: node.connections(),
  };
}

export function nodeLoad(node: NodeRuntime): NodeLoad {
  return {
    cpu: stateOf(node).cpu,
    memory: round((process.memoryUsage.rss() / os.totalmem()) * 100),
    connections: node.connections().total,
  };
}

/** The sample closest to `ms` before `at` (the oldest one when none is that old). */
function before(samples: Sample[], at: number, ms: number): Sample | undefined {
  let found: Sample | undefined;
  for (const s of samples) if (at - s.at >= ms) found = s;
  return found ?? samples[0];
}

export async function nodeMetrics(node: NodeRuntime): Promise<NodeMetrics> {
  const r = await node.requests();
  const now = Date.now();
  const { samples } = stateOf(node);
  const rate = (from: Sample | undefined, pick: (s: Sample) => number, current: number, perMs: number) => {
    if (!from || now <= from.at) return 0;
    return round(((current - pick(from)) / (now - from.at)) * perMs);
  };
  const secAgo = before(samples, now, 1_000);
  const minAgo = before(samples, now, 60_000);
  const errors = r.status4xx + r.status5xx;
  return {
    requests: {
      total: r.total,
      perSecond: rate(secAgo, (s) => s.total, r.total, 1_000),
      perMinute: rate(minAgo, (s) => s.total, r.total, 60_000),
    },
    latency: r.latency,
    bandwidth: {
      inBytes: r.bytesIn,
      outBytes: r.bytesOut,
      inRate: rate(secAgo, (s) => s.bytesIn, r.bytesIn, 1_000),
      outRate: rate(secAgo, (s) => s.bytesOut, r.bytesOut, 1_000),
    },
    errors: { status4xx: r.status4xx, status5xx: r.status5xx, rate: r.total ? round(errors / r.total) : 0 },
    load: nodeLoad(node),
    timestamp: new Date(now),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
