// The `proxies` connection over HTTP: every filter and sort of seed 002, best-first
// defaults, cursor pagination that survives NULLs, totalCount, bad input, auth, and the
// proxy node with its recent checks (credentials for admins only).
import { beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import type { ProxiesQueryTestListQuery, ProxiesQueryTestListQueryVariables, ProxyFilter, ProxyOrder } from "../src/generated/graphql/graphql.js";
import { adminAuth, ofType, registerUser, useNode } from "./helpers.js";

const PROXIES = graphql(`query ProxiesQueryTestList($first: Int, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {
  proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id ip port protocol status anonymity exitIp country score avgLatencyMs uptimePct lastCheckedAt firstSeenAt tags } } } }`);
const NODE = graphql(`query ProxiesQueryTestNode($id: ID!, $first: Int!) { node(id: $id) { __typename ... on Proxy {
  ip username password hasCredentials recentChecks(first: $first) { checkerName stage passed latencyMs detail createdAt } } } }`);

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

// ip suffix -> row; the expectations below are derived from this table.
const ROWS = [
  { ip: "203.0.113.1", protocol: "HTTP", status: "ACTIVE", anonymity: "ELITE", country: "US", score: 0.9, avgLatencyMs: 120, uptimePct: 99, lastCheckedAt: ago(2) },
  { ip: "203.0.113.2", protocol: "HTTPS", status: "ACTIVE", anonymity: "ANONYMOUS", country: "DE", score: 0.7, avgLatencyMs: 300, uptimePct: 90, lastCheckedAt: ago(30) },
  { ip: "203.0.113.3", protocol: "SOCKS5", status: "ACTIVE", anonymity: "ELITE", country: "US", score: 0.8, avgLatencyMs: 80, uptimePct: 95, lastCheckedAt: ago(5) },
  { ip: "203.0.113.4", protocol: "SOCKS4", status: "DEAD", anonymity: "TRANSPARENT", country: "FR", score: 0.1, avgLatencyMs: 2000, uptimePct: 10, lastCheckedAt: ago(120) },
  { ip: "203.0.113.5", protocol: "HTTP", status: "UNCHECKED", anonymity: null, country: null, score: 0, avgLatencyMs: null, uptimePct: null, lastCheckedAt: null },
  { ip: "203.0.113.6", protocol: "HTTP", status: "ACTIVE", anonymity: "TRANSPARENT", country: "US", score: 0.5, avgLatencyMs: 500, uptimePct: 70, lastCheckedAt: ago(1) },
] as const;

describe("proxies connection", () => {
  const { node } = useNode();
  let user: Awaited<ReturnType<typeof registerUser>>;
  let ids: Record<string, string>;
  beforeAll(async () => {
    user = await registerUser(node);
    const prisma = node.app.db.prisma;
    await prisma.proxy.createMany({
      data: ROWS.map((r, i) => ({ ...r, port: 8000 + i, exitIp: r.ip, tags: { n: i }, username: i === 0 ? "scott" : null, password: i === 0 ? "tiger" : null })),
    });
    const rows = await prisma.proxy.findMany();
    ids = Object.fromEntries(rows.map((r) => [r.ip, r.id]));
    await prisma.proxyCheck.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        proxyId: ids["203.0.113.1"],
        checkerName: i % 2 ? "http_anonymity" : "tcp_connect",
        stage: (i % 2) + 1,
        passed: i !== 24,
        latencyMs: 100 + i,
        detail: `check ${i}`,
        createdAt: new Date(Date.now() - (25 - i) * 1000),
      })),
    });
  });

  const list = async (vars: ProxiesQueryTestListQueryVariables, auth = user.auth) => {
    const res = await node.gql(PROXIES, vars, auth);
    expect(res.errors).toBeUndefined();
    return res.data!.proxies;
  };
  const ips = (c: ProxiesQueryTestListQuery["proxies"]) => c.edges.map((e) => e.node.ip.split(".")[3]).join(",");

  it("lists the seed's proxy fields, best score first by default", async () => {
    const all = await list({});
    expect(all.totalCount).toBe(6);
    expect(ips(all)).toBe("1,3,2,6,4,5");
    expect(all.edges[0].node).toMatchObject({
      ip: "203.0.113.1", port: 8000, protocol: "HTTP", status: "ACTIVE", anonymity: "ELITE", exitIp: "203.0.113.1",
      country: "US", score: 0.9, avgLatencyMs: 120, uptimePct: 99, tags: { n: 0 },
    });
    expect(typeof all.edges[0].node.lastCheckedAt).toBe("string");
    expect(typeof all.edges[0].node.firstSeenAt).toBe("string");
  });

  it("applies every filter, alone and combined, with totalCount", async () => {
    const cases: [ProxyFilter, string][] = [
      [{ status: "ACTIVE" }, "1,3,2,6"],
      [{ protocol: "HTTP" }, "1,6,5"],
      [{ anonymity: "ELITE" }, "1,3"],
      [{ country: "us" }, "1,3,6"],
      [{ minScore: 0.75 }, "1,3"],
      [{ maxLatencyMs: 300 }, "1,3,2"],
      [{ minUptimePct: 95 }, "1,3"],
      [{ verifiedWithinMinutes: 10 }, "1,3,6"],
      [{ status: "ACTIVE", country: "US", maxLatencyMs: 200 }, "1,3"],
      [{ country: "JP" }, ""],
    ];
    for (const [filter, expected] of cases) {
      const page = await list({ filter });
      expect(ips(page), JSON.stringify(filter)).toBe(expected);
      expect(page.totalCount).toBe(expected ? expected.split(",").length : 0);
    }
  });

  it("sorts by each field, best first by default, either direction, unknown values last", async () => {
    expect(ips(await list({ orderBy: { field: "LATENCY" } }))).toBe("3,1,2,6,4,5");
    expect(ips(await list({ orderBy: { field: "LATENCY", direction: "DESC" } }))).toBe("4,6,2,1,3,5");
    expect(ips(await list({ orderBy: { field: "UPTIME" } }))).toBe("1,3,2,6,4,5");
    expect(ips(await list({ orderBy: { field: "LAST_CHECKED" } }))).toBe("6,1,3,2,4,5");
    expect(ips(await list({ orderBy: { field: "LAST_CHECKED", direction: "ASC" } }))).toBe("4,2,3,1,6,5");
    expect(ips(await list({ orderBy: { field: "SCORE", direction: "ASC" } }))).toBe("5,4,6,2,3,1");
  });

  it("pages with cursors through every order, NULL rows included", async () => {
    const orders: ProxyOrder[] = [{ field: "SCORE" }, { field: "LATENCY" }, { field: "UPTIME", direction: "ASC" }, { field: "LAST_CHECKED" }];
    for (const orderBy of orders) {
      const whole = ips(await list({ orderBy }));
      const seen: string[] = [];
      let after: string | null | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await list({ orderBy, first: 2, after });
        expect(page.totalCount).toBe(6);
        seen.push(ips(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen.join(","), JSON.stringify(orderBy)).toBe(whole);
    }
  });

  it("rejects bad input with VALIDATION_ERROR", async () => {
    for (const filter of [{ country: "USA" }, { country: "1X" }, { minScore: 1.5 }, { minScore: -0.1 }, { maxLatencyMs: -1 }, { minUptimePct: 101 }, { verifiedWithinMinutes: 0 }]) {
      const res = await node.gql(PROXIES, { filter }, user.auth);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe("VALIDATION_ERROR");
    }
    const negative = await node.gql(PROXIES, { first: -1 }, user.auth);
    expect(negative.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");
    const enumBad = await node.gql(PROXIES, { filter: { status: "ALIVE" as never } }, user.auth);
    expect(enumBad.errors?.[0]).toBeDefined();
  });

  it("requires authentication, and node lookups hide proxies from anonymous callers", async () => {
    const anon = await node.gql(PROXIES, {});
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const byNode = await node.gql(NODE, { id: gid("Proxy", ids["203.0.113.1"]), first: 1 });
    expect(byNode.data?.node ?? null).toBeNull();
  });

  it("shows recent checks newest first, and credentials only to admins", async () => {
    const id = gid("Proxy", ids["203.0.113.1"]);
    const mine = await node.gql(NODE, { id, first: 20 }, user.auth);
    const p = ofType(mine.data?.node, "Proxy");
    expect(p).toMatchObject({ ip: "203.0.113.1", username: null, password: null, hasCredentials: true });
    expect(p.recentChecks).toHaveLength(20);
    expect(p.recentChecks[0]).toMatchObject({ checkerName: "tcp_connect", stage: 1, passed: false, latencyMs: 124, detail: "check 24" });
    expect(p.recentChecks[1].detail).toBe("check 23");
    const three = await node.gql(NODE, { id, first: 3 }, user.auth);
    expect(ofType(three.data?.node, "Proxy").recentChecks).toHaveLength(3);
    const tooMany = await node.gql(NODE, { id, first: 1000 }, user.auth);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");

    const admin = await node.gql(NODE, { id, first: 1 }, await adminAuth(node));
    expect(admin.data?.node).toMatchObject({ username: "scott", password: "tiger" });
  });
});
