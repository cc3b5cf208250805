// Seed 004 (LLM gateway) auth routes over real HTTP: password form login and /api/auth/me.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, registerUser, startNode, type TestNode } from "./helpers.js";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};
const urlencoded = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { "content-type": "application/x-www-form-urlencoded" },
});

describe("legacy seed 004 auth", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode();
  });
  afterAll(() => node?.close());

  it("logs the admin in with a multipart form and answers /api/auth/me", async () => {
    const res = await node.http("POST", "/api/auth/token", { form: form({ username: ADMIN.email, password: ADMIN.password }) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ access_token: expect.any(String), token_type: "bearer" });
    const me = await node.http("GET", "/api/auth/me", { headers: { authorization: `Bearer ${res.body.access_token}` } });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ id: expect.any(Number), email: ADMIN.email, full_name: "Admin User", is_admin: true });
  });

  it("accepts a url-encoded form and shows a regular user as not admin", async () => {
    const u = await registerUser(node, { displayName: "Grace Hopper" });
    const res = await node.http("POST", "/api/auth/token", urlencoded({ username: u.email, password: u.password }));
    expect(res.status).toBe(200);
    const me = await node.http("GET", "/api/auth/me", { headers: { authorization: `Bearer ${res.body.access_token}` } });
    expect(me.body).toEqual({ id: u.legacyId, email: u.email, full_name: "Grace Hopper", is_admin: false });
    // Any credential works: the user's pp_ key reads the same profile.
    expect((await node.http("GET", "/api/auth/me", { headers: u.auth })).body).toEqual(me.body);
  });

  it("rejects bad credentials with 401 and missing fields with 422, in the detail envelope", async () => {
    const u = await registerUser(node);
    const wrong = await node.http("POST", "/api/auth/token", { form: form({ username: u.email, password: "wrong-password" }) });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ detail: expect.any(String) });
    expect(wrong.text).not.toContain("access_token");
    const unknown = await node.http("POST", "/api/auth/token", { form: form({ username: "nobody@local", password: "whatever-1" }) });
    expect(unknown.status).toBe(401);
    const missing = await node.http("POST", "/api/auth/token", { form: form({ username: u.email }) });
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ detail: expect.stringContaining("password") });
    const empty = await node.http("POST", "/api/auth/token");
    expect(empty.status).toBe(422);
  });

  it("answers /api/auth/me without or with bad credentials with 401", async () => {
    const anon = await node.http("GET", "/api/auth/me");
    expect(anon.status).toBe(401);
    expect(anon.body).toEqual({ detail: expect.any(String) });
    expect((await node.http("GET", "/api/auth/me", { headers: { authorization: "Bearer not.a.jwt" } })).status).toBe(401);
  });
});

describe("legacy seed 004 login throttling", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode({ env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: "3" } });
  });
  afterAll(() => node?.close());

  it("answers 429 with Retry-After after too many failures, even for the right password", async () => {
    const u = await registerUser(node);
    for (let i = 0; i < 3; i++) {
      const res = await node.http("POST", "/api/auth/token", { form: form({ username: u.email, password: "wrong-password" }) });
      expect(res.status).toBe(401);
    }
    const blocked = await node.http("POST", "/api/auth/token", { form: form({ username: u.email, password: u.password }) });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.body).toEqual({ detail: expect.any(String) });
  });
});
