// Live configuration, seed 001's rate-limit and deprecation headers, and a configuration
// update reaching a second node (PostgreSQL + Redis).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { adminAuth, describeIfRedis, registerUser, startNode, TEST_DATABASE_URL, useNode, type TestNode } from "./helpers.js";

const HISTORY = graphql(`query ControlTestHistory { configHistory(limit: 5) { version changes changedBy } }`);

describe("live configuration on one node", () => {
  const { node, admin } = useNode({
    admin: true,
    env: { JUDGE_URL: "http://judge:s3cret-pass@127.0.0.1:9/judge", JWT_SECRET: "j".repeat(40) },
  });

  it("GET /api/v1/config redacts secrets, URL credentials included", async () => {
    const res = await node.http("GET", "/api/v1/config", { headers: admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      server: { http_port: expect.any(Number), workers: 1 },
      logging: { level: "silent" },
      rate_limits: { api_v1: { limit: 1000, window_seconds: 60 } },
      auth: { jwt_secret: "[redacted]", admin_password: "[redacted]" },
    });
    expect(res.text).not.toContain("s3cret-pass");
    expect(res.text).not.toContain("j".repeat(40));
    expect(res.text).not.toContain("admin-password-1");
    expect(res.body.judge_url).toContain("***");
  });

  it("PUT /api/v1/config applies live settings, keeps a history and refuses bad ones with field errors", async () => {
    const bad = await node.http("PUT", "/api/v1/config", { headers: admin, body: { logging: { level: "loud" }, rate_limits: { api_v1: { limit: 0 } } } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("VALIDATION_ERROR");
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(["logging.level", "rate_limits.api_v1.limit"]);
    const unknown = await node.http("PUT", "/api/v1/config", { headers: admin, body: { logging: { colour: "red" } } });
    expect(unknown.status).toBe(422);

    const ok = await node.http("PUT", "/api/v1/config", { headers: admin, body: { logging: { level: "warn" } } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ success: true, message: "Configuration updated", restart_required: false, changes: [{ path: "logging.level", from: "silent", to: "warn" }] });
    expect(node.app.log.level).toBe("warn");

    const restart = await node.http("PUT", "/api/v1/config", { headers: admin, body: { server: { http_port: 9999 } } });
    expect(restart.body).toMatchObject({ success: true, restart_required: true, not_applied: ["server"] });

    const hist = await node.gql(HISTORY, {}, admin);
    expect(hist.data?.configHistory[0]).toMatchObject({ version: ok.body.version, changes: [{ path: "logging.level" }] });
    const reload = await node.http("POST", "/api/v1/reload", { headers: admin });
    expect(reload.body).toEqual({ success: true, message: "Server reloaded successfully", version: ok.body.version });
  });

  it("changes the outbound allow list and the sessions' timeouts live, naming a bad entry", async () => {
    const shown = await node.http("GET", "/api/v1/config", { headers: admin });
    expect(shown.body).toMatchObject({ outbound: { allow: ["127.0.0.0/8", "::1/128"] }, sessions: { timeout_seconds: 3600, retention_days: 30 } });
    const bad = await node.http("PUT", "/api/v1/config", { headers: admin, body: { outbound: { allow: ["127.0.0.0/8", "not a host!"] }, sessions: { timeout_seconds: 0 } } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(["outbound.allow.1", "sessions.timeout_seconds"]);
    // Nothing changed: a loopback backend target is still allowed (checked, never contacted).
    const backend = (name: string) => node.http("POST", "/api/v1/backends", { headers: admin, body: { name, target: "http://127.0.0.1:9/" } });
    expect((await backend("loop-1")).status).toBe(201);

    const closed = await node.http("PUT", "/api/v1/config", { headers: admin, body: { outbound: { allow: [] }, sessions: { timeout_seconds: 120 } } });
    expect(closed.status).toBe(200);
    expect(closed.body.changes.map((c: { path: string }) => c.path).sort()).toEqual(["outbound.allow", "sessions.timeout_seconds"]);
    const refused = await backend("loop-2");
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body.error.details)).toContain("OUTBOUND_ALLOW");

    const reopened = await node.http("PUT", "/api/v1/config", { headers: admin, body: { outbound: { allow: ["127.0.0.0/8", "::1/128"] } } });
    expect(reopened.status).toBe(200);
    expect((await backend("loop-3")).status).toBe(201);
    expect((await node.http("GET", "/api/v1/config", { headers: admin })).body.sessions).toEqual({ timeout_seconds: 120, retention_days: 30 });
  });

  it("every /api/v1 response carries X-RateLimit-*; over the limit 429 with Retry-After and retry_after", async () => {
    const res = await node.http("GET", "/api/v1/status", { headers: admin });
    expect(Number(res.headers.get("x-ratelimit-limit"))).toBe(1000);
    expect(Number(res.headers.get("x-ratelimit-remaining"))).toBeLessThan(1000);
    expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000 - 1);
    const anon = await node.http("GET", "/api/v1/status");
    expect(anon.status).toBe(401);
    expect(anon.headers.get("x-ratelimit-limit")).toBe("1000");
    const missing = await node.http("GET", "/api/v1/nothing-here", { headers: admin });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-ratelimit-remaining")).not.toBeNull();

    // A live change of the limit: the window already holds more than 3 requests.
    const set = await node.http("PUT", "/api/v1/config", { headers: admin, body: { rate_limits: { api_v1: { limit: 3, window_seconds: 60 } } } });
    expect(set.status).toBe(200);
    const limited = await node.http("GET", "/api/v1/status", { headers: admin });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(limited.body.error).toMatchObject({ code: "RATE_LIMITED", retry_after: Number(limited.headers.get("retry-after")), request_id: expect.any(String) });
  });
});

describe("deprecated routes", () => {
  const { node, admin } = useNode({ admin: true });
  it("answer X-Deprecated and X-Sunset-Date from the route table; others do not", async () => {
    const join = await node.http("POST", "/api/v1/cluster/join", { headers: admin, body: {} });
    expect(join.status).toBe(200);
    expect(join.headers.get("x-deprecated")).toBe("true");
    expect(join.headers.get("x-sunset-date")).toBe("2027-06-30");
    const user = await registerUser(node);
    const refused = await node.http("POST", "/api/v1/cluster/join", { headers: user.auth, body: {} });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-deprecated")).toBe("true");
    const status = await node.http("GET", "/api/v1/status", { headers: admin });
    expect(status.headers.get("x-deprecated")).toBeNull();
  });
});

const describeTwo = TEST_DATABASE_URL ? describeIfRedis : describe.skip;

describeTwo("a configuration update reaches a second node", () => {
  let a: TestNode;
  let b: TestNode;
  beforeAll(async () => {
    a = await startNode({ redis: true });
    b = await startNode({ redis: true, databaseUrl: a.databaseUrl, redisPrefix: a.redisPrefix });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("applies on B what was stored through A", async () => {
    const admin = await adminAuth(a);
    const res = await a.http("PUT", "/api/v1/config", {
      headers: admin,
      body: { logging: { level: "error" }, thresholds: { node_suspect_after_ms: 4000 }, outbound: { allow: ["127.0.0.0/8"] } },
    });
    expect(res.status).toBe(200);
    let level = b.app.log.level;
    for (let i = 0; i < 100 && level !== "error"; i++) {
      await new Promise((r) => setTimeout(r, 50));
      level = b.app.log.level;
    }
    expect(level).toBe("error");
    const cfg = await b.http("GET", "/api/v1/config", { headers: await adminAuth(b) });
    expect(cfg.body).toMatchObject({ version: res.body.version, thresholds: { node_suspect_after_ms: 4000 }, outbound: { allow: ["127.0.0.0/8"] } });
    // B's guard runs with the new list: IPv6 loopback is no longer allowed there.
    const v6 = await b.http("POST", "/api/v1/backends", { headers: await adminAuth(b), body: { name: "v6", target: "http://[::1]:9/" } });
    expect(v6.status).toBe(422);
  });
});
