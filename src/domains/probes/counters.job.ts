// Flushes this node's request counts (request-counter.ts) every REQUEST_COUNTER_FLUSH_MS and
// once more when the node stops. Every node runs it: each adds only its own counts.
import type { AppDeps } from "../../domain.js";
import type { JobDefinition } from "../../jobs/job.js";
import { counterFor } from "./request-counter.js";

export function requestCounterJob(deps: AppDeps): JobDefinition {
  const counter = counterFor(deps.prisma, deps.sql);
  return {
    name: "probes.request-counters",
    enabled: true,
    intervalMs: deps.config.probes.counterFlushMs,
    run: () => counter.flush(),
    onStop: () => counter.flush().catch((err) => deps.log.warn({ err }, "request counters not flushed at shutdown")),
  };
}
