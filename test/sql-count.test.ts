// Lists must not cost a statement per row: every list query, with the nested fields a
// client would ask for, runs the same few statements for a page of 2 as for a page of 50.
// Every list added later gets a case here.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { builder } from "../src/graphql/builder.js";
import { registerUser, type TestUser, useNode } from "./helpers.js";

const PAGE = 50;

const PROXIES = graphql(`query SqlCountProxies($first: Int!) {
  proxies(first: $first) { edges { node { id ip recentChecks { passed latencyMs } } } } }`);
const PROXIES_TOTAL = graphql(`query SqlCountProxiesTotal($first: Int!) {
  proxies(first: $first) { totalCount pageInfo { hasNextPage } edges { node { id isLeased hasCredentials recentChecks(first: 2) { passed } } } } }`);
const SOURCES = graphql(`query SqlCountSources($first: Int!) {
  sources(first: $first) { totalCount edges { node { id url canManage proxyCount
    scrapes(first: 3) { totalCount edges { node { startedAt proxiesNew } } } } } } }`);
const USERS = graphql(`query SqlCountUsers($first: Int!) {
  users(first: $first) { totalCount edges { node { id email credits apiKeyCount } } } }`);
const MY_KEYS = graphql(`query SqlCountMyKeys($first: Int!) {
  me { apiKeyCount apiKeys(first: $first, includeRevoked: true) { totalCount edges { node { id prefix isActive } } } } }`);
const MY_LEASES = graphql(`query SqlCountMyLeases($first: Int!) {
  me { leases(first: $first, activeOnly: false) { totalCount edges { node { id isActive proxy { ip recentChecks(first: 2) { passed } } } } } } }`);
const MY_SESSIONS = graphql(`query SqlCountMySessions($first: Int!) {
  me { loginSessions(first: $first, activeOnly: false) { totalCount edges { node { id current isActive } } } } }`);
const MY_TRANSACTIONS = graphql(`query SqlCountMyTransactions($first: Int!) {
  me { transactions(first: $first) { totalCount edges { node { id amount txType } } } } }`);
const PROBE_JOBS = graphql(`query SqlCountProbeJobs($first: Int!) {
  probeJobs(first: $first) { totalCount edges { node { id kind target success user { email probeJobCount } } } } }`);
const PROBE_PAGE = graphql(`query SqlCountProbePage($first: Int!) {
  probeJobPage(limit: $first, offset: 0) { total jobs { id legacyId kind parameters } } }`);
const VIRTUAL_KEYS = graphql(`query SqlCountVirtualKeys($first: Int!) {
  virtualKeys(first: $first) { totalCount edges { node { id legacyId name owner { email } spendMonthUsd budgetRemainingUsd budgetRunwayDate } } } }`);
const USAGE_EVENTS = graphql(`query SqlCountUsageEvents($first: Int!) {
  usageEvents(first: $first) { totalCount edges { node { id legacyId costUsd virtualKey { legacyId name } user { email } } } } }`);
const GRANT = graphql(`mutation SqlCountGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`);
const SET_ROLE = graphql(`mutation SqlCountSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename } }`);
const ACQUIRE = graphql(`mutation SqlCountAcquire { acquireProxy(input: { leaseDurationSeconds: 60 }) { __typename
  ... on AcquireProxyPayload { creditsRemaining lease { id } } } }`);
const RELEASE = graphql(`mutation SqlCountRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }`);
const ME = graphql(`query SqlCountMe { me { id email displayName role tier credits createdAt } }`);
const POOL_HISTORY = graphql(`query SqlCountPoolHistory($hours: Int, $points: Int) { poolHistory(hours: $hours, points: $points) { takenAt total active } }`);
const POOL_STATS = graphql(`query SqlCountPoolStats { poolStats { totalProxies byStatus { active } } }`);
const POOL_STATS_COUNTRY = graphql(`query SqlCountPoolStatsCountry { poolStats { totalProxies byStatus { active } byCountry(first: 50) { country count } } }`);
const ME_COUNT = graphql(`query SqlCountMeCount { me { id apiKeyCount } }`);
const CLUSTER_NODES = graphql(`query SqlCountClusterNodes { clusterStatus { leaderId nodes { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } } } }`);
const NOTIFIERS = graphql(`query SqlCountNotifiers { notifiers { id name config events healthy } }`);
const NOTIFIER_DELIVERIES = graphql(`query SqlCountNotifierDeliveries { notifiers { id name
  deliveries(first: 3) { totalCount edges { node { id event status attempts } } } } }`);
const VHOSTS = graphql(`query SqlCountVhosts($first: Int!) {
  vhosts(first: $first) { totalCount edges { node { id domains priority tls backend { name target health inRotation } } } } }`);
const BACKENDS = graphql(`query SqlCountBackends($first: Int!) {
  backends(first: $first, offset: 1) { totalCount edges { node { name status health inRotation uptimeSeconds vhostCount } } } }`);
const WEBHOOKS = graphql(`query SqlCountWebhooks($first: Int!) {
  webhooks(first: $first) { totalCount edges { node { id url events healthy } } } }`);
const ALL_SESSIONS = graphql(`query SqlCountAllSessions($first: Int!) {
  allLoginSessions(first: $first, sort: LAST_ACCESSED) { totalCount edges { node { id isActive user { id email } } } } }`);
const AUTOMATION_SESSIONS = graphql(`query SqlCountAutomationSessions($first: Int!) {
  automationSessions(first: $first) { totalCount edges { node { id status proxy events(first: 3) { totalCount edges { node { type details } } } } } } }`);
const SESSION_EVENTS = graphql(`query SqlCountSessionEvents($first: Int!) {
  sessionEvents(first: $first) { totalCount edges { node { id type session { id status } } } } }`);
const SESSION_PAGE = graphql(`query SqlCountSessionPage($first: Int!) {
  automationSessionPage(page: 1, perPage: $first) { total items { id status events(first: 2) { edges { node { type } } } } } }`);
const IP_HEALTH = graphql(`query SqlCountIpHealth($first: Int!) {
  ipHealth(first: $first) { totalCount edges { node { id status successRate avgLatencyMs proxy { ip recentChecks(first: 2) { passed } } } } } }`);

describe("query folding under test", () => {
  it("turns a resolver that ignores Pothos' `query` (one load per row) into an error", () => {
    expect(process.env.NODE_ENV).toBe("test");
    expect(builder.options.prisma?.onUnusedQuery).toBe("error");
  });
});

describe("statements per list query", () => {
  // A long principal cache: a slow machine must not make authentication part of the count.
  const { node, admin } = useNode({ admin: true, env: { AUTH_CACHE_SECONDS: "300" } });
  let user: TestUser;

  beforeAll(async () => {
    user = await registerUser(node);
    const prisma = node.app.db.prisma;
    const userId = (await prisma.user.findUniqueOrThrow({ where: { email: user.email } })).id;
    await prisma.proxy.createMany({
      data: Array.from({ length: PAGE }, (_, i) => ({ ip: `198.18.0.${i + 1}`, port: 3128, protocol: "HTTP" as const, status: "ACTIVE" as const, score: i / 100 })),
    });
    const proxies = await prisma.proxy.findMany({ select: { id: true } });
    await prisma.proxyCheck.createMany({
      data: proxies.flatMap((p, i) =>
        [0, 1, 2].map((n) => ({ proxyId: p.id, checkerName: "tcp_connect", stage: 1, passed: n > 0, latencyMs: 10 + i, detail: `check ${n}` })),
      ),
    });
    await prisma.source.createMany({
      data: Array.from({ length: PAGE }, (_, i) => ({ url: `http://127.0.0.1:9/list-${i}`, parserName: "plaintext", cronSchedule: "*/30 * * * *", createdById: i % 2 ? userId : null })),
    });
    const sources = await prisma.source.findMany({ select: { id: true } });
    await prisma.scrapeRun.createMany({ data: sources.flatMap((s) => [{ sourceId: s.id, created: 1 }, { sourceId: s.id, created: 2 }]) });
    await prisma.proxySource.createMany({ data: sources.map((s, i) => ({ sourceId: s.id, proxyId: proxies[i].id })) });
    await prisma.user.createMany({
      data: Array.from({ length: PAGE }, (_, i) => ({ email: `bulk${i}@example.test`, passwordHash: "x", displayName: `Bulk ${i}` })),
    });
    await prisma.apiKey.createMany({
      data: Array.from({ length: PAGE }, (_, i) => ({ userId, keyHash: `bulk-${i}`, prefix: "pp_bulk", label: `k${i}` })),
    });
    const expired = new Date(Date.now() - 60_000);
    await prisma.lease.createMany({ data: proxies.map((p) => ({ proxyId: p.id, userId, expiresAt: expired })) });
    await prisma.loginSession.createMany({
      data: Array.from({ length: PAGE }, (_, i) => ({ userId, tokenHash: `bulk-${i}`, expiresAt: expired })),
    });
    await prisma.creditTransaction.createMany({
      data: Array.from({ length: PAGE }, (_, i) => ({ userId, amount: 1, txType: "ADJUSTMENT" as const, description: `t${i}`, balanceAfter: i })),
    });
    await prisma.notifier.createMany({
      data: Array.from({ length: PAGE }, (_, i) => ({
        kind: "webhook",
        name: `bulk-${String(i).padStart(2, "0")}`,
        config: { url: "http://127.0.0.1:9/hook", secret: "bulk-secret-bulk-secret" },
        events: ["proxy.*"],
      })),
    });
    await prisma.automationSession.createMany({
      data: proxies.map((p, i) => ({ userId, proxyAddress: `198.18.0.${i + 1}:3128`, proxyId: p.id, targetHost: "example.com" })),
    });
    const automation = await prisma.automationSession.findMany({ select: { id: true } });
    await prisma.sessionEvent.createMany({ data: automation.flatMap((a) => [1, 2].map((k) => ({ sessionId: a.id, userId, type: "CLICK" as const, details: { k } }))) });
    await prisma.ipHealth.createMany({ data: proxies.map((p, i) => ({ proxyAddress: `198.18.0.${i + 1}:3128`, proxyId: p.id, successes: i })) });
    await prisma.probeJob.createMany({
      data: Array.from({ length: PAGE }, (_, i) => ({ userId, kind: "DNS" as const, target: `n${i}.example.test`, parameters: { record_type: "A" }, status: "SUCCEEDED" as const, success: true })),
    });
    // Delivered already, so the delivery job has nothing to send.
    const notifiers = await prisma.notifier.findMany({ select: { id: true } });
    await prisma.notificationDelivery.createMany({
      data: notifiers.flatMap((n) => [1, 2].map((k) => ({ notifierId: n.id, event: "proxy.pool_low", payload: { k }, status: "DELIVERED" as const, attempts: 1 }))),
    });
  });

  /**
   * The statements one request runs. A first request with the same credentials warms the
   * principal cache, so what is counted is the query's own work.
   */
  async function statementsOf<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables: TVars, auth: Record<string, string>) {
    await node.gql(doc, variables, auth);
    const recording = node.recordSql();
    const res = await node.gql(doc, variables, { ...auth, ...recording.headers });
    expect(res.errors).toBeUndefined();
    return { data: res.data!, statements: [...recording.statements] };
  }

  /** Asserts that a page of 50 costs what a page of 2 costs, and at most `max` statements. */
  async function expectFlat<TData>(
    doc: TypedDocumentNode<TData, { first: number }>,
    auth: Record<string, string>,
    rows: (data: TData) => number,
    max: number,
  ) {
    const small = await statementsOf(doc, { first: 2 }, auth);
    const large = await statementsOf(doc, { first: PAGE }, auth);
    expect(rows(small.data)).toBe(2);
    expect(rows(large.data)).toBe(PAGE);
    expect(large.statements.length, large.statements.join("\n")).toBeLessThanOrEqual(max);
    expect(large.statements).toHaveLength(small.statements.length);
  }

  it("counts the statements of the request it is told about, and only those", async () => {
    const recording = node.recordSql();
    await node.gql(PROXIES, { first: 1 }, user.auth);
    expect(recording.statements).toEqual([]); // another request id
    await node.gql(PROXIES, { first: 1 }, { ...user.auth, ...recording.headers });
    expect(recording.statements.length).toBeGreaterThan(0);
    expect(recording.statements.join("\n")).toMatch(/FROM "public"\."proxies"/);
  });

  it("counts a transaction's BEGIN and COMMIT alike on PGlite and PostgreSQL", async () => {
    const recording = node.recordSql();
    // Demoting a plain user still runs the last-admin check in a transaction.
    const res = await node.gql(SET_ROLE, { input: { userId: user.id, role: "USER" } }, { ...admin, ...recording.headers });
    expect(res.data?.setUserRole.__typename).toBe("User");
    const begin = recording.statements.indexOf("BEGIN");
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(recording.statements.indexOf("COMMIT")).toBeGreaterThan(begin);
  });

  it("grantCredits, acquireProxy and releaseLease write in one statement each, with no transaction", async () => {
    // On PGlite (one connection) a transaction would hold every other request up while it runs.
    // Warm the principal cache first, so authentication is not part of the count.
    await Promise.all([node.gql(MY_KEYS, { first: 1 }, user.auth), node.gql(MY_KEYS, { first: 1 }, admin)]);
    let recording = node.recordSql();
    const granted = await node.gql(GRANT, { input: { userId: user.id, amount: 5 } }, { ...admin, ...recording.headers });
    expect(granted.data?.grantCredits.__typename).toBe("GrantCreditsPayload");
    const writes = (statements: string[]) => statements.filter((q) => /^\s*(WITH|UPDATE|INSERT|DELETE)\b/i.test(q));
    expect(recording.statements).not.toContain("BEGIN");
    expect(writes(recording.statements), recording.statements.join("\n")).toHaveLength(1);

    recording = node.recordSql();
    const acquired = await node.gql(ACQUIRE, {}, { ...user.auth, ...recording.headers });
    const payload = acquired.data?.acquireProxy;
    if (payload?.__typename !== "AcquireProxyPayload") throw new Error(JSON.stringify(acquired));
    expect(recording.statements).not.toContain("BEGIN");
    expect(writes(recording.statements), recording.statements.join("\n")).toHaveLength(1);
    // the statement, then the payload's lease read
    expect(recording.statements.length, recording.statements.join("\n")).toBeLessThanOrEqual(2);

    recording = node.recordSql();
    const released = await node.gql(RELEASE, { id: payload.lease.id }, { ...user.auth, ...recording.headers });
    expect(released.data?.releaseLease.__typename).toBe("Lease");
    expect(recording.statements).not.toContain("BEGIN");
    expect(writes(recording.statements), recording.statements.join("\n")).toHaveLength(1);
    expect(recording.statements.length, recording.statements.join("\n")).toBeLessThanOrEqual(2);
  });

  it("me with scalars only is one read of the user row (through the driver); a count folds into one Prisma query", async () => {
    await node.gql(ME, {}, user.auth); // the principal is cached from here on
    let recording = node.recordSql();
    const me = await node.gql(ME, {}, { ...user.auth, ...recording.headers });
    expect(me.data?.me).toMatchObject({ id: user.id, email: user.email, role: "USER" });
    expect(new Date(me.data!.me!.createdAt as string).getTime()).not.toBeNaN();
    expect(recording.statements).toHaveLength(1);
    expect(recording.statements[0]).toMatch(/display_name AS "displayName"/);

    recording = node.recordSql();
    const counted = await node.gql(ME_COUNT, {}, { ...user.auth, ...recording.headers });
    expect(counted.data?.me?.apiKeyCount).toBeGreaterThanOrEqual(1);
    expect(recording.statements).toHaveLength(1);
  });

  it("proxies(first: 50) with recentChecks runs at most 2 statements", async () => {
    await expectFlat(PROXIES, user.auth, (d) => d.proxies.edges.length, 2);
    const { data } = await statementsOf(PROXIES, { first: PAGE }, user.auth);
    expect(data.proxies.edges.every((e) => e.node.recentChecks.length === 3)).toBe(true);
  });

  it("proxies with totalCount and pageInfo adds only the count", async () => {
    await expectFlat(PROXIES_TOTAL, admin, (d) => d.proxies.edges.length, 3);
  });

  it("sources with canManage, proxyCount and their scrapes", async () => {
    await expectFlat(SOURCES, user.auth, (d) => d.sources.edges.length, 3);
    const { data } = await statementsOf(SOURCES, { first: PAGE }, user.auth);
    expect(data.sources.edges.every((e) => e.node.proxyCount === 1 && e.node.scrapes.totalCount === 2)).toBe(true);
  });

  it("users (admin) with credits and key counts", async () => {
    await expectFlat(USERS, admin, (d) => d.users.edges.length, 2);
  });

  it("me.apiKeys", async () => {
    // apiKeyCount and totalCount count different rows (live keys, all keys): the user row is
    // read once for each, never once per key.
    await expectFlat(MY_KEYS, user.auth, (d) => d.me.apiKeys.edges.length, 3);
  });

  it("me.leases with each lease's proxy and its checks", async () => {
    await expectFlat(MY_LEASES, user.auth, (d) => d.me.leases.edges.length, 4);
  });

  it("me.loginSessions", async () => {
    await expectFlat(MY_SESSIONS, user.auth, (d) => d.me.loginSessions.edges.length, 2);
  });

  it("me.transactions", async () => {
    await expectFlat(MY_TRANSACTIONS, user.auth, (d) => d.me.transactions.edges.length, 2);
  });

  it("automationSessions with their events", async () => {
    await expectFlat(AUTOMATION_SESSIONS, user.auth, (d) => d.automationSessions.edges.length, 3);
  });

  it("sessionEvents with their session", async () => {
    await expectFlat(SESSION_EVENTS, user.auth, (d) => d.sessionEvents.edges.length, 3);
  });

  it("automationSessionPage (the legacy list) with events", async () => {
    await expectFlat(SESSION_PAGE, user.auth, (d) => d.automationSessionPage.items.length, 3);
  });

  it("ipHealth (admin) with each pool proxy and its checks", async () => {
    await expectFlat(IP_HEALTH, admin, (d) => d.ipHealth.edges.length, 4);
  });

  it("probeJobs with each job's user and the user's job count", async () => {
    await expectFlat(PROBE_JOBS, user.auth, (d) => d.probeJobs.edges.length, 4);
  });

  it("probeJobPage (the legacy history)", async () => {
    await expectFlat(PROBE_PAGE, user.auth, (d) => d.probeJobPage.jobs.length, 3);
  });

  it("virtualKeys (owner) with owner, spend and runway", async () => {
    // Seeded here rather than in beforeAll: a longer beforeAll outlives the server's keep-alive
    // and the next request can meet a closing socket.
    const prisma = node.app.db.prisma;
    const userId = (await prisma.user.findUniqueOrThrow({ where: { email: user.email } })).id;
    await prisma.virtualKey.createMany({
      data: Array.from({ length: PAGE }, (_, i) => ({ keyHash: `bulk-vk-${i}`, prefix: "vk_bulk", name: `vk${i}`, userEmail: user.email, ownerId: userId, monthlyBudgetMicros: 1_000_000n, monthSpendMicros: 1000n })),
    });
    const vks = await prisma.virtualKey.findMany({ select: { id: true } });
    await prisma.usageEvent.createMany({
      data: vks.map((k) => ({ virtualKeyId: k.id, userId, provider: "openai", model: "gpt-4o-mini", endpoint: "chat", status: 200, costMicros: 10n, latencyMs: 1, promptHash: "h" })),
    });
    await expectFlat(VIRTUAL_KEYS, user.auth, (d) => d.virtualKeys.edges.length, 3);
  });

  it("usageEvents (admin) with key and user", async () => {
    await expectFlat(USAGE_EVENTS, admin, (d) => d.usageEvents.edges.length, 4);
  });

  it("poolHistory: one statement for the whole window, however many samples", async () => {
    const now = Date.now();
    await node.app.db.prisma.poolSample.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({ takenAt: new Date(now - (i + 1) * 60_000), total: 5, active: 3, dead: 1, unchecked: 1 })),
    });
    const { data, statements } = await statementsOf(POOL_HISTORY, { hours: 6, points: 1000 }, user.auth);
    expect(data.poolHistory).toHaveLength(300);
    expect(statements, statements.join("\n")).toHaveLength(1);
  });

  it("poolStats.byCountry adds one GROUP BY, whatever the number of countries", async () => {
    const plain = await statementsOf(POOL_STATS, {}, user.auth);
    const countries = await statementsOf(POOL_STATS_COUNTRY, {}, user.auth);
    expect(countries.statements.length, countries.statements.join("\n")).toBe(plain.statements.length + 1);
  });

  it("notifiers (admin): one statement for the whole list", async () => {
    const { data, statements } = await statementsOf(NOTIFIERS, {}, admin);
    expect(data.notifiers.length).toBeGreaterThanOrEqual(PAGE);
    expect(statements, statements.join("\n")).toHaveLength(1);
  });

  it("notifiers (admin) with their deliveries", async () => {
    const { data, statements } = await statementsOf(NOTIFIER_DELIVERIES, {}, admin);
    expect(data.notifiers.length).toBeGreaterThanOrEqual(PAGE);
    expect(data.notifiers.every((n) => n.deliveries.totalCount === 2 && n.deliveries.edges.length === 2)).toBe(true);
    expect(statements, statements.join("\n")).toHaveLength(2);
  });

  it("clusterStatus (admin): the nodes list and the leader are one statement each, however many nodes", async () => {
    const few = await statementsOf(CLUSTER_NODES, {}, admin);
    // Departed and dead members: failure detection leaves them alone.
    await node.app.db.prisma.clusterNode.createMany({
      data: Array.from({ length: PAGE }, (_, i) => ({
        id: `bulk-node-${i}`,
        address: `127.0.0.1:${10000 + i}`,
        version: "0.0.0",
        pid: 1000 + i,
        state: i % 2 ? ("DEAD" as const) : ("LEFT" as const),
        startedAt: new Date(),
      })),
    });
    const many = await statementsOf(CLUSTER_NODES, {}, admin);
    expect(many.data.clusterStatus.nodes.length).toBe(few.data.clusterStatus.nodes.length + PAGE);
    expect(many.statements.length, many.statements.join("\n")).toBeLessThanOrEqual(2);
    expect(many.statements).toHaveLength(few.statements.length);
  });

  describe("edge lists (vhosts, backends, webhooks, every user's login sessions)", () => {
    beforeAll(async () => {
      const prisma = node.app.db.prisma;
      await prisma.backend.createMany({ data: Array.from({ length: PAGE + 1 }, (_, i) => ({ name: `bulk-${i}`, target: `http://127.0.0.1:${9000 + i}` })) });
      const backends = await prisma.backend.findMany({ select: { id: true } });
      for (const [i, b] of backends.slice(0, PAGE).entries()) {
        await prisma.vhost.create({ data: { backendId: b.id, domains: { create: [0, 1].map((position) => ({ domain: `v${i}-${position}.example.test`, position })) } } });
      }
    });

    it("vhosts with their domains and backend", async () => {
      // The page, its domains, their backends (one query per relation level) and the count.
      await expectFlat(VHOSTS, admin, (d) => d.vhosts.edges.length, 4);
    });

    it("backends with their vhost count", async () => {
      await expectFlat(BACKENDS, admin, (d) => d.backends.edges.length, 2);
    });

    it("webhooks", async () => {
      await expectFlat(WEBHOOKS, admin, (d) => d.webhooks.edges.length, 2);
    });

    it("allLoginSessions with each session's user", async () => {
      await expectFlat(ALL_SESSIONS, admin, (d) => d.allLoginSessions.edges.length, 3);
    });
  });
});
