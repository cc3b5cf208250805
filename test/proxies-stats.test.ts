// Pool stats and the plugin registry over GraphQL and seed 002's /stats routes: counts by
// status/protocol/anonymity, averages, source counts, last scrape/validation times, the
// registered parsers/checkers and configured notifiers; unauthenticated callers refused.
import { beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { adminAuth, registerUser, startNode, type TestUser, useNode } from "./helpers.js";

const STATS = graphql(`query ProxiesStatsTestPool { poolStats { totalProxies avgScore avgLatencyMs sourcesActive sourcesTotal lastScrapeAt lastValidationAt
  byStatus { active dead unchecked } byProtocol { http https socks4 socks5 } byAnonymity { transparent anonymous elite } } }`);
const PLUGINS = graphql(`query ProxiesStatsTestPlugins { plugins { parsers { name type } checkers { name stage priority } notifiers { name kind healthy isActive subscribesTo } } }`);

describe("pool stats and plugins", () => {
  const { node } = useNode();
  let user: TestUser;
  const scraped = new Date("2026-01-15T10:30:00.000Z");
  const checked = new Date("2026-01-15T10:25:00.000Z");

  beforeAll(async () => {
    user = await registerUser(node);
    const prisma = node.app.db.prisma;
    await prisma.proxy.createMany({
      data: [
        { ip: "198.51.100.1", port: 80, protocol: "HTTP", status: "ACTIVE", anonymity: "ELITE", score: 0.9, avgLatencyMs: 100, lastCheckedAt: checked },
        { ip: "198.51.100.2", port: 80, protocol: "HTTP", status: "ACTIVE", anonymity: "ANONYMOUS", score: 0.7, avgLatencyMs: 300, lastCheckedAt: new Date(+checked - 60_000) },
        { ip: "198.51.100.3", port: 1080, protocol: "SOCKS5", status: "DEAD", anonymity: "TRANSPARENT", score: 0.2 },
        { ip: "198.51.100.4", port: 3128, protocol: "HTTPS", status: "UNCHECKED", score: 0 },
      ],
    });
    await prisma.source.createMany({
      data: [
        { url: "http://127.0.0.1:1/a.txt", parserName: "plaintext", cronSchedule: "*/5 * * * *", lastScrapedAt: scraped },
        { url: "http://127.0.0.1:1/b.txt", parserName: "plaintext", cronSchedule: "*/5 * * * *", isActive: false, lastScrapedAt: new Date(+scraped - 3600_000) },
        { url: "http://127.0.0.1:1/c.txt", parserName: "csv", cronSchedule: "*/5 * * * *" },
      ],
    });
    await prisma.notifier.create({ data: { kind: "webhook", name: "hook", config: { url: "http://127.0.0.1:1/", secret: "0123456789abcdef" }, events: ["*"], lastError: "HTTP 500" } });
    await prisma.notifier.create({ data: { kind: "smtp", name: "mail", config: {}, events: ["proxy.pool_low", "credits.*"] } });
  });

  it("computes pool stats in GraphQL", async () => {
    const res = await node.gql(STATS, {}, user.auth);
    expect(res.errors).toBeUndefined();
    const s = res.data!.poolStats;
    expect(s.totalProxies).toBe(4);
    expect(s.byStatus).toEqual({ active: 2, dead: 1, unchecked: 1 });
    expect(s.byProtocol).toEqual({ http: 2, https: 1, socks4: 0, socks5: 1 });
    expect(s.byAnonymity).toEqual({ transparent: 1, anonymous: 1, elite: 1 });
    expect(s.avgScore).toBeCloseTo(0.45, 6);
    expect(s.avgLatencyMs).toBeCloseTo(200, 6);
    expect([s.sourcesActive, s.sourcesTotal]).toEqual([2, 3]);
    expect(new Date(s.lastScrapeAt!).toISOString()).toBe(scraped.toISOString());
    expect(new Date(s.lastValidationAt!).toISOString()).toBe(checked.toISOString());
  });

  it("lists plugins: parsers, checkers in run order, notifiers with health", async () => {
    const res = await node.gql(PLUGINS, {}, user.auth);
    expect(res.errors).toBeUndefined();
    const p = res.data!.plugins;
    expect(p.parsers.map((x) => x.name)).toEqual(["plaintext", "url", "csv", "json"]);
    expect(p.parsers.every((x) => x.type === "SourceParser")).toBe(true);
    expect(p.checkers.map((c) => [c.name, c.stage])).toEqual([["tcp_connect", 1], ["http_anonymity", 2]]);
    expect(p.notifiers).toEqual([
      { name: "hook", kind: "webhook", healthy: false, isActive: true, subscribesTo: ["*"] },
      { name: "mail", kind: "smtp", healthy: true, isActive: true, subscribesTo: ["proxy.pool_low", "credits.*"] },
    ]);
  });

  it("refuses unauthenticated callers", async () => {
    for (const res of [await node.gql(STATS, {}), await node.gql(PLUGINS, {})]) {
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect((await node.http("GET", "/stats/pool")).status).toBe(401);
    expect((await node.http("GET", "/stats/plugins", { headers: { "x-api-key": "pp_" + "x".repeat(48) } })).status).toBe(401);
  });

  it("serves seed 002's GET /stats/pool", async () => {
    const res = await node.http("GET", "/stats/pool", { headers: { "x-api-key": user.key } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      total_proxies: 4,
      by_status: { active: 2, dead: 1, unchecked: 1 },
      by_protocol: { http: 2, https: 1, socks4: 0, socks5: 1 },
      by_anonymity: { transparent: 1, anonymous: 1, elite: 1 },
      avg_latency_ms: 200,
      sources_active: 2,
      sources_total: 3,
    });
    expect(res.body.avg_score).toBeCloseTo(0.45, 6);
    expect(new Date(res.body.last_scrape_at).toISOString()).toBe(scraped.toISOString());
    expect(new Date(res.body.last_validation_at).toISOString()).toBe(checked.toISOString());
  });

  it("serves seed 002's GET /stats/plugins", async () => {
    const res = await node.http("GET", "/stats/plugins", { headers: { "x-api-key": user.key } });
    expect(res.status).toBe(200);
    expect(res.body.parsers[0]).toEqual({ name: "plaintext", type: "SourceParser" });
    expect(res.body.checkers).toEqual([
      { name: "tcp_connect", stage: 1, priority: 0 },
      { name: "http_anonymity", stage: 2, priority: 0 },
    ]);
    expect(res.body.notifiers).toEqual([
      { name: "hook", kind: "webhook", healthy: false, subscribes_to: ["*"] },
      { name: "mail", kind: "smtp", healthy: true, subscribes_to: ["proxy.pool_low", "credits.*"] },
    ]);
  });

  it("answers zeros and nulls for an empty pool", async () => {
    const empty = await startNode();
    try {
      const admin = await adminAuth(empty);
      const s = (await empty.gql(STATS, {}, admin)).data!.poolStats;
      expect(s).toMatchObject({ totalProxies: 0, avgScore: null, avgLatencyMs: null, sourcesTotal: 0, lastScrapeAt: null, lastValidationAt: null });
      expect(s.byStatus).toEqual({ active: 0, dead: 0, unchecked: 0 });
    } finally {
      await empty.close();
    }
  });
});
