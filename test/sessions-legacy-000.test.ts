// Seed 000 (automation sessions) over real HTTP: register, list, end, events, stats, IP
// status; X-API-Key auth (401 missing, 403 invalid), 404, 409, 422 naming the field, 429
// with Retry-After; another user can neither see, end nor log on a session.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { registerUser, useNode, type TestUser } from "./helpers.js";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("seed 000 sessions routes", () => {
  const { node, admin } = useNode({ admin: true, env: { SESSIONS_REGISTER_PER_MINUTE: "40" } });
  let u: TestUser;
  let other: TestUser;
  const key = (t: TestUser) => ({ "x-api-key": t.key });
  beforeAll(async () => {
    u = await registerUser(node);
    other = await registerUser(node);
    await node.app.db.prisma.proxy.create({ data: { ip: "198.51.100.7", port: 8080, protocol: "HTTP", status: "ACTIVE", score: 0.5 } });
  });

  const expect422 = (res: { status: number; body: any }, field: string) => {
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(typeof res.body.detail).toBe("string");
    expect(res.body.detail).toContain(field);
  };

  it("answers 401 without a key and 403 with an invalid one, in seed 000's envelope", async () => {
    // Valid bodies: input is checked before credentials, as on every legacy route.
    const bodies: Record<string, unknown> = {
      "/api/sessions/register": {},
      "/api/sessions/end": { session_id: randomUUID(), success: true },
      "/api/events": { session_id: randomUUID(), event_type: "click" },
    };
    for (const [method, path] of [["GET", "/api/sessions"], ["POST", "/api/sessions/register"], ["POST", "/api/sessions/end"], ["GET", "/api/events"], ["POST", "/api/events"], ["GET", "/api/stats"], ["GET", "/api/ip/status"], ["GET", "/api/sessions/export"], ["GET", "/api/events/export"]]) {
      const missing = await node.http(method, path, method === "POST" ? { body: bodies[path] } : {});
      expect(missing.status, `${method} ${path}`).toBe(401);
      expect(missing.body).toEqual({ detail: expect.any(String) });
      const invalid = await node.http(method, path, { headers: { "x-api-key": `pp_${"x".repeat(48)}` }, ...(method === "POST" ? { body: bodies[path] } : {}) });
      expect(invalid.status, `${method} ${path}`).toBe(403);
      expect(invalid.body).toEqual({ detail: expect.any(String) });
    }
    const health = await node.http("GET", "/api/health");
    expect(health.body).toMatchObject({ status: "healthy", auth_enabled: true });
  });

  it("runs the whole flow: register, list, log events, end, stats, IP status", async () => {
    const id = randomUUID();
    const reg = await node.http("POST", "/api/sessions/register", {
      headers: key(u),
      body: { session_id: id, profile_id: "profile_1", device: "desktop", target_url: "https://Example.com/a", proxy: "198.51.100.7:8080", country: "us" },
    });
    expect(reg.status, reg.text).toBe(201);
    expect(reg.body).toMatchObject({ session_id: id, profile_id: "profile_1", device: "desktop", target_url: "https://Example.com/a", proxy: "198.51.100.7:8080", country: "US", status: "active", success: null, ended_at: null });
    // Generated id when none is given.
    const gen = await node.http("POST", "/api/sessions/register", { headers: key(u), body: { proxy: "203.0.113.9:3128", target_url: "https://example.org/" } });
    expect(gen.body.session_id).toMatch(UUID_RE);
    // An existing id is a conflict.
    expect((await node.http("POST", "/api/sessions/register", { headers: key(u), body: { session_id: id } })).status).toBe(409);

    const ev = await node.http("POST", "/api/events", { headers: key(u), body: { session_id: id, event_type: "navigation", details: { url: "https://example.com", latency_ms: 120 } } });
    expect(ev.status, ev.text).toBe(201);
    expect(ev.body).toMatchObject({ session_id: id, event_type: "navigation", details: { url: "https://example.com", latency_ms: 120 } });
    await node.http("POST", "/api/events", { headers: key(u), body: { session_id: id, event_type: "CLICK" } });
    const events = await node.http("GET", `/api/events?session_id=${id}&per_page=1&page=2`, { headers: key(u) });
    expect(events.body).toMatchObject({ total: 2, page: 2, per_page: 1 });
    expect(events.body.events).toHaveLength(1);
    expect(events.body.events[0].event_type).toBe("navigation");
    const clicks = await node.http("GET", `/api/events?event_type=click`, { headers: key(u) });
    expect(clicks.body.total).toBe(1);

    const list = await node.http("GET", "/api/sessions?status=active&country=US", { headers: key(u) });
    expect(list.body).toMatchObject({ total: 1, page: 1, per_page: 20 });
    expect(list.body.sessions[0].session_id).toBe(id);

    const end = await node.http("POST", "/api/sessions/end", { headers: key(u), body: { session_id: id, success: true, duration: 15.5, error: null } });
    expect(end.status, end.text).toBe(200);
    expect(end.body).toMatchObject({ session_id: id, status: "completed", success: true, duration: 15.5 });
    expect(end.body.ended_at).toBeTruthy();
    const again = await node.http("POST", "/api/sessions/end", { headers: key(u), body: { session_id: id, success: true } });
    expect(again.status).toBe(409);
    const failed = await node.http("POST", "/api/sessions/end", { headers: key(u), body: { session_id: gen.body.session_id, success: false, duration: 2, error: "timeout, \"hard\"" } });
    expect(failed.body).toMatchObject({ status: "failed", success: false, error: 'timeout, "hard"' });

    const stats = await node.http("GET", "/api/stats", { headers: key(u) });
    expect(stats.body).toMatchObject({ total_sessions: 2, active_sessions: 0, successful_sessions: 1, failed_sessions: 1, success_rate: 50, ip_health: { healthy: 2, flagged: 0, blacklisted: 0 } });
    expect(stats.body.proxy_stats).toEqual(expect.arrayContaining([expect.objectContaining({ proxy: "198.51.100.7:8080", sessions: 1, successful: 1, success_rate: 100 })]));
    // Another user's stats do not include them; the admin's do.
    expect((await node.http("GET", "/api/stats", { headers: key(other) })).body).toMatchObject({ total_sessions: 0, ip_health: { healthy: 0 } });
    expect((await node.http("GET", "/api/stats", { headers: admin })).body.total_sessions).toBeGreaterThanOrEqual(2);

    const ip = await node.http("GET", "/api/ip/status", { headers: key(u) });
    expect(ip.status).toBe(200);
    const row = ip.body.proxies.find((p: any) => p.proxy_id === "198.51.100.7:8080");
    // Latency: the session's 15.5 s and the event's 120 ms.
    expect(row).toMatchObject({ success_rate: 100, status: "healthy", avg_latency_ms: Math.round((15_500 + 120) / 2) });
    expect(ip.body.health).toEqual({ healthy: 2, flagged: 0, blacklisted: 0 });
    const perHost = await node.http("GET", "/api/ip/status?target_host=example.com", { headers: key(u) });
    expect(perHost.body.proxies).toEqual([expect.objectContaining({ proxy_id: "198.51.100.7:8080", target_host: "example.com" })]);
  });

  it("keeps sessions to their owner: others get 404 and see nothing", async () => {
    const id = randomUUID();
    await node.http("POST", "/api/sessions/register", { headers: key(u), body: { session_id: id } });
    expect((await node.http("POST", "/api/sessions/end", { headers: key(other), body: { session_id: id, success: true } })).status).toBe(404);
    expect((await node.http("POST", "/api/events", { headers: key(other), body: { session_id: id, event_type: "click" } })).status).toBe(404);
    expect((await node.http("GET", `/api/events?session_id=${id}`, { headers: key(other) })).body.total).toBe(0);
    expect((await node.http("GET", "/api/sessions", { headers: key(other) })).body.sessions.map((s: any) => s.session_id)).not.toContain(id);
    // Registering someone else's id is still a conflict, never a takeover.
    expect((await node.http("POST", "/api/sessions/register", { headers: key(other), body: { session_id: id } })).status).toBe(409);
    // Admins end anyone's session.
    expect((await node.http("POST", "/api/sessions/end", { headers: admin, body: { session_id: id, success: true } })).status).toBe(200);
  });

  it("answers bad input with 422 naming the field, unknown sessions with 404", async () => {
    const h = key(u);
    expect422(await node.http("POST", "/api/sessions/register", { headers: h, body: { session_id: "not-a-uuid" } }), "session_id");
    expect422(await node.http("POST", "/api/sessions/register", { headers: h, body: { proxy: "nohost" } }), "proxy");
    expect422(await node.http("POST", "/api/sessions/register", { headers: h, body: { target_url: "ftp://x" } }), "target_url");
    expect422(await node.http("POST", "/api/sessions/register", { headers: h, body: { country: "USA" } }), "country");
    expect422(await node.http("POST", "/api/sessions/register", { headers: h, body: [1, 2] }), "JSON object");
    expect422(await node.http("POST", "/api/sessions/end", { headers: h, body: { session_id: randomUUID(), success: true, duration: -1 } }), "duration");
    expect422(await node.http("POST", "/api/sessions/end", { headers: h, body: { session_id: randomUUID() } }), "success");
    expect422(await node.http("POST", "/api/sessions/end", { headers: h, body: { session_id: "x", success: true } }), "session_id");
    expect((await node.http("POST", "/api/sessions/end", { headers: h, body: { session_id: randomUUID(), success: true } })).status).toBe(404);
    expect((await node.http("POST", "/api/events", { headers: h, body: { session_id: randomUUID(), event_type: "click" } })).status).toBe(404);
    expect422(await node.http("POST", "/api/events", { headers: h, body: { session_id: randomUUID(), event_type: "dance" } }), "event_type");
    expect422(await node.http("POST", "/api/events", { headers: h, body: { session_id: randomUUID(), event_type: "click", details: "text" } }), "details");
    expect422(await node.http("POST", "/api/events", { headers: h, body: { session_id: randomUUID(), event_type: "click", details: { blob: "x".repeat(70_000) } } }), "details");
    expect422(await node.http("GET", "/api/sessions?status=sleeping", { headers: h }), "status");
    expect422(await node.http("GET", "/api/sessions?per_page=0", { headers: h }), "per_page");
    expect422(await node.http("GET", "/api/events?event_type=dance", { headers: h }), "event_type");
    expect422(await node.http("GET", "/api/events?session_id=12", { headers: h }), "session_id");
    expect422(await node.http("GET", "/api/sessions/export?status=sleeping", { headers: h }), "status");
    expect422(await node.http("GET", "/api/events/export?after=yesterday", { headers: h }), "after");
    // A lease that is not the caller's.
    expect((await node.http("POST", "/api/sessions/register", { headers: h, body: { proxy: randomUUID() } })).status).toBe(404);
  });

  it("rate-limits registration with 429 and Retry-After", async () => {
    const t = await registerUser(node);
    let last: { status: number; headers: Headers; body: any } | undefined;
    for (let i = 0; i < 41; i++) last = await node.http("POST", "/api/sessions/register", { headers: key(t), body: {} });
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.body).toEqual({ detail: expect.stringContaining("registerSession") });
  });
});
