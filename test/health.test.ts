// Legacy health routes (seeds 000-004) over real HTTP, healthy and with the database gone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { adminAuth, freshPostgres, registerUser, startNode, TEST_DATABASE_URL, TEST_REDIS_URL, type TestNode, useNode } from "./helpers.js";

const HEALTH = graphql(`query HealthTestPublic { health { healthy ready errors } }`);
const HEALTH_ERRORS = graphql(`query HealthTestErrors { health { errors } }`);
const HEALTH_ADMIN = graphql(`query HealthTestAdmin { health { errors databaseKind } }`);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const redisState = TEST_REDIS_URL ? "ok" : "not_configured";

describe("health routes on a healthy node", () => {
  const { node } = useNode();

  it("GET /api/health answers seed 000's body without credentials", async () => {
    const res = await node.http("GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "healthy", timestamp: expect.stringMatching(ISO), version: "0.1.0", auth_enabled: true });
    expect(Math.abs(Date.parse(res.body.timestamp) - Date.now())).toBeLessThan(60_000);
  });

  it("GET /health merges seeds 001 and 002", async () => {
    const res = await node.http("GET", "/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: "healthy",
      timestamp: expect.stringMatching(ISO),
      version: "0.1.0",
      uptime: expect.any(Number),
      postgres: "connected",
      redis: TEST_REDIS_URL ? "connected" : "not_configured",
      checks: { database: "ok", redis: redisState, disk_space: "ok", memory: "ok" },
    });
    expect(Number.isInteger(res.body.uptime) && res.body.uptime >= 0).toBe(true);
  });

  it("GET /healthz answers seed 004's body", async () => {
    const res = await node.http("GET", "/healthz");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "healthy" });
  });

  it("GET /ready reports each service honestly", async () => {
    const res = await node.http("GET", "/ready");
    expect(res.status).toBe(200);
    const clustered = Boolean(TEST_DATABASE_URL && TEST_REDIS_URL);
    expect(res.body).toEqual({
      ready: true,
      services: {
        http: true,
        database: true,
        redis: TEST_REDIS_URL ? true : "not_configured",
        cluster: clustered ? true : "not_configured",
      },
    });
    expect(res.body.services).not.toHaveProperty("https");
  });

  it("health routes ignore credentials, good or bad", async () => {
    const user = await registerUser(node);
    for (const headers of [user.auth, { "x-api-key": "pp_not-a-real-key" }]) {
      const res = await node.http("GET", "/api/health", { headers });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe("healthy");
    }
  });

  it("only GET is routed", async () => {
    for (const path of ["/health", "/api/health", "/healthz", "/ready"]) {
      const res = await node.http("POST", path, { body: {} });
      expect(res.status).toBe(404);
    }
  });

  it("the GraphQL health query shows failure reasons to admins only", async () => {
    const anonymous = await node.gql(HEALTH, {});
    expect(anonymous.data?.health).toEqual({ healthy: true, ready: true, errors: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const user = await registerUser(node);
    const asUser = await node.gql(HEALTH_ERRORS, {}, user.auth);
    expect(asUser.data?.health.errors).toBeNull();
    expect(asUser.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const asAdmin = await node.gql(HEALTH_ADMIN, {}, await adminAuth(node));
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.health).toEqual({ errors: [], databaseKind: TEST_DATABASE_URL ? "postgres" : "pglite" });
  });
});

describe("health routes when the database is gone", () => {
  let node: TestNode;
  let dropDatabase: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (TEST_DATABASE_URL) {
      // A database of our own, so dropping it is what a real outage looks like.
      const db = await freshPostgres();
      node = await startNode({ databaseUrl: db.url });
      dropDatabase = db.drop;
    } else {
      node = await startNode();
    }
    expect((await node.http("GET", "/health")).status).toBe(200);
    if (dropDatabase) await dropDatabase();
    else await node.app.db.close(); // the embedded database stops answering
  });
  afterAll(async () => {
    // The database is already gone, so closing it again may fail; that is not under test.
    await node?.app.stop().catch(() => {});
  });

  it("every health route answers 503 with an unhealthy body", async () => {
    const health = await node.http("GET", "/health");
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({
      status: "unhealthy",
      postgres: "error",
      checks: { database: "error", redis: redisState },
    });

    const api = await node.http("GET", "/api/health");
    expect(api.status).toBe(503);
    expect(api.body).toMatchObject({ status: "unhealthy", auth_enabled: true });

    const healthz = await node.http("GET", "/healthz");
    expect(healthz.status).toBe(503);
    expect(healthz.body).toEqual({ status: "unhealthy" });

    const ready = await node.http("GET", "/ready");
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ ready: false, services: { http: true, database: false } });
  });

  it("does not leak the driver's error text to anonymous callers", async () => {
    const res = await node.http("GET", "/health");
    expect(res.text).not.toMatch(/closed|terminat|does not exist|ECONN/i);
  });
});
