// Legacy health routes: every seed's health path is a view of the one `health` query.
// Shared paths are settled in architecture.md ("Legacy layer"): /api/health answers seed
// 000's body (its fields include seed 003's), /health merges seeds 001 and 002. Anything
// unhealthy answers 503 on every route so load balancers and orchestrators react to it.
import { graphql } from "../../generated/graphql/index.js";
import { defineRoute, type LegacyResult } from "../../http/legacy.js";

type State = "ok" | "error" | "not_configured";

const status = (healthy: boolean) => (healthy ? "healthy" : "unhealthy");
const respond = (ok: boolean, body: unknown): LegacyResult => ({ status: ok ? 200 : 503, body });

/** Seed 002 names connection states, seed 001 names check results. */
const connection = (s: State) => (s === "ok" ? "connected" : s);

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
    respond(h.healthy, { status: status(h.healthy), timestamp: h.timestamp, version: h.version, auth_enabled: h.authEnabled }),
});

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
      status: status(h.healthy),
      timestamp: h.timestamp,
      version: h.version,
      uptime: h.uptimeSeconds, // seconds, as seed 001's /api/v1/status counts it
      // PGlite is PostgreSQL too (embedded), so seed 002's field keeps its meaning.
      postgres: h.database === "ok" ? "connected" : "error",
      redis: connection(h.redis),
      checks: { database: h.database, redis: h.redis, disk_space: h.diskSpace, memory: h.memory },
    }),
});

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
  result: ({ health: h }) => respond(h.healthy, { status: status(h.healthy) }),
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

export const healthRoutes = [apiHealth, health, healthz, ready];
