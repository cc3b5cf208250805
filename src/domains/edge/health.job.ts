// The health-check job: every node runs it; claims keep nodes apart (health.service.ts).
import type { AppDeps } from "../../domain.js";
import type { ClaimJob } from "../../jobs/job.js";
import { checkBackend, claimDueBackends, type DueBackend } from "./health.service.js";

/** Checks in flight per node. */
export const HEALTH_CONCURRENCY = 8;

export function healthCheckJob(deps: AppDeps): ClaimJob<DueBackend> {
  return {
    name: "edge.health-checks",
    enabled: deps.config.edge.health.enabled,
    intervalMs: deps.config.edge.health.tickMs,
    // A restarted or started backend is due at once; a rebalance wakes every node to take its share.
    wakeOn: ["edge:changed", "cluster:rebalance"],
    concurrency: HEALTH_CONCURRENCY,
    claim: (limit) => claimDueBackends(deps.prisma, limit),
    handle: (b, ctx) => checkBackend({ ...deps, log: ctx.log }, b, ctx.signal),
  };
}
