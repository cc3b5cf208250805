// Seed 001 health routes: /health (merged with seed 002's fields) and /ready.
import { graphql } from "../../generated/graphql/index.js";
import { defineRoute } from "../../http/legacy.js";
import { healthStatus, respond, connection } from "./rest.health.js";

const health = defineRoute({
  method: "GET",
  path: "/health",
  api: "seed001",
  document: graphql(`
    query LegacyHealth {
      health {
        healthy
        timestamp
        version
        uptimeSeconds
        database
        redis
        diskSpace
        memory
      }
    }
  `),
  result: ({ health: h }) =>
    respond(h.healthy, {
      status: healthStatus(h.healthy),
      timestamp: h.timestamp,
      version: h.version,
      uptime: h.uptimeSeconds, // seconds, as seed 001's /api/v1/status counts it
      // PGlite is PostgreSQL too (embedded), so seed 002's field keeps its meaning.
      postgres: h.database === "ok" ? "connected" : "error",
      redis: connection(h.redis),
      checks: { database: h.database, redis: h.redis, disk_space: h.diskSpace, memory: h.memory },
    }),
});

const ready = defineRoute({
  method: "GET",
  path: "/ready",
  api: "seed001",
  document: graphql(`
    query LegacyReady {
      health {
        ready
        databaseKind
        database
        redis
      }
    }
  `),
  result: ({ health: h }) => {
    // A cluster needs state every node shares: PostgreSQL plus Redis for fan-out. An
    // embedded or Redis-less node runs alone, which is a configuration, not a fault.
    const clustered = h.databaseKind === "postgres" && h.redis !== "not_configured";
    return respond(h.ready, {
      ready: h.ready,
      services: {
        http: true,
        // Seed 001's `https` is left out: TLS terminates in front of switchyard, and a
        // `false` here would read as a broken listener.
        database: h.database === "ok",
        redis: h.redis === "not_configured" ? "not_configured" : h.redis === "ok",
        cluster: clustered ? h.ready : "not_configured",
      },
    });
  },
});

export const routes001 = [health, ready];
