// Cluster jobs: every node heartbeats its row (and marks it left when it stops on purpose);
// the leader, and only the leader (a singleton job under the runner's leader lease), runs
// its duties: its term and failure detection. Both run every CLUSTER_HEARTBEAT_MS.
import type { AppDeps } from "../../domain.js";
import type { JobDefinition } from "../../jobs/job.js";
import { heartbeat, leaderDuties, markLeft } from "./cluster.service.js";

export const clusterJobs = (deps: AppDeps): JobDefinition[] => [
  {
    name: "cluster.heartbeat",
    enabled: true,
    intervalMs: deps.config.control.heartbeatMs,
    initialDelayMs: 0,
    run: () => heartbeat(deps),
    onStop: () => markLeft(deps).catch((err) => deps.log.warn({ err }, "marking this node as left failed")),
  },
  {
    name: "cluster.leader-duties",
    enabled: true,
    singleton: true,
    intervalMs: deps.config.control.heartbeatMs,
    initialDelayMs: 0,
    run: async () => void (await leaderDuties(deps)),
  },
];
