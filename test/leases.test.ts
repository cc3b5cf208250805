// Leases over HTTP: acquire (best match, 1 credit, ACQUIRE transaction, credits:changed),
// the documented error order 422 -> 402 -> 404 -> 409, release (no refund, 409 when ended),
// ownership, expiry that frees the proxy without any sweep, and `me.leases`.
import { beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import type { AcquireProxyInput } from "../src/generated/graphql/graphql.js";
import { ofType, registerUser, useNode } from "./helpers.js";

const ACQUIRE = graphql(`mutation LeasesTestAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename
  ... on AcquireProxyPayload { creditsRemaining lease { id createdAt expiresAt releasedAt isActive proxy { id ip port protocol country anonymity isLeased } } }
  ... on InsufficientCreditsError { required balance }
  ... on ValidationError { fields { field message } }
  ... on Error { code message } } }`);
const RELEASE = graphql(`mutation LeasesTestRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename
  ... on Lease { id releasedAt isActive proxy { ip isLeased } }
  ... on Error { code message } } }`);
const MY_LEASES = graphql(`query LeasesTestMine($activeOnly: Boolean) { me { credits
  leases(activeOnly: $activeOnly) { totalCount edges { node { id isActive proxy { ip } } } }
  transactions(first: 5) { edges { node { amount txType description balanceAfter } } } } }`);
const NODE = graphql(`query LeasesTestNode($id: ID!) { node(id: $id) { __typename ... on Lease { id } } }`);
const GRANT = graphql(`mutation LeasesTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`);
const CREDS = graphql(`query LeaseCredsTest($id: ID!) { node(id: $id) { ... on Lease { isActive proxyUsername proxyPassword proxy { username password } } } }`);
const CREDS_ACQUIRE = graphql(`mutation LeaseCredsAcquire { acquireProxy(input: {}) { __typename
  ... on AcquireProxyPayload { lease { id proxyUsername proxyPassword proxy { username password } } } } }`);
const CREDS_RELEASE = graphql(`mutation LeaseCredsRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }`);

const raw = (gid: string) => Buffer.from(gid, "base64").toString().split(":")[1];

describe("leases", () => {
  const { node, admin } = useNode({ admin: true });
  beforeAll(async () => {
    const now = new Date();
    await node.app.db.prisma.proxy.createMany({
      data: [
        { ip: "198.51.100.1", port: 8080, protocol: "HTTP", status: "ACTIVE", anonymity: "ELITE", country: "US", score: 0.9, avgLatencyMs: 100, lastCheckedAt: now },
        { ip: "198.51.100.2", port: 8080, protocol: "HTTP", status: "ACTIVE", anonymity: "ELITE", country: "US", score: 0.6, avgLatencyMs: 200, lastCheckedAt: now },
        { ip: "198.51.100.3", port: 1080, protocol: "SOCKS5", status: "ACTIVE", anonymity: "ANONYMOUS", country: "DE", score: 0.8, avgLatencyMs: 50, lastCheckedAt: now },
        { ip: "198.51.100.4", port: 3128, protocol: "HTTPS", status: "DEAD", anonymity: "ELITE", country: "FR", score: 0.1 },
        { ip: "198.51.100.5", port: 3128, protocol: "SOCKS4", status: "ACTIVE", anonymity: "ELITE", country: "NL", score: 0.5 },
      ],
    });
  });

  const newUser = async (credits = 0) => {
    const u = await registerUser(node);
    if (credits) expect((await node.gql(GRANT, { input: { userId: u.id, amount: credits } }, admin)).data?.grantCredits.__typename).toBe("GrantCreditsPayload");
    return u;
  };
  const acquire = async (auth: Record<string, string>, input?: AcquireProxyInput) => {
    const res = await node.gql(ACQUIRE, { input }, auth);
    expect(res.errors).toBeUndefined();
    return res.data!.acquireProxy;
  };
  const acquired = async (auth: Record<string, string>, input?: AcquireProxyInput) => ofType(await acquire(auth, input), "AcquireProxyPayload");
  const mine = async (auth: Record<string, string>, activeOnly?: boolean) => (await node.gql(MY_LEASES, { activeOnly }, auth)).data!.me;

  it("checks input, then credits, then matches, then availability", async () => {
    const broke = await newUser(0);
    for (const input of [{ leaseDurationSeconds: 0 }, { leaseDurationSeconds: 3601 }, { country: "USA" }, { minScore: 2 }]) {
      expect((await acquire(broke.auth, input)).__typename, JSON.stringify(input)).toBe("ValidationError");
    }
    // No credits wins over "nothing matches" and over "all leased".
    expect(await acquire(broke.auth, { country: "JP" })).toMatchObject({ __typename: "InsufficientCreditsError", code: "INSUFFICIENT_CREDITS", required: 1, balance: 0 });
    expect(await acquire(broke.auth)).toMatchObject({ __typename: "InsufficientCreditsError", message: "You need at least 1 credit to acquire a proxy. Current balance: 0. Credits are granted by an admin (the grantCredits mutation); new accounts start with SIGNUP_CREDITS." });

    const u = await newUser(5);
    expect(await acquire(u.auth, { country: "JP" })).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND", message: "No proxy matches the filters" });
    // Dead proxies never match.
    expect(await acquire(u.auth, { country: "FR" })).toMatchObject({ __typename: "NotFoundError" });
    const only = await acquired(u.auth, { country: "nl" });
    expect(only).toMatchObject({ __typename: "AcquireProxyPayload", creditsRemaining: 4, lease: { proxy: { ip: "198.51.100.5" } } });
    expect(await acquire(u.auth, { country: "NL" })).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    // Failed attempts cost nothing.
    expect((await mine(u.auth)).credits).toBe(4);
    expect((await node.gql(RELEASE, { id: only.lease.id }, u.auth)).data?.releaseLease.__typename).toBe("Lease");
  });

  it("leases the best matching proxy for 1 credit, records it and announces the balance", async () => {
    const u = await newUser(3);
    const events = node.app.pubsub.subscribe("credits:changed", raw(u.id));
    const first = events.next();
    const got = await acquired(u.auth, { protocol: "HTTP", anonymity: "ELITE", minScore: 0.5, leaseDurationSeconds: 120 });
    expect(got).toMatchObject({
      __typename: "AcquireProxyPayload",
      creditsRemaining: 2,
      lease: { isActive: true, releasedAt: null, proxy: { ip: "198.51.100.1", port: 8080, protocol: "HTTP", country: "US", anonymity: "ELITE", isLeased: true } },
    });
    const { lease } = got;
    expect(Date.parse(lease.expiresAt) - Date.parse(lease.createdAt)).toBe(120_000);
    const event = (await first).value;
    expect(event).toMatchObject({ userId: raw(u.id), balance: 2, amount: -1 });
    await events.return?.();

    // The next best of the same filter, then the default duration.
    const second = await acquired(u.auth, { protocol: "HTTP" });
    expect(second.lease.proxy.ip).toBe("198.51.100.2");
    expect(Date.parse(second.lease.expiresAt) - Date.parse(second.lease.createdAt)).toBe(300_000);

    const me = await mine(u.auth);
    expect(me.credits).toBe(1);
    expect(me.leases.totalCount).toBe(2);
    expect(me.leases.edges.map((e) => e.node.proxy.ip).sort()).toEqual(["198.51.100.1", "198.51.100.2"]);
    expect(me.transactions.edges.slice(0, 2).map((e) => e.node)).toEqual([
      { amount: -1, txType: "ACQUIRE", description: "Proxy acquired: 198.51.100.2:8080", balanceAfter: 1 },
      { amount: -1, txType: "ACQUIRE", description: "Proxy acquired: 198.51.100.1:8080", balanceAfter: 2 },
    ]);

    for (const l of [lease, second.lease]) await node.gql(RELEASE, { id: l.id }, u.auth);
  });

  it("releases early without refund, frees the proxy, and refuses a second release", async () => {
    const u = await newUser(2);
    const got = await acquired(u.auth, { country: "DE" });
    const released = ofType((await node.gql(RELEASE, { id: got.lease.id }, u.auth)).data?.releaseLease, "Lease");
    expect(released).toMatchObject({ id: got.lease.id, isActive: false, proxy: { ip: "198.51.100.3", isLeased: false } });
    expect(typeof released.releasedAt).toBe("string");
    expect((await node.gql(RELEASE, { id: got.lease.id }, u.auth)).data?.releaseLease).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    expect(await mine(u.auth)).toMatchObject({ credits: 1, leases: { totalCount: 0 } });
    // The raw UUID (legacy routes print it) is accepted too; the proxy is free again.
    const again = await acquired(u.auth, { country: "DE" });
    expect(again.lease.proxy.ip).toBe("198.51.100.3");
    expect((await node.gql(RELEASE, { id: raw(again.lease.id) }, u.auth)).data?.releaseLease.__typename).toBe("Lease");
    expect((await node.gql(RELEASE, { id: "not-an-id" }, u.auth)).data?.releaseLease.__typename).toBe("ValidationError");
  });

  it("keeps leases to their owner (admins excepted) and requires authentication", async () => {
    const owner = await newUser(1);
    const other = await newUser(0);
    const got = await acquired(owner.auth, { country: "DE" });
    expect((await node.gql(NODE, { id: got.lease.id }, other.auth)).data?.node ?? null).toBeNull();
    expect((await node.gql(NODE, { id: got.lease.id }, owner.auth)).data?.node).toEqual({ __typename: "Lease", id: got.lease.id });
    expect((await node.gql(RELEASE, { id: got.lease.id }, other.auth)).data?.releaseLease).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
    expect((await mine(other.auth)).leases.totalCount).toBe(0);

    const anonAcquire = await node.gql(ACQUIRE, {});
    expect(anonAcquire).toMatchObject({ data: null, errors: [{ extensions: { code: "UNAUTHENTICATED", details: { reason: "missing" } } }] });
    const anonRelease = await node.gql(RELEASE, { id: got.lease.id });
    expect(anonRelease).toMatchObject({ data: null, errors: [{ extensions: { code: "UNAUTHENTICATED", details: { reason: "missing" } } }] });
    expect((await node.gql(NODE, { id: got.lease.id })).data?.node ?? null).toBeNull();

    expect((await node.gql(RELEASE, { id: got.lease.id }, admin)).data?.releaseLease).toMatchObject({ __typename: "Lease", isActive: false });
  });

  it("frees an expired lease's proxy with no sweep, and an expired lease cannot be released", async () => {
    const u = await newUser(2);
    const first = await acquired(u.auth, { country: "DE" });
    // Move the lease into the past in the database: only the clock ends it, nothing else runs.
    const id = raw(first.lease.id);
    await node.app.db.prisma.$executeRaw`UPDATE leases SET expires_at = now() - interval '1 second' WHERE id = ${id}::uuid`;
    await node.app.db.prisma.$executeRaw`UPDATE proxies SET leased_until = now() - interval '1 second' WHERE current_lease_id = ${id}::uuid`;

    const second = await acquired(u.auth, { country: "DE" });
    expect(second).toMatchObject({ creditsRemaining: 0, lease: { proxy: { ip: "198.51.100.3" } } });
    expect((await mine(u.auth)).leases.edges.map((e) => e.node.id)).toEqual([second.lease.id]);
    const all = (await mine(u.auth, false)).leases;
    expect(all.edges.find((e) => e.node.id === first.lease.id)?.node.isActive).toBe(false);
    expect((await node.gql(RELEASE, { id: first.lease.id }, u.auth)).data?.releaseLease.__typename).toBe("ConflictError");
    // Releasing the old lease must not free the proxy the new lease holds.
    const proxy = await node.app.db.prisma.proxy.findFirstOrThrow({ where: { ip: "198.51.100.3" } });
    expect(proxy.currentLeaseId).toBe(raw(second.lease.id));
    await node.gql(RELEASE, { id: second.lease.id }, u.auth);
  });
});

describe("lease credentials", () => {
  const { node, admin } = useNode({ admin: true });
  beforeAll(async () => {
    await node.app.db.prisma.proxy.create({
      data: { ip: "198.51.100.9", port: 8000, protocol: "HTTP", status: "ACTIVE", score: 0.9, username: "scraper", password: "s3cret" },
    });
  });

  it("shows the proxy's login to the lease holder while the lease is live, and to nobody else", async () => {
    const owner = await registerUser(node);
    await node.gql(GRANT, { input: { userId: owner.id, amount: 1 } }, admin);
    const got = await node.gql(CREDS_ACQUIRE, {}, owner.auth);
    const { lease } = ofType(got.data?.acquireProxy, "AcquireProxyPayload");
    expect(lease).toMatchObject({ proxyUsername: "scraper", proxyPassword: "s3cret", proxy: { username: null, password: null } });
    // An admin may see the lease, but its login is the holder's to use.
    const seenByAdmin = await node.gql(CREDS, { id: lease.id }, admin);
    expect(seenByAdmin.data?.node).toMatchObject({ proxyUsername: null, proxyPassword: null });
    const stranger = await registerUser(node);
    expect((await node.gql(CREDS, { id: lease.id }, stranger.auth)).data?.node).toBeNull();
    await node.gql(CREDS_RELEASE, { id: lease.id }, owner.auth);
    const after = await node.gql(CREDS, { id: lease.id }, owner.auth);
    expect(after.data?.node).toMatchObject({ isActive: false, proxyUsername: null, proxyPassword: null });
  });
});
