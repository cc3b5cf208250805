// Seed 001's /ws channels of the control plane: `metrics` (periodic) and `cluster`
// (cluster_event messages), admin only through their subscriptions' own auth.
import { graphql } from "../../generated/graphql/index.js";
import { defineChannel } from "../../http/legacy-ws.js";

const Metrics = graphql(`
  subscription LegacyWsMetrics($interval: Int) {
    metrics(intervalSeconds: $interval) { timestamp requestsPerSecond load { cpu memory connections } }
  }
`);

const metrics = defineChannel({
  name: "metrics",
  document: Metrics,
  // `metrics:<seconds>` picks the period (default 5 s).
  takesArgument: true,
  variables: (arg) => ({ interval: arg && /^\d{1,3}$/.test(arg) ? Number(arg) : arg ? -1 : null }),
  message: ({ metrics: m }) => ({
    type: "metrics",
    timestamp: m.timestamp,
    data: {
      requests_per_second: m.requestsPerSecond,
      active_connections: m.load.connections,
      cpu_usage: m.load.cpu,
      memory_usage: m.load.memory,
    },
  }),
});

const ClusterEvents = graphql(`subscription LegacyWsClusterEvents { clusterEvents { event nodeId address at } }`);

const cluster = defineChannel({
  name: "cluster",
  document: ClusterEvents,
  message: ({ clusterEvents: e }) => ({
    type: "cluster_event",
    timestamp: e.at,
    event: e.event,
    data: { node_id: e.nodeId, address: e.address ?? null },
  }),
});

export const controlWsChannels = [metrics, cluster];
