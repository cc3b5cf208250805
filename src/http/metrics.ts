// One Prometheus registry per app, with seed 001's metric names plus route and operation
// labels. Labels are bounded: routes come from the route table, operations from the
// schema's root field names, never from client-chosen operation names.
// summary() reads the same counters back for JSON views (seed 001's /api/v1/metrics); the
// latency percentiles come from a window of the latest durations fed by the same observe().
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

/** Durations kept for percentiles: enough for stable p99s, small enough to sort per read. */
const WINDOW = 2048;

export interface RequestSummary {
  total: number;
  status4xx: number;
  status5xx: number;
  /** Milliseconds over the latest WINDOW requests (0 before the first). */
  latency: { p50: number; p95: number; p99: number; avg: number };
  bytesIn: number;
  bytesOut: number;
}

/**
 * Process-wide metrics that domains register themselves (the gateway's spend and tokens);
 * /metrics serves them after the per-app registry. Names must not repeat the app's.
 */
export const domainRegistry = new Registry();

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "http_requests_total",
    help: "Total number of HTTP requests",
    labelNames: ["method", "status", "route", "operation"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request latency",
    labelNames: ["method", "route", "operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  // Socket byte counts, read when scraped (the HTTP server tracks them per connection).
  let bytes: () => { in: number; out: number } = () => ({ in: 0, out: 0 });
  new Counter({
    name: "http_received_bytes_total",
    help: "Bytes read from HTTP connections (headers and bodies)",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(bytes().in);
    },
  });
  new Counter({
    name: "http_sent_bytes_total",
    help: "Bytes written to HTTP connections (headers and bodies)",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(bytes().out);
    },
  });
  const recent = new Float64Array(WINDOW);
  let seen = 0;
  return {
    registry,
    observe(labels: { method: string; status: number; route: string; operation: string }, seconds: number) {
      requests.inc({ ...labels, status: String(labels.status) });
      duration.observe({ method: labels.method, route: labels.route, operation: labels.operation }, seconds);
      recent[seen++ % WINDOW] = seconds * 1000;
    },
    /** Where the byte counters come from (http/server.ts). */
    countBytes(source: () => { in: number; out: number }) {
      bytes = source;
    },
    async summary(): Promise<RequestSummary> {
      let total = 0;
      let status4xx = 0;
      let status5xx = 0;
      for (const v of (await requests.get()).values) {
        total += v.value;
        const s = String(v.labels.status ?? "");
        if (s.startsWith("4")) status4xx += v.value;
        else if (s.startsWith("5")) status5xx += v.value;
      }
      const n = Math.min(seen, WINDOW);
      const sorted = Array.from(recent.subarray(0, n)).sort((a, b) => a - b);
      const at = (q: number) => (n ? round(sorted[Math.min(n - 1, Math.ceil(q * n) - 1)]) : 0);
      const avg = n ? round(sorted.reduce((a, b) => a + b, 0) / n) : 0;
      const b = bytes();
      return { total, status4xx, status5xx, latency: { p50: at(0.5), p95: at(0.95), p99: at(0.99), avg }, bytesIn: b.in, bytesOut: b.out };
    },
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export type Metrics = ReturnType<typeof createMetrics>;
