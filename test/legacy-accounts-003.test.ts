// Seed 003 (ProbeOps) account routes over real HTTP: users, login, API keys and admin.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, adminAuth, registerUser, startNode, type TestNode } from "./helpers.js";

const PASSWORD = "securepassword123";
const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT/);

describe("legacy seed 003 accounts", () => {
  let node: TestNode;
  let admin: Record<string, string>;
  beforeAll(async () => {
    node = await startNode();
    admin = await adminAuth(node);
  });
  afterAll(() => node?.close());

  /** Registers and logs in through the seed 003 routes; returns the user and a JWT header. */
  async function signup() {
    const tag = randomBytes(4).toString("hex");
    const input = { username: `user_${tag}`, email: `${tag}@example.test`, password: PASSWORD };
    const reg = await node.http("POST", "/api/users/register", { body: input });
    expect(reg.status).toBe(201);
    const login = await node.http("POST", "/api/users/login", { body: { email: input.email, password: PASSWORD } });
    expect(login.status).toBe(200);
    return { ...input, user: reg.body.user, auth: { authorization: `Bearer ${login.body.token}` } };
  }

  describe("users", () => {
    it("registers, logs in and reads /api/users/me with the token", async () => {
      const body = { username: "newuser", email: "NewUser@Example.test", password: PASSWORD };
      const reg = await node.http("POST", "/api/users/register", { body });
      expect(reg.status).toBe(201);
      const user = {
        id: expect.any(Number),
        username: "newuser",
        email: "newuser@example.test",
        is_active: true,
        role: "user",
        subscription_tier: "Free",
        created_at: ISO,
      };
      expect(reg.body).toEqual({ message: "User registered successfully", user });
      const login = await node.http("POST", "/api/users/login", { body: { email: "newuser@example.test", password: PASSWORD } });
      expect(login.status).toBe(200);
      expect(login.body).toEqual({ message: "Login successful", token: expect.any(String), user: { ...user, id: reg.body.user.id } });
      expect(login.headers.get("set-cookie")).toMatch(/session_id=.*HttpOnly/);
      const me = await node.http("GET", "/api/users/me", { headers: { authorization: `Bearer ${login.body.token}` } });
      expect(me.status).toBe(200);
      expect(me.body).toEqual(reg.body.user);
    });

    it("rejects bad registrations with 400 and a duplicate with 409", async () => {
      const missing = await node.http("POST", "/api/users/register", { body: { username: "someone", email: "s@example.test" } });
      expect(missing.status).toBe(400);
      expect(missing.body).toEqual({ error: "Bad Request", message: expect.stringContaining("password") });
      const typed = await node.http("POST", "/api/users/register", { body: { username: 5, email: "t@example.test", password: PASSWORD } });
      expect(typed.status).toBe(400);
      expect(typed.body.message).toContain("username");
      const short = await node.http("POST", "/api/users/register", { body: { username: "shorty", email: "sh@example.test", password: "short" } });
      expect(short.status).toBe(400);
      expect(short.body.error).toBe("Bad Request");
      const badName = await node.http("POST", "/api/users/register", { body: { username: "a b", email: "ab@example.test", password: PASSWORD } });
      expect(badName.status).toBe(400);
      const u = await signup();
      const dup = await node.http("POST", "/api/users/register", { body: { username: `${u.username}x`, email: u.email, password: PASSWORD } });
      expect(dup.status).toBe(409);
      expect(dup.body).toEqual({ error: "Conflict", message: expect.any(String) });
      const dupName = await node.http("POST", "/api/users/register", { body: { username: u.username, email: `x${u.email}`, password: PASSWORD } });
      expect(dupName.status).toBe(409);
    });

    it("rejects wrong logins and unauthenticated /me with 401", async () => {
      const u = await signup();
      const wrong = await node.http("POST", "/api/users/login", { body: { email: u.email, password: "wrong-password" } });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual({ error: "Unauthorized", message: expect.any(String) });
      const missing = await node.http("POST", "/api/users/login", { body: { email: u.email } });
      expect(missing.status).toBe(400);
      const anon = await node.http("GET", "/api/users/me");
      expect(anon.status).toBe(401);
      expect(anon.body).toEqual({ error: "Unauthorized", message: expect.any(String) });
      expect((await node.http("GET", "/api/users/me", { headers: { authorization: "Bearer garbage" } })).status).toBe(401);
    });
  });

  describe("API keys", () => {
    it("creates a probeops key that works as X-API-Key and lists only its prefix", async () => {
      const u = await signup();
      const created = await node.http("POST", "/api/apikeys", { body: { description: "My Development API Key" }, headers: u.auth });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        message: "API key created successfully",
        api_key: {
          id: expect.any(Number),
          key: expect.stringMatching(/^probeops\.[a-z0-9]{48}$/),
          description: "My Development API Key",
          is_active: true,
          created_at: ISO,
          last_used_at: null,
        },
      });
      const raw = created.body.api_key.key as string;
      const me = await node.http("GET", "/api/users/me", { headers: { "x-api-key": raw } });
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(u.user.id);
      await node.http("POST", "/api/apikeys", { body: { description: "second" }, headers: u.auth });
      const list = await node.http("GET", "/api/apikeys", { headers: u.auth });
      expect(list.status).toBe(200);
      expect(list.body.api_keys).toHaveLength(2);
      expect(list.body.api_keys[0]).toEqual({
        id: created.body.api_key.id,
        key: `${raw.slice(0, 14)}...`,
        description: "My Development API Key",
        is_active: true,
        created_at: ISO,
        last_used_at: expect.toSatisfy((v: unknown) => v === null || typeof v === "string"),
      });
      expect(list.body.api_keys[1].id).toBeGreaterThan(list.body.api_keys[0].id);
      expect(list.text).not.toContain(raw);
    });

    it("checks the description and needs credentials", async () => {
      const u = await signup();
      const bad = await node.http("POST", "/api/apikeys", { body: { description: 12 }, headers: u.auth });
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({ error: "Bad Request", message: expect.stringContaining("description") });
      expect((await node.http("POST", "/api/apikeys", { body: { description: "x" } })).status).toBe(401);
      expect((await node.http("GET", "/api/apikeys")).status).toBe(401);
      const others = await node.http("GET", "/api/apikeys", { headers: (await signup()).auth });
      expect(others.body).toEqual({ api_keys: [] });
    });

    it("deletes the caller's key by integer id; others' and unknown ids are 404", async () => {
      const a = await signup();
      const b = await signup();
      const created = await node.http("POST", "/api/apikeys", { body: { description: "temp" }, headers: a.auth });
      const id = created.body.api_key.id as number;
      expect((await node.http("DELETE", `/api/apikeys/${id}`)).status).toBe(401);
      const foreign = await node.http("DELETE", `/api/apikeys/${id}`, { headers: b.auth });
      expect(foreign.status).toBe(404);
      expect(foreign.body).toEqual({ error: "Not Found", message: expect.any(String) });
      expect((await node.http("DELETE", "/api/apikeys/999999", { headers: a.auth })).status).toBe(404);
      for (const bad of ["abc", "0", "1.5", "99999999999"]) {
        expect((await node.http("DELETE", `/api/apikeys/${bad}`, { headers: a.auth })).status, bad).toBe(400);
      }
      const ok = await node.http("DELETE", `/api/apikeys/${id}`, { headers: a.auth });
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ message: "API key deleted successfully" });
      expect((await node.http("GET", "/api/users/me", { headers: { "x-api-key": created.body.api_key.key } })).status).toBe(401);
      expect((await node.http("GET", "/api/apikeys", { headers: a.auth })).body.api_keys).toEqual([]);
    });
  });

  describe("admin", () => {
    it("lists users with their key counts for admins only", async () => {
      const u = await signup();
      await node.http("POST", "/api/apikeys", { body: { description: "k" }, headers: u.auth });
      const list = await node.http("GET", "/api/admin/users", { headers: admin });
      expect(list.status).toBe(200);
      const row = list.body.users.find((x: { id: number }) => x.id === u.user.id);
      expect(row).toEqual({
        id: u.user.id,
        username: u.username,
        email: u.email,
        role: "user",
        subscription_tier: "Free",
        is_active: true,
        created_at: ISO,
        api_key_count: 1,
        probe_job_count: 0,
      });
      const adminRow = list.body.users.find((x: { email: string }) => x.email === ADMIN.email);
      expect(adminRow).toMatchObject({ role: "admin", subscription_tier: "Enterprise" });
      const forbidden = await node.http("GET", "/api/admin/users", { headers: u.auth });
      expect(forbidden.status).toBe(403);
      expect(forbidden.body).toEqual({ error: "Forbidden", message: expect.any(String) });
      expect((await node.http("GET", "/api/admin/users")).status).toBe(401);
    });

    it("changes a user's role; bad roles and ids are 400, unknown users 404, non-admins 403", async () => {
      const u = await signup();
      const res = await node.http("POST", `/api/admin/users/${u.user.id}/role`, { body: { role: "admin" }, headers: admin });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        message: "User role updated successfully",
        user: { id: u.user.id, username: u.username, email: u.email, role: "admin", subscription_tier: "Free", is_active: true },
      });
      // The promotion applies to the user's existing token at once.
      expect((await node.http("GET", "/api/admin/users", { headers: u.auth })).status).toBe(200);
      const back = await node.http("POST", `/api/admin/users/${u.user.id}/role`, { body: { role: "user" }, headers: admin });
      expect(back.body.user.role).toBe("user");
      for (const body of [{ role: "superuser" }, {}, { role: 1 }]) {
        const bad = await node.http("POST", `/api/admin/users/${u.user.id}/role`, { body, headers: admin });
        expect(bad.status, JSON.stringify(body)).toBe(400);
        expect(bad.body.error).toBe("Bad Request");
      }
      expect((await node.http("POST", "/api/admin/users/abc/role", { body: { role: "user" }, headers: admin })).status).toBe(400);
      const unknown = await node.http("POST", "/api/admin/users/999999/role", { body: { role: "user" }, headers: admin });
      expect(unknown.status).toBe(404);
      const other = await signup();
      const forbidden = await node.http("POST", `/api/admin/users/${u.user.id}/role`, { body: { role: "admin" }, headers: other.auth });
      expect(forbidden.status).toBe(403);
      expect((await node.http("POST", `/api/admin/users/${u.user.id}/role`, { body: { role: "admin" } })).status).toBe(401);
    });

    it("changes a user's tier, case-insensitively", async () => {
      const u = await signup();
      const res = await node.http("POST", `/api/admin/users/${u.user.id}/tier`, { body: { subscription_tier: "enterprise" }, headers: admin });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        message: "User subscription tier updated successfully",
        user: { id: u.user.id, username: u.username, email: u.email, role: "user", subscription_tier: "Enterprise", is_active: true },
      });
      const std = await node.http("POST", `/api/admin/users/${u.user.id}/tier`, { body: { subscription_tier: "Standard" }, headers: admin });
      expect(std.body.user.subscription_tier).toBe("Standard");
      expect((await node.http("GET", "/api/users/me", { headers: u.auth })).body.subscription_tier).toBe("Standard");
      const bad = await node.http("POST", `/api/admin/users/${u.user.id}/tier`, { body: { subscription_tier: "Gold" }, headers: admin });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toContain("subscription_tier");
      expect((await node.http("POST", "/api/admin/users/999999/tier", { body: { subscription_tier: "Free" }, headers: admin })).status).toBe(404);
      const forbidden = await node.http("POST", `/api/admin/users/${u.user.id}/tier`, { body: { subscription_tier: "Free" }, headers: u.auth });
      expect(forbidden.status).toBe(403);
    });

    it("accepts a seed 002 pp_ key on seed 003 routes", async () => {
      const u = await registerUser(node);
      const me = await node.http("GET", "/api/users/me", { headers: u.auth });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: u.legacyId, email: u.email, username: null, role: "user" });
    });
  });
});

describe("legacy seed 003 login throttling", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode({ env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: "3" } });
  });
  afterAll(() => node?.close());

  it("answers 429 with Retry-After once an account has too many failed logins", async () => {
    const body = { username: "victim", email: "victim@example.test", password: PASSWORD };
    expect((await node.http("POST", "/api/users/register", { body })).status).toBe(201);
    for (let i = 0; i < 3; i++) {
      const res = await node.http("POST", "/api/users/login", { body: { email: body.email, password: "wrong-password" } });
      expect(res.status).toBe(401);
    }
    const blocked = await node.http("POST", "/api/users/login", { body: { email: body.email, password: PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.body).toEqual({ error: "Too Many Requests", message: expect.any(String) });
    // Another account is not affected.
    const other = { username: "bystander", email: "bystander@example.test", password: PASSWORD };
    await node.http("POST", "/api/users/register", { body: other });
    expect((await node.http("POST", "/api/users/login", { body: { email: other.email, password: PASSWORD } })).status).toBe(200);
  });
});
