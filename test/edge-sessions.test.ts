// Seed 001's session API over the accounts domain's login sessions: admin-only list with
// pagination, `active` filter and whitelisted sort, get, invalidate one, clear all; an ended
// session's JWT and cookie stop working at once, on a second node too (PostgreSQL + Redis).
import { decodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeIfRedis, loginUser, registerUser, startNode, TEST_DATABASE_URL, useNode, type TestNode, type TestUser } from "./helpers.js";

const ME = `{ me { id } }`;
const raw = (id: string) => decodeGlobalID(id).id;
/** Whether the credentials still authenticate on `node` (a GraphQL `me` and a legacy route). */
async function works(node: TestNode, headers: Record<string, string>) {
  const res = await node.gql(ME, {}, headers);
  return Boolean(res.data?.me?.id);
}

describe("session routes", () => {
  const { node, admin } = useNode({ admin: true, env: { AUTH_CACHE_SECONDS: "300" } });
  let user: TestUser;
  beforeAll(async () => {
    user = await registerUser(node);
  });
  const api = (method: string, path: string, headers: Record<string, string> = admin) => node.http(method, `/api/v1${path}`, { headers });

  it("are admin only", async () => {
    for (const [m, p] of [["GET", "/sessions"], ["GET", "/sessions/00000000-0000-0000-0000-000000000000"], ["DELETE", "/sessions"], ["DELETE", "/sessions/00000000-0000-0000-0000-000000000000"]]) {
      expect((await api(m, p, {})).status, `${m} ${p}`).toBe(401);
      const other = await api(m, p, user.auth);
      expect(other.status, `${m} ${p}`).toBe(403);
      expect(other.body.error).toMatchObject({ code: "FORBIDDEN", request_id: expect.any(String) });
    }
  });

  it("list, get and invalidate one session; its token and cookie stop working at once", async () => {
    const a = await loginUser(node, user.email, user.password);
    const b = await loginUser(node, user.email, user.password);
    expect(await works(node, { authorization: `Bearer ${a.token}` })).toBe(true);
    expect(await works(node, { cookie: a.cookie! })).toBe(true);

    const list = await api("GET", `/sessions?active=true&user_id=${raw(user.id)}&sort=created&order=asc&limit=1`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    expect(list.body.pagination).toEqual({ page: 1, limit: 1, total: 2, pages: 2, has_next: true, has_prev: false });
    expect(list.body.sessions[0]).toMatchObject({ id: raw(a.sessionId), user_id: raw(user.id), active: true, created: expect.any(String), last_accessed: expect.any(String) });
    const page2 = await api("GET", `/sessions?active=true&user_id=${raw(user.id)}&sort=created&order=asc&limit=1&page=2`);
    expect(page2.body.sessions[0].id).toBe(raw(b.sessionId));
    const bad = await api("GET", "/sessions?sort=token&active=maybe&limit=1000");
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(["limit", "sort", "active"]);

    const one = await api("GET", `/sessions/${raw(a.sessionId)}`);
    expect(one.body).toMatchObject({ id: raw(a.sessionId), active: true, data: { user_id: raw(user.id), ip: "127.0.0.1" } });
    expect((await api("GET", "/sessions/00000000-0000-0000-0000-000000000000")).status).toBe(404);
    expect((await api("GET", "/sessions/nope")).status).toBe(422);

    expect((await api("DELETE", `/sessions/${raw(a.sessionId)}`)).status).toBe(204);
    expect(await works(node, { authorization: `Bearer ${a.token}` })).toBe(false);
    expect(await works(node, { cookie: a.cookie! })).toBe(false);
    expect(await works(node, { authorization: `Bearer ${b.token}` })).toBe(true);
    expect((await api("GET", `/sessions/${raw(a.sessionId)}`)).body).toMatchObject({ active: false, revoked_at: expect.any(String) });
    expect((await api("DELETE", "/sessions/00000000-0000-0000-0000-000000000000")).status).toBe(404);
    const ended = await api("GET", `/sessions?active=false&user_id=${raw(user.id)}`);
    expect(ended.body.sessions.map((s: { id: string }) => s.id)).toEqual([raw(a.sessionId)]);
  });

  it("clear all ends every session but the caller's own (also over GraphQL)", async () => {
    const c = await loginUser(node, user.email, user.password);
    const cleared = await api("DELETE", "/sessions");
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ success: true, cleared: expect.any(Number) });
    expect(cleared.body.cleared).toBeGreaterThanOrEqual(2);
    expect(await works(node, { authorization: `Bearer ${c.token}` })).toBe(false);
    expect(await works(node, admin)).toBe(true);
    const gql = await node.gql(`{ allLoginSessions(first: 5, active: true) { totalCount edges { node { user { id } } } } }`, {}, admin);
    expect(gql.data.allLoginSessions.totalCount).toBe(1);
  });
});

const describeCluster = TEST_DATABASE_URL ? describeIfRedis : describe.skip;

describeCluster("session invalidation across nodes", () => {
  let a: TestNode;
  let b: TestNode;
  beforeAll(async () => {
    a = await startNode({ redis: true });
    // Node b caches principals for 5 minutes: only the revocation message can end them.
    b = await startNode({ redis: true, databaseUrl: a.databaseUrl, redisPrefix: a.redisPrefix, env: { AUTH_CACHE_SECONDS: "300" } });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("an invalidated session stops working on the other node at once", async () => {
    const { token: adminToken } = await loginUser(a, "admin@local", "admin-password-1");
    const user = await registerUser(a);
    const s = await loginUser(a, user.email, user.password);
    expect(await works(b, { authorization: `Bearer ${s.token}` })).toBe(true);
    expect(await works(b, { cookie: s.cookie! })).toBe(true);
    const res = await a.http("DELETE", `/api/v1/sessions/${raw(s.sessionId)}`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(res.status).toBe(204);
    // The message travels through Redis: wait for it, not for a fixed time.
    const deadline = Date.now() + 5_000;
    while ((await works(b, { authorization: `Bearer ${s.token}` })) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await works(b, { authorization: `Bearer ${s.token}` })).toBe(false);
    expect(await works(b, { cookie: s.cookie! })).toBe(false);
  });
});
