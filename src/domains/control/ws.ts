// Seed 001's /ws channels of the control plane: `metrics` (periodic) and `cluster`
// (cluster_event messages) and `logs` (log messages), admin only through their subscriptions' own auth.
import { graphql } from "../../generated/graphql/index.js";
import { defineChannel } from "../../http/legacy-ws.js";
import type { LogLevelName } from "../../log-tap.js";

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

const Logs = graphql(`subscription LegacyWsLogs($level: LogLevel) { logs(level: $level) { timestamp level message fields } }`);

const logs = defineChannel({
  name: "logs",
  document: Logs,
  // `logs:<level>` sets the minimum level (default info); an unknown level is refused by the
  // subscription's own validation of its enum.
  takesArgument: true,
  variables: (arg) => ({ level: (arg ?? null) as LogLevelName | null }),
  message: ({ logs: e }) => ({ type: "log", timestamp: e.timestamp, level: e.level, message: e.message, fields: e.fields }),
});

export const controlWsChannels = [metrics, cluster, logs];
