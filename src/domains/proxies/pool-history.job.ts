// Samples the pool's counts every POOL_SAMPLE_INTERVAL_MS on one node of the cluster (a
// singleton: two nodes would only write duplicate points) and announces each sample, so open
// charts (the `poolSampled` subscription) grow without polling.
import type { AppDeps } from "../../domain.js";
import type { RunJob } from "../../jobs/job.js";
import { takeSample } from "./pool-history.service.js";

export function poolHistoryJob(deps: AppDeps): RunJob {
  const { enabled, intervalMs, retentionHours } = deps.config.poolSamples;
  return {
    name: "proxies.pool-history",
    enabled,
    intervalMs,
    singleton: true,
    async run() {
      const sample = await takeSample(deps.prisma, retentionHours);
      if (sample) await deps.pubsub.publish("pool:sampled", { ...sample, takenAt: sample.takenAt.toISOString() });
    },
  };
}
