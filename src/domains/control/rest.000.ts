// Seed 000 health route: /api/health (its body also covers seed 003's fields).
import { graphql } from "../../generated/graphql/index.js";
import { defineRoute } from "../../http/legacy.js";
import { healthStatus, respond } from "./rest.health.js";

const apiHealth = defineRoute({
  method: "GET",
  path: "/api/health",
  api: "seed000",
  document: graphql(`
    query LegacyApiHealth {
      health {
        healthy
        timestamp
        version
        authEnabled
      }
    }
  `),
  result: ({ health: h }) =>
    respond(h.healthy, { status: healthStatus(h.healthy), timestamp: h.timestamp, version: h.version, auth_enabled: h.authEnabled }),
});

export const routes000 = [apiHealth];
