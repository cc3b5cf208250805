// Proxy-pool subscriptions over graphql-ws: leaseExpiring / leaseEnded reach the owner (and
// admins) only, the announcer claims each lease once, proxyStatusChanged follows a real
// validation, poolStats sends a snapshot and another after proxies change; anonymous callers
// and non-admins watching others are refused.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type FormattedExecutionResult } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { pino } from "pino";
import WebSocket from "ws";
import { beforeAll, describe, expect, it } from "vitest";
import { announceLeaseEvents } from "../src/domains/proxies/leases.job.js";
import { createValidator } from "../src/domains/proxies/validator.service.js";
import { graphql } from "../src/generated/graphql/index.js";
import { ofType, registerUser, type TestNode, useNode } from "./helpers.js";

const ACQUIRE = graphql(`mutation ProxSubsAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename
  ... on AcquireProxyPayload { lease { id } } ... on Error { code message } } }`);
const RELEASE = graphql(`mutation ProxSubsRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }`);
const GRANT = graphql(`mutation ProxSubsGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`);
const EXPIRING = graphql(`subscription ProxSubsExpiring($userId: ID) { leaseExpiring(userId: $userId) { id expiresAt releasedAt isActive } }`);
const ENDED = graphql(`subscription ProxSubsEnded($userId: ID) { leaseEnded(userId: $userId) { id releasedAt isActive proxy { ip } } }`);
const STATUS = graphql(`subscription ProxSubsStatus { proxyStatusChanged { oldStatus newStatus proxy { id ip status } } }`);
const STATS = graphql(`subscription ProxSubsStats { poolStats { totalProxies byStatus { active dead unchecked } } }`);

type Result<T> = FormattedExecutionResult<T, unknown>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A typed subscription over a graphql-ws client. */
function subscribe<T, V>(client: Client, doc: TypedDocumentNode<T, V>, variables?: V): AsyncIterableIterator<Result<T>> {
  return client.iterate<T>({ query: print(doc), variables: variables as Record<string, unknown> | undefined });
}
/** The next event's data; fails the test on errors or when the stream ends. */
async function nextData<T>(it: AsyncIterableIterator<Result<T>>, pending?: Promise<IteratorResult<Result<T>>>): Promise<T> {
  const { value, done } = await (pending ?? it.next());
  if (done || !value?.data) throw new Error(`expected an event, got ${JSON.stringify(value)}`);
  return value.data;
}

function wsClient(node: TestNode, connectionParams: Record<string, string> = {}): Client {
  return createClient({ url: `${node.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0 });
}

/** Nothing says when the server registered a subscription: act again until an event arrives. */
async function untilEvent<T>(next: Promise<Result<T> | null>, act: () => Promise<void>) {
  for (let i = 0; i < 100; i++) {
    await act();
    const got = await Promise.race([next, sleep(100).then(() => undefined)]);
    if (got !== undefined) return got;
  }
  throw new Error("no event arrived");
}

const firstOf = <T>(it: AsyncIterableIterator<Result<T>>) => it.next().then((r) => (r.done ? null : r.value));

describe("proxy-pool subscriptions", () => {
  const { node, admin } = useNode({ env: { LEASE_EVENTS_ENABLED: "true", LEASE_EVENTS_TICK_MS: "100" }, admin: true });
  beforeAll(async () => {
    await node.app.db.prisma.proxy.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({ ip: `198.51.100.${i + 1}`, port: 8080, protocol: "HTTP" as const, status: "ACTIVE" as const, score: 0.9 })),
    });
  });

  const newUser = async () => {
    const u = await registerUser(node);
    expect((await node.gql(GRANT, { input: { userId: u.id, amount: 50 } }, admin)).data?.grantCredits.__typename).toBe("GrantCreditsPayload");
    return u;
  };
  const acquire = async (auth: Record<string, string>, seconds: number) => {
    const res = await node.gql(ACQUIRE, { input: { leaseDurationSeconds: seconds } }, auth);
    return ofType(res.data?.acquireProxy, "AcquireProxyPayload").lease.id;
  };

  it("announces leaseExpiring to the owner only, and to an admin watching everyone", async () => {
    const owner = await newUser();
    const other = await newUser();
    const clients = [wsClient(node, other.auth), wsClient(node, owner.auth), wsClient(node, admin)];
    try {
      const otherEvents = subscribe(clients[0], EXPIRING);
      const otherLeases: string[] = [];
      // 30 s leases are inside the one-minute window at once.
      const first = await untilEvent(firstOf(otherEvents), async () => void otherLeases.push(await acquire(other.auth, 30)));
      expect(otherLeases).toContain(first!.data?.leaseExpiring?.id);

      const adminEvents = subscribe(clients[2], EXPIRING);
      const adminNext = firstOf(adminEvents);
      const ownerEvents = subscribe(clients[1], EXPIRING);
      const ownerLeases: string[] = [];
      const mine = await untilEvent(firstOf(ownerEvents), async () => void ownerLeases.push(await acquire(owner.auth, 30)));
      expect(mine?.errors).toBeUndefined();
      expect(ownerLeases).toContain(mine!.data?.leaseExpiring?.id);
      expect(mine!.data?.leaseExpiring).toMatchObject({ releasedAt: null, isActive: true });

      // The owner's leases were announced before this one: had they leaked, they would come first.
      const next = otherEvents.next();
      const later = await acquire(other.auth, 30);
      const seen: string[] = [];
      for (let e = await nextData(otherEvents, next); ; e = await nextData(otherEvents)) {
        seen.push(e.leaseExpiring!.id);
        if (e.leaseExpiring?.id === later) break;
      }
      expect(seen.every((id) => otherLeases.includes(id) || id === later)).toBe(true);
      expect(seen.some((id) => ownerLeases.includes(id))).toBe(false);

      // The admin (no userId) sees every user's leases: by now at least the later one.
      const adminIds: string[] = [];
      for (let e = (await adminNext)?.data; e; e = await nextData(adminEvents)) {
        adminIds.push(e.leaseExpiring!.id);
        if (e.leaseExpiring?.id === later) break;
      }
      expect(adminIds).toContain(later);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it("announces leaseEnded on release (at once) and on expiry (by the announcer)", async () => {
    const owner = await newUser();
    const client = wsClient(node, owner.auth);
    try {
      const events = subscribe(client, ENDED);
      const released: string[] = [];
      const first = await untilEvent(firstOf(events), async () => {
        const id = await acquire(owner.auth, 300);
        released.push(id);
        expect((await node.gql(RELEASE, { id }, owner.auth)).data?.releaseLease.__typename).toBe("Lease");
      });
      expect(released).toContain(first!.data?.leaseEnded?.id);
      expect(first!.data?.leaseEnded?.releasedAt).not.toBeNull();

      // A one-second lease ends without anyone releasing it.
      const short = await acquire(owner.auth, 1);
      let e = await nextData(events);
      while (released.includes(e.leaseEnded!.id)) e = await nextData(events); // later releases of the loop above
      expect(e.leaseEnded).toMatchObject({ id: short, releasedAt: null, isActive: false });
      expect(e.leaseEnded?.proxy.ip).toMatch(/^198\.51\.100\./);
    } finally {
      await client.dispose();
    }
  });

  it("claims each lease once however many announcers run", async () => {
    const owner = await newUser();
    const raw = (gid: string) => Buffer.from(gid, "base64").toString().split(":")[1];
    const ids = [raw(await acquire(owner.auth, 30)), raw(await acquire(owner.auth, 30))];
    await node.app.db.prisma.lease.updateMany({ where: { id: { in: ids } }, data: { expiringNotifiedAt: null } });
    const deps = { prisma: node.app.db.prisma, pubsub: node.app.pubsub };
    // The node's own loop runs too; every claim stamps the row, so the total is still exact.
    const runs = await Promise.all([announceLeaseEvents(deps), announceLeaseEvents(deps), announceLeaseEvents(deps)]);
    const rows = await node.app.db.prisma.lease.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.expiringNotifiedAt !== null && r.endedNotifiedAt === null)).toBe(true);
    expect(runs.reduce((n, r) => n + r.expiring, 0)).toBeLessThanOrEqual(ids.length);
    // Nothing is left to claim for them.
    await announceLeaseEvents(deps);
    const again = await node.app.db.prisma.lease.findMany({ where: { id: { in: ids } } });
    expect(again.map((r) => r.expiringNotifiedAt)).toEqual(rows.map((r) => r.expiringNotifiedAt));
  });

  it("publishes proxyStatusChanged when a validation changes a status", async () => {
    const user = await registerUser(node);
    const client = wsClient(node, user.auth);
    const validator = createValidator({
      prisma: node.app.db.prisma,
      guard: node.app.outbound,
      pubsub: node.app.pubsub,
      log: pino({ level: "silent" }),
      config: { env: "test", judgeUrl: "http://127.0.0.1:9/", publicIp: "127.0.0.1", validator: { enabled: false, concurrency: 1, timeoutMs: 1000, pollMs: 1000 } },
      checkers: [{ name: "always-fails", stage: 1, priority: 0, description: "test", run: async () => ({ passed: false, latencyMs: null, detail: "no" }) }],
    });
    try {
      const events = subscribe(client, STATUS);
      let n = 0;
      const ips: string[] = [];
      const event = await untilEvent(firstOf(events), async () => {
        const ip = `203.0.113.${++n}`;
        ips.push(ip);
        const p = await node.app.db.prisma.proxy.create({ data: { ip, port: 3128, protocol: "HTTP" } });
        expect((await validator.validateProxy(p.id)).status).toBe("DEAD");
      });
      expect(event?.errors).toBeUndefined();
      expect(event!.data?.proxyStatusChanged).toMatchObject({ oldStatus: "UNCHECKED", newStatus: "DEAD", proxy: { status: "DEAD" } });
      expect(ips).toContain(event!.data?.proxyStatusChanged?.proxy?.ip);
    } finally {
      validator.close();
      await client.dispose();
    }
  });

  it("sends poolStats at once and again after proxies change", async () => {
    const user = await registerUser(node);
    const client = wsClient(node, user.auth);
    try {
      const events = subscribe(client, STATS);
      const before = (await nextData(events)).poolStats.totalProxies;
      expect(before).toBeGreaterThanOrEqual(40);
      await node.app.db.prisma.proxy.create({ data: { ip: "192.0.2.77", port: 1080, protocol: "SOCKS5" } });
      await node.app.pubsub.publish("proxies:discovered", { sourceId: "00000000-0000-0000-0000-000000000000", count: 1 });
      const second = await nextData(events);
      expect(second.poolStats.totalProxies).toBeGreaterThan(before);
      expect(second.poolStats.byStatus.unchecked).toBeGreaterThanOrEqual(1);
    } finally {
      await client.dispose();
    }
  });

  it("refuses anonymous subscribers and non-admins watching another user", async () => {
    const owner = await registerUser(node);
    const nosy = await registerUser(node);
    for (const doc of [EXPIRING, ENDED, STATUS, STATS] as TypedDocumentNode<unknown, Record<string, never>>[]) {
      const anon = wsClient(node);
      try {
        const first = await subscribe(anon, doc).next();
        expect(first.value?.data ?? null).toBeNull();
        expect(first.value?.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      } finally {
        await anon.dispose();
      }
    }
    const client = wsClient(node, nosy.auth);
    try {
      for (const doc of [EXPIRING, ENDED] as TypedDocumentNode<unknown, { userId?: string | null }>[]) {
        const first = await subscribe(client, doc, { userId: owner.id }).next();
        expect(first.value?.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      }
      const bad = await subscribe(client, ENDED, { userId: "nope" }).next();
      expect(bad.value?.errors?.[0].extensions?.code).toBe("VALIDATION_ERROR");
    } finally {
      await client.dispose();
    }
  });
});
