// Seed 004 health route: /healthz.
import { graphql } from "../../generated/graphql/index.js";
import { defineRoute } from "../../http/legacy.js";
import { healthStatus, respond } from "./rest.health.js";

const healthz = defineRoute({
  method: "GET",
  path: "/healthz",
  api: "seed004",
  document: graphql(`
    query LegacyHealthz {
      health {
        healthy
      }
    }
  `),
  result: ({ health: h }) => respond(h.healthy, { status: healthStatus(h.healthy) }),
});

export const routes004 = [healthz];
