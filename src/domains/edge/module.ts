// The edge: virtual hosts reverse-proxied to backends, with active health checks.
import { defineDomain } from "../../domain.js";
import * as edgeSchema from "./edge.schema.js";
import { healthCheckJob } from "./health.job.js";
import * as liveSchema from "./live.schema.js";
import { routes001 } from "./rest.001.js";
import { sessionRoutes001 } from "./rest.001.sessions.js";
import * as sessionsSchema from "./sessions.schema.js";
import { createEdgeRouter } from "./router.js";

export const edgeModule = defineDomain({
  name: "edge",
  schema: [edgeSchema, liveSchema, sessionsSchema],
  legacyRoutes: [...routes001, ...sessionRoutes001],
  intercept: (deps) => createEdgeRouter(deps),
  jobs: (deps) => [healthCheckJob(deps)],
  events: {
    "backend.down": "A backend failed its health checks and left rotation",
    "backend.up": "A backend passed its health check again and is back in rotation",
  },
});
