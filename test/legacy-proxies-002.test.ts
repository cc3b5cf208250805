// Seed 002 (proxy pool) proxy-domain routes over real HTTP: sources (list, create, patch,
// delete, scrape against a loopback list server), the pool query with every parameter,
// proxy detail, acquire/release, the URL test through a loopback proxy-chain proxy, and
// the caller's leases. Each route: 401 without a key, 422 for bad input, owner checks.
import http from "node:http";
import net from "node:net";
import { Server as ProxyChainServer } from "proxy-chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminAuth, registerUser, startNode, type TestNode } from "./helpers.js";
import { startSourceServer, type SourceServer } from "./proxies-source-server.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const GRANT = `mutation LegacyProxiesGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`;
const MISSING = "00000000-0000-4000-8000-000000000000";

let node: TestNode;
let lists: SourceServer;
let admin: Record<string, string>;
let target: string;
const closers: (() => Promise<void>)[] = [];
const ids: Record<string, string> = {};

beforeAll(async () => {
  node = await startNode();
  admin = await adminAuth(node);
  lists = await startSourceServer();
  const targetServer = http.createServer((_req, res) => res.end("ok"));
  await new Promise<void>((resolve) => targetServer.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => targetServer.close(() => resolve())));
  target = `http://127.0.0.1:${(targetServer.address() as net.AddressInfo).port}/`;
  const proxy = new ProxyChainServer({ port: 0, host: "127.0.0.1", verbose: false });
  await proxy.listen();
  closers.push(() => proxy.close(true));

  const now = new Date();
  const old = new Date(Date.now() - 3 * 3_600_000);
  const p = node.app.db.prisma.proxy;
  const make = async (name: string, data: Parameters<typeof p.create>[0]["data"]) => (ids[name] = (await p.create({ data })).id);
  await make("us1", { ip: "198.51.100.1", port: 8080, protocol: "HTTP", status: "ACTIVE", anonymity: "ELITE", country: "US", score: 0.9, avgLatencyMs: 100, uptimePct: 99, lastCheckedAt: now, exitIp: "198.51.100.1", tags: { provider: "dc" } });
  await make("us2", { ip: "198.51.100.2", port: 8080, protocol: "HTTP", status: "ACTIVE", anonymity: "ANONYMOUS", country: "US", score: 0.6, avgLatencyMs: 300, uptimePct: 80, lastCheckedAt: old });
  await make("de", { ip: "198.51.100.3", port: 1080, protocol: "SOCKS5", status: "ACTIVE", anonymity: "ELITE", country: "DE", score: 0.8, avgLatencyMs: 50, uptimePct: 90, lastCheckedAt: now });
  await make("dead", { ip: "198.51.100.4", port: 3128, protocol: "HTTPS", status: "DEAD", country: "FR", score: 0.1 });
  await make("live", { ip: "127.0.0.1", port: proxy.port, protocol: "HTTP", status: "ACTIVE", anonymity: "ELITE", country: "SE", score: 0.5, lastCheckedAt: now });
  await node.app.db.prisma.proxyCheck.create({ data: { proxyId: ids.us1, checkerName: "tcp_connect", stage: 1, passed: true, latencyMs: 12.5, detail: "TCP connect OK" } });
});

afterAll(async () => {
  await node?.close();
  await lists?.close();
  for (const close of closers.reverse()) await close();
});

const user = async (credits = 0) => {
  const u = await registerUser(node);
  if (credits) expect((await node.gql(GRANT, { input: { userId: u.id, amount: credits } }, admin)).data?.grantCredits.__typename).toBe("GrantCreditsPayload");
  return u;
};
const expect422 = (res: { status: number; body: any }, field?: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(422);
  expect(res.body.error.code).toBe("VALIDATION_ERROR");
  if (field) expect(JSON.stringify(res.body.error.details)).toContain(field);
};

describe("legacy seed 002 proxy routes", () => {
  it("answers 401 on every route without a key", async () => {
    const calls: [string, string][] = [
      ["GET", "/sources"],
      ["POST", "/sources"],
      ["PATCH", `/sources/${MISSING}`],
      ["DELETE", `/sources/${MISSING}`],
      ["POST", `/sources/${MISSING}/scrape`],
      ["GET", "/proxies"],
      ["GET", `/proxies/${ids.us1}`],
      ["POST", "/proxies/acquire"],
      ["POST", `/proxies/acquire/${MISSING}/release`],
      ["POST", "/proxies/test"],
      ["GET", "/account/leases"],
    ];
    for (const [method, path] of calls) {
      const body = method === "GET" || method === "DELETE" ? undefined : method === "POST" && path === "/sources" ? { url: lists.url("/plaintext"), parser_name: "plaintext" } : path === "/proxies/test" ? { url: target } : {};
      for (const headers of [{}, { authorization: "Bearer pp_" + "x".repeat(48) }] as Record<string, string>[]) {
        const res = await node.http(method, path, { body, headers });
        expect(res.status, `${method} ${path} ${JSON.stringify(headers)}`).toBe(401);
        expect(res.body.error.code).toBe("UNAUTHENTICATED");
      }
    }
  });

  it("manages sources: create, list, patch, scrape, delete; only the creator changes one", async () => {
    const owner = await user();
    const other = await user();
    const created = await node.http("POST", "/sources", { headers: owner.auth, body: { url: lists.url("/plaintext"), parser_name: "plaintext", cron_schedule: "*/15 * * * *", default_protocol: "socks5" } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(UUID),
      url: lists.url("/plaintext"),
      parser_name: "plaintext",
      cron_schedule: "*/15 * * * *",
      default_protocol: "socks5",
      is_active: true,
      last_scraped_at: null,
      created_at: expect.any(String),
    });
    const id = created.body.id;

    expect422(await node.http("POST", "/sources", { headers: owner.auth, body: { parser_name: "plaintext" } }), "url");
    expect422(await node.http("POST", "/sources", { headers: owner.auth, body: { url: lists.url("/plaintext"), parser_name: "nope" } }));
    expect422(await node.http("POST", "/sources", { headers: owner.auth, body: { url: lists.url("/plaintext"), default_protocol: "ftp" } }), "default_protocol");
    expect422(await node.http("GET", "/sources?is_active=maybe", { headers: owner.auth }), "is_active");
    expect422(await node.http("GET", "/sources?limit=500", { headers: owner.auth }), "limit");

    const list = await node.http("GET", "/sources?is_active=true&limit=1", { headers: other.auth });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ items: [{ id }], total_count: 1, next_cursor: null });

    expect((await node.http("PATCH", `/sources/${id}`, { headers: other.auth, body: { is_active: false } })).status).toBe(403);
    expect422(await node.http("PATCH", `/sources/${id}`, { headers: owner.auth, body: { is_active: "no" } }), "is_active");
    expect422(await node.http("PATCH", "/sources/not-a-uuid", { headers: owner.auth, body: {} }), "source_id");
    expect((await node.http("PATCH", `/sources/${MISSING}`, { headers: owner.auth, body: { is_active: false } })).status).toBe(404);
    const patched = await node.http("PATCH", `/sources/${id}`, { headers: owner.auth, body: { is_active: false, default_protocol: "http" } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id, is_active: false, default_protocol: "http", cron_schedule: "*/15 * * * *" });
    expect((await node.http("GET", "/sources?is_active=true", { headers: owner.auth })).body.total_count).toBe(0);

    // Anyone may trigger a scrape (shared pool).
    const scraped = await node.http("POST", `/sources/${id}/scrape`, { headers: other.auth });
    expect(scraped.status).toBe(200);
    expect(scraped.body).toEqual({ source_id: id, proxies_discovered: 3, proxies_new: 3, proxies_updated: 0, duration_ms: expect.any(Number), error: null });
    expect((await node.http("POST", `/sources/${MISSING}/scrape`, { headers: other.auth })).status).toBe(404);
    expect422(await node.http("POST", "/sources/123/scrape", { headers: other.auth }), "source_id");

    expect((await node.http("DELETE", `/sources/${id}`, { headers: other.auth })).status).toBe(403);
    expect422(await node.http("DELETE", "/sources/xyz", { headers: owner.auth }), "source_id");
    expect((await node.http("DELETE", `/sources/${id}`, { headers: owner.auth })).status).toBe(204);
    expect((await node.http("DELETE", `/sources/${id}`, { headers: owner.auth })).status).toBe(404);
  });

  it("queries the pool with every filter, sort and cursor", async () => {
    const u = await user();
    const get = (qs: string) => node.http("GET", `/proxies?${qs}`, { headers: u.auth });
    const ipsOf = (res: { body: any }) => res.body.items.map((p: { ip: string }) => p.ip);

    const us = await get("country=us&status=active&protocol=http");
    expect(us.status).toBe(200);
    expect(ipsOf(us)).toEqual(["198.51.100.1", "198.51.100.2"]);
    expect(us.body.items[0]).toEqual({
      id: ids.us1,
      ip: "198.51.100.1",
      port: 8080,
      protocol: "http",
      status: "active",
      anonymity: "elite",
      exit_ip: "198.51.100.1",
      country: "US",
      score: 0.9,
      avg_latency_ms: 100,
      uptime_pct: 99,
      last_checked_at: expect.any(String),
      first_seen_at: expect.any(String),
      tags: { provider: "dc" },
    });
    expect(ipsOf(await get("anonymity=elite&country=US"))).toEqual(["198.51.100.1"]);
    expect(ipsOf(await get("status=dead"))).toEqual(["198.51.100.4"]);
    expect(ipsOf(await get("min_score=0.7"))).toEqual(["198.51.100.1", "198.51.100.3"]);
    expect(ipsOf(await get("max_latency_ms=150&sort=latency"))).toEqual(["198.51.100.3", "198.51.100.1"]);
    expect(ipsOf(await get("min_uptime_pct=85&sort=uptime&order=asc"))).toEqual(["198.51.100.3", "198.51.100.1"]);
    expect(ipsOf(await get("verified_within_minutes=60&country=US"))).toEqual(["198.51.100.1"]);
    expect(ipsOf(await get("sort=last_checked&country=US"))).toEqual(["198.51.100.1", "198.51.100.2"]);
    expect(ipsOf(await get("sort=score&order=asc&status=active"))).toEqual(["127.0.0.1", "198.51.100.2", "198.51.100.3", "198.51.100.1"]);

    const first = await get("status=active&limit=2");
    expect(first.body).toMatchObject({ total_count: 4, next_cursor: expect.any(String) });
    const second = await get(`status=active&limit=2&cursor=${encodeURIComponent(first.body.next_cursor)}`);
    expect([...ipsOf(first), ...ipsOf(second)]).toEqual(["198.51.100.1", "198.51.100.3", "198.51.100.2", "127.0.0.1"]);
    expect(second.body.next_cursor).toBeNull();

    for (const [qs, field] of [
      ["status=alive", "status"],
      ["protocol=ftp", "protocol"],
      ["anonymity=high", "anonymity"],
      ["country=USA", "country"],
      ["min_score=2", "min_score"],
      ["max_latency_ms=-1", "max_latency_ms"],
      ["min_uptime_pct=abc", "min_uptime_pct"],
      ["verified_within_minutes=0", "verified_within_minutes"],
      ["sort=speed", "sort"],
      ["order=up", "order"],
      ["limit=201", "limit"],
      ["cursor=bogus", "cursor"],
    ]) {
      expect422(await get(qs!), field);
    }
  });

  it("shows one proxy with its recent checks", async () => {
    const u = await user();
    const res = await node.http("GET", `/proxies/${ids.us1}`, { headers: u.auth });
    expect(res.status).toBe(200);
    expect(res.body.proxy).toMatchObject({ id: ids.us1, ip: "198.51.100.1", protocol: "http" });
    expect(res.body.recent_checks).toEqual([
      { checker_name: "tcp_connect", stage: 1, passed: true, latency_ms: 12.5, detail: "TCP connect OK", created_at: expect.any(String) },
    ]);
    const missing = await node.http("GET", `/proxies/${MISSING}`, { headers: u.auth });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("NOT_FOUND");
    expect422(await node.http("GET", "/proxies/42", { headers: u.auth }), "proxy_id");
  });

  it("acquires and releases leases with the documented errors", async () => {
    const broke = await user(0);
    const holder = await user(3);
    const other = await user(3);
    expect((await node.http("POST", "/proxies/acquire", { headers: broke.auth, body: {} })).status).toBe(402);
    expect422(await node.http("POST", "/proxies/acquire", { headers: holder.auth, body: { lease_duration_seconds: 3601 } }), "lease_duration_seconds");
    expect422(await node.http("POST", "/proxies/acquire", { headers: holder.auth, body: { protocol: "gopher", min_score: "high" } }), "min_score");
    expect((await node.http("POST", "/proxies/acquire", { headers: holder.auth, body: { country: "JP" } })).status).toBe(404);

    const got = await node.http("POST", "/proxies/acquire", { headers: holder.auth, body: { protocol: "socks5", country: "de", anonymity: "elite", min_score: 0.7, lease_duration_seconds: 60 } });
    expect(got.status).toBe(200);
    expect(got.body).toEqual({
      lease_id: expect.stringMatching(UUID),
      proxy: { ip: "198.51.100.3", port: 1080, protocol: "socks5", country: "DE", anonymity: "elite" },
      expires_at: expect.any(String),
      credits_remaining: 2,
    });
    expect((await node.http("POST", "/proxies/acquire", { headers: other.auth, body: { country: "DE" } })).status).toBe(409);

    const mine = await node.http("GET", "/account/leases", { headers: holder.auth });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ total_count: 1, next_cursor: null, items: [{ lease_id: got.body.lease_id, is_active: true, released_at: null, proxy: { ip: "198.51.100.3", protocol: "socks5" } }] });
    expect((await node.http("GET", "/account/leases", { headers: other.auth })).body).toMatchObject({ items: [], total_count: 0 });
    expect422(await node.http("GET", "/account/leases?limit=0", { headers: holder.auth }), "limit");

    const path = `/proxies/acquire/${got.body.lease_id}/release`;
    expect((await node.http("POST", path, { headers: other.auth })).status).toBe(404); // another's lease is not found
    expect422(await node.http("POST", "/proxies/acquire/nope/release", { headers: holder.auth }), "lease_id");
    const released = await node.http("POST", path, { headers: holder.auth });
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ lease_id: got.body.lease_id, is_active: false, released_at: expect.any(String), proxy: { id: ids.de } });
    expect((await node.http("POST", path, { headers: holder.auth })).status).toBe(409);
    expect((await node.http("GET", "/account/leases", { headers: holder.auth })).body.total_count).toBe(0);
  });

  it("tests a URL through good proxies", async () => {
    const u = await user();
    const res = await node.http("POST", "/proxies/test", { headers: u.auth, body: { url: target, count: 5, timeout_seconds: 5, country: "SE" } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      url: target,
      results: [{ proxy_id: ids.live, ip: "127.0.0.1", port: expect.any(Number), reachable: true, status_code: 200, latency_ms: expect.any(Number), error: null }],
      success_rate: 1,
    });
    expect422(await node.http("POST", "/proxies/test", { headers: u.auth, body: {} }), "url");
    expect422(await node.http("POST", "/proxies/test", { headers: u.auth, body: { url: target, count: 51 } }), "count");
    expect422(await node.http("POST", "/proxies/test", { headers: u.auth, body: { url: target, timeout_seconds: "10" } }), "timeout_seconds");
    expect422(await node.http("POST", "/proxies/test", { headers: u.auth, body: { url: "http://169.254.169.254/latest/meta-data/" } }), "url");
  });
});
