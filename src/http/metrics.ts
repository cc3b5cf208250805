// One Prometheus registry per app, with seed 001's metric names plus route and operation
// labels. Labels are bounded: routes come from the route table, operations from the
// schema's root field names, never from client-chosen operation names.
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

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
  return {
    registry,
    observe(labels: { method: string; status: number; route: string; operation: string }, seconds: number) {
      requests.inc({ ...labels, status: String(labels.status) });
      duration.observe({ method: labels.method, route: labels.route, operation: labels.operation }, seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
