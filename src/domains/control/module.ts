// The control plane: health, status and metrics of this node, cluster membership with leader
// election, live configuration, and seed 001's management API over them (with its rate limit).
import { defineDomain } from "../../domain.js";
import * as clusterSchema from "./cluster.schema.js";
import * as configSchema from "./config.schema.js";
import { controlSections } from "./config.service.js";
import { startLiveConfig } from "./config.start.js";
import { apiV1RateLimit } from "./rate-limit.routes.js";
import { routes001Config } from "./rest.001.config.js";
import { clusterJobs } from "./cluster.job.js";
import * as healthSchema from "./health.schema.js";
import * as logsSchema from "./logs.schema.js";
import { routes000 } from "./rest.000.js";
import { routes001 } from "./rest.001.js";
import { routes001Control } from "./rest.001.control.js";
import { routes004 } from "./rest.004.js";
import * as statusSchema from "./status.schema.js";
import { statusJobs } from "./status.job.js";
import { controlWsChannels } from "./ws.js";

export const controlModule = defineDomain({
  name: "control",
  schema: [healthSchema, statusSchema, clusterSchema, configSchema, logsSchema],
  legacyRoutes: [...routes000, ...routes001, ...routes001Control, ...routes001Config, ...routes004],
  httpRoutes: apiV1RateLimit,
  start: startLiveConfig,
  liveSettings: controlSections,
  jobs: (deps) => [...statusJobs(deps), ...clusterJobs(deps)],
  wsChannels: controlWsChannels,
  events: {
    "cluster.node_joined": "A switchyard node joined the cluster (its first heartbeat)",
    "cluster.node_left": "A node left the cluster on purpose (leave or graceful shutdown)",
    "cluster.node_failed": "A node missed its heartbeats long enough to be declared dead",
    "cluster.leader_elected": "A node became the cluster leader and runs the cluster-wide jobs",
  },
});
