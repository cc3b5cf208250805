// IP health over GraphQL: the SQL of the rule agrees with ip-health.ts on a sequence of
// outcomes, acquireProxy(targetHost) avoids proxies blacklisted for that host (still serving
// them for other hosts) and takes a flagged one only when no healthy one is free, and many
// concurrent endings on one proxy leave exact counts; sessionStats' per-host figures are the
// caller's own.
import { beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { INITIAL, next, statusOf, type Outcome } from "../src/domains/sessions/ip-health.js";
import { ofType, registerUser, useNode, type TestUser } from "./helpers.js";

const REGISTER = graphql(`mutation HealthTestRegister($input: RegisterSessionInput!) { registerSession(input: $input) { __typename
  ... on AutomationSession { id status targetHost proxy } ... on Error { code message } } }`);
const END = graphql(`mutation HealthTestEnd($input: EndSessionInput!) { endSession(input: $input) { __typename
  ... on EndSessionPayload { leaseReleased session { id status } } ... on Error { code message } } }`);
const LOG = graphql(`mutation HealthTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename
  ... on SessionEvent { id type } ... on Error { code message } } }`);
const HEALTH = graphql(`query HealthTestHealth($filter: IpHealthFilter) { ipHealth(first: 50, filter: $filter) { totalCount
  edges { node { proxyAddress targetHost status successes failures blocks successRate proxy { ip } } } } }`);
const ACQUIRE = graphql(`mutation HealthTestAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename
  ... on AcquireProxyPayload { lease { id proxy { ip } } } ... on Error { code message } } }`);
const RELEASE = graphql(`mutation HealthTestRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }`);
const HOSTS = graphql(`query HealthTestHosts($userId: ID) { sessionStats(userId: $userId) { hostStats { targetHost sessions successful failed
  successRate avgDurationSeconds ipHealth { healthy flagged blacklisted } } } }`);
const GRANT = graphql(`mutation HealthTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`);

describe("IP health", () => {
  const { node, admin } = useNode({ admin: true });
  let u: TestUser;
  beforeAll(async () => {
    u = await registerUser(node);
    await node.gql(GRANT, { input: { userId: u.id, amount: 100 } }, admin);
    await node.app.db.prisma.proxy.createMany({
      data: [
        { ip: "198.51.100.10", port: 8080, protocol: "HTTP", status: "ACTIVE", score: 0.9 },
        { ip: "198.51.100.11", port: 8080, protocol: "HTTP", status: "ACTIVE", score: 0.5 },
        { ip: "198.51.100.12", port: 8080, protocol: "SOCKS5", status: "ACTIVE", score: 0.4, country: "NL" },
      ],
    });
  });

  const session = async (proxy: string, targetUrl: string) => ofType((await node.gql(REGISTER, { input: { proxy, targetUrl } }, u.auth)).data?.registerSession, "AutomationSession");
  const outcome = async (proxy: string, targetUrl: string, o: Outcome) => {
    const s = await session(proxy, targetUrl);
    if (o === "block") {
      ofType((await node.gql(LOG, { input: { sessionId: s.id, type: "CAPTCHA" } }, u.auth)).data?.logSessionEvent, "SessionEvent");
      return;
    }
    ofType((await node.gql(END, { input: { id: s.id, success: o === "success", durationSeconds: 1 } }, u.auth)).data?.endSession, "EndSessionPayload");
  };
  const health = async (proxy: string, targetHost?: string) =>
    (await node.gql(HEALTH, { filter: { proxy, targetHost } }, u.auth)).data!.ipHealth.edges.map((e) => e.node)[0];
  const acquire = async (targetHost?: string, extra: Record<string, unknown> = {}) => (await node.gql(ACQUIRE, { input: { targetHost, leaseDurationSeconds: 60, ...extra } }, u.auth)).data!.acquireProxy;
  const release = (id: string) => node.gql(RELEASE, { id }, u.auth);

  it("applies the same rule in SQL as ip-health.ts, per proxy and per target host", async () => {
    const seq: Outcome[] = ["failure", "failure", "success", "failure", "failure", "failure", "success", "block", "failure", "failure", "success", "success", "success", "success", "success", "success"];
    let state = INITIAL;
    for (const o of seq) {
      await outcome("203.0.113.50:3128", "https://rule.example/x", o);
      state = next(state, o);
      const row = await node.app.db.prisma.ipHealth.findUniqueOrThrow({ where: { proxyAddress_targetHost: { proxyAddress: "203.0.113.50:3128", targetHost: "rule.example" } } });
      expect({ strikes: row.strikes, okStreak: row.okStreak, status: row.status }, o).toEqual({ ...state, status: statusOf(state.strikes) });
    }
    const overall = await health("203.0.113.50:3128");
    expect(overall).toMatchObject({ targetHost: null, successes: 8, failures: 7, blocks: 1, proxy: null });
    expect((await health("203.0.113.50:3128", "rule.example"))?.targetHost).toBe("rule.example");
  });

  it("links pool proxies to their row", async () => {
    await outcome("198.51.100.12:8080", "https://link.example/", "success");
    expect((await health("198.51.100.12:8080"))?.proxy).toEqual({ ip: "198.51.100.12" });
  });

  it("never hands out a proxy blacklisted for the host, and still serves it for another host", async () => {
    for (let i = 0; i < 6; i++) await outcome("198.51.100.10:8080", "https://a.example/login", "failure");
    expect((await health("198.51.100.10:8080", "a.example"))?.status).toBe("BLACKLISTED");
    // Host A: the best-scored proxy is skipped.
    const forA = ofType(await acquire("A.example"), "AcquireProxyPayload");
    expect(forA.lease.proxy.ip).not.toBe("198.51.100.10");
    await release(forA.lease.id);
    // Host B: it is the best again.
    const forB = ofType(await acquire("b.example"), "AcquireProxyPayload");
    expect(forB.lease.proxy.ip).toBe("198.51.100.10");
    await release(forB.lease.id);
    // Legacy acquire takes target_host too.
    const legacy = await node.http("POST", "/proxies/acquire", { headers: u.auth, body: { target_host: "a.example", lease_duration_seconds: 60 } });
    expect(legacy.status, legacy.text).toBe(200);
    expect(legacy.body.proxy.ip).not.toBe("198.51.100.10");
    await node.http("POST", `/proxies/acquire/${legacy.body.lease_id}/release`, { headers: u.auth });
    // When every matching proxy is blacklisted for the host: nothing matches (404).
    const only = await acquire("a.example", { protocol: "HTTP", minScore: 0.8 });
    expect(only).toMatchObject({ __typename: "NotFoundError" });
    expect((await acquire("bad host!")).__typename).toBe("ValidationError");
  });

  it("takes a flagged proxy only when no healthy one is free", async () => {
    // For c.example: .11 is healthy (proven), .12 flagged (a captcha), .10 has no record.
    await outcome("198.51.100.11:8080", "https://c.example/", "success");
    await outcome("198.51.100.12:8080", "https://c.example/", "block");
    expect((await health("198.51.100.12:8080", "c.example"))?.status).toBe("FLAGGED");
    const first = ofType(await acquire("c.example"), "AcquireProxyPayload");
    expect(first.lease.proxy.ip).toBe("198.51.100.11"); // healthy beats a better score without a record
    const second = ofType(await acquire("c.example"), "AcquireProxyPayload");
    expect(second.lease.proxy.ip).toBe("198.51.100.10"); // no record beats flagged
    const third = ofType(await acquire("c.example"), "AcquireProxyPayload");
    expect(third.lease.proxy.ip).toBe("198.51.100.12"); // flagged, only now
    expect((await acquire("c.example")).__typename).toBe("ConflictError");
    for (const l of [first, second, third]) await release(l.lease.id);
  });

  it("gives the success rate and IP health per target host, each caller only their own", async () => {
    const other = await registerUser(node);
    await outcome("203.0.113.60:1080", "https://hosts-a.example/1", "success");
    await outcome("203.0.113.60:1080", "https://hosts-a.example/2", "success");
    await outcome("203.0.113.60:1080", "https://hosts-a.example/3", "failure");
    await session("203.0.113.60:1080", "https://hosts-b.example/");
    const theirs = ofType((await node.gql(REGISTER, { input: { proxy: "203.0.113.61:1080", targetUrl: "https://hosts-a.example/" } }, other.auth)).data?.registerSession, "AutomationSession");
    await node.gql(END, { input: { id: theirs.id, success: false, durationSeconds: 3 } }, other.auth);

    const mine = (await node.gql(HOSTS, {}, u.auth)).data!.sessionStats.hostStats;
    const a = { targetHost: "hosts-a.example", sessions: 3, successful: 2, failed: 1, successRate: 66.67, avgDurationSeconds: 1, ipHealth: { healthy: 1, flagged: 0, blacklisted: 0 } };
    expect(mine.find((h) => h.targetHost === "hosts-a.example")).toEqual(a);
    expect(mine.find((h) => h.targetHost === "hosts-b.example")).toMatchObject({ sessions: 1, successful: 0, failed: 0, successRate: 0, avgDurationSeconds: null });
    // Most used first; the other user's session and proxy are not in the caller's figures.
    expect(mine.map((h) => h.sessions)).toEqual([...mine.map((h) => h.sessions)].sort((x, y) => y - x));
    const forOther = (await node.gql(HOSTS, {}, other.auth)).data!.sessionStats.hostStats;
    expect(forOther).toEqual([{ targetHost: "hosts-a.example", sessions: 1, successful: 0, failed: 1, successRate: 0, avgDurationSeconds: 3, ipHealth: { healthy: 1, flagged: 0, blacklisted: 0 } }]);
    // Admins: everyone's, or one user's.
    const all = (await node.gql(HOSTS, {}, admin)).data!.sessionStats.hostStats;
    expect(all.find((h) => h.targetHost === "hosts-a.example")).toMatchObject({ sessions: 4, failed: 2, ipHealth: { healthy: 2 } });
    expect((await node.gql(HOSTS, { userId: u.id }, admin)).data!.sessionStats.hostStats).toEqual(mine);
  });

  it("counts exactly when many sessions on one proxy end at once", async () => {
    const proxy = "203.0.113.77:8000";
    const ids = await Promise.all(Array.from({ length: 40 }, async () => (await session(proxy, "https://race.example/")).id));
    const results = await Promise.all(
      ids.map((id, i) => node.gql(END, { input: { id, success: i % 2 === 0, durationSeconds: 2 } }, u.auth)),
    );
    expect(results.every((r) => r.data?.endSession.__typename === "EndSessionPayload")).toBe(true);
    // Ending them all again: every one a conflict, no count changes.
    const again = await Promise.all(ids.map((id) => node.gql(END, { input: { id, success: true } }, u.auth)));
    expect(again.every((r) => r.data?.endSession.__typename === "ConflictError")).toBe(true);
    for (const host of [undefined, "race.example"]) {
      const row = await health(proxy, host);
      expect(row, host).toMatchObject({ successes: 20, failures: 20 });
    }
    const raw = await node.app.db.prisma.ipHealth.findUniqueOrThrow({ where: { proxyAddress_targetHost: { proxyAddress: proxy, targetHost: "" } } });
    expect(raw.latencySamples).toBe(40);
    expect(raw.latencyTotalMs).toBe(80_000);
  });
});

