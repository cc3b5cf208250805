// Network probes: ping and traceroute (the system tools), DNS, whois, TCP and HTTP(S) as
// jobs with history, per-tier daily and monthly quotas, probes from a leased proxy's exit,
// and the admin's server status with persisted request counters.
import { defineDomain } from "../../domain.js";
import { requestCounterJob } from "./counters.job.js";
import { mountProbeMiddleware } from "./http.routes.js";
import * as probesSchema from "./probes.schema.js";
import { counterFor } from "./request-counter.js";
import { probeRoutes003 } from "./rest.003.js";
import { findTool, TOOLS, type ToolName } from "./runners/tools.js";
import { probeQuotaSection } from "./settings.js";
import * as statusSchema from "./status.schema.js";

export const probesModule = defineDomain({
  name: "probes",
  schema: [probesSchema, statusSchema],
  legacyRoutes: probeRoutes003,
  httpRoutes: (app, deps) => mountProbeMiddleware(app, deps),
  // Every answered request (legacy routes and /graphql), counted in memory for the admin status.
  onExchange: (deps) => {
    const counter = counterFor(deps.prisma, deps.sql);
    return (e) => counter.record(e.ms);
  },
  jobs: (deps) => [requestCounterJob(deps)],
  liveSettings: (deps) => [probeQuotaSection(deps)],
  start: (deps) => {
    for (const tool of Object.keys(TOOLS) as ToolName[]) {
      const file = findTool(tool);
      if (file) deps.log.debug({ tool, file }, "probe tool found");
      else deps.log.warn(`${tool} not found: ${tool} probes will fail until the Debian package ${TOOLS[tool].package} is installed`);
    }
  },
});
