// Deliveries as rows: the node's own job runner sends them (woken by notify, retried with
// backoff until the peer recovers), admins see them in GraphQL, a stopped or crashed node
// loses none, a node that stops mid-send hands its delivery back, an outcome is recorded only
// under a live claim, and two nodes racing over one queue send each delivery exactly once.
// Admins hear each recorded outcome over `deliveryUpdated`.
import { print } from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { claimDeliveries, deliver } from "../src/domains/notifications/deliveries.service.js";
import { notify } from "../src/domains/notifications/notify.service.js";
import { graphql } from "../src/generated/graphql/index.js";
import {
  adminAuth,
  describeIfPostgres,
  ofType,
  freshPostgres,
  registerUser,
  startNode,
  useNode,
  type TestNode,
  type TestUser,
} from "./helpers.js";
import { eventually, SECRET, startReceiver, type Receiver } from "./notifications-peer.js";

const CREATE = graphql(`mutation DeliveriesTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename
  ... on Notifier { id } ... on Error { code message } } }`);
const DELIVERIES = graphql(`query DeliveriesTestList($status: DeliveryStatus, $first: Int) { notifiers { name
  deliveries(status: $status, first: $first) { totalCount edges { node {
    id event status attempts nextAttemptAt lastError createdAt deliveredAt payload notifier { name } } } } } }`);
const DELIVERY_NODE = graphql(`query DeliveriesTestNode($id: ID!) { node(id: $id) { __typename ... on NotificationDelivery { id status } } }`);
const UPDATED = graphql(`subscription DeliveriesTestUpdated($notifierId: ID) { deliveryUpdated(notifierId: $notifierId) {
  id status attempts lastError notifier { name } } }`);
const RETRY = graphql(`mutation DeliveriesTestRetry($id: ID!) { retryDelivery(input: { id: $id }) { __typename
  ... on NotificationDelivery { id status attempts } ... on Error { code message } } }`);

/** The row id inside a Relay global id. */
const rawId = (gid: string) => Buffer.from(gid, "base64").toString().split(":")[1]!;
const code = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;
// Subscribed to the events these tests raise only: other nodes' cluster.* events would be deliveries too.

async function createWebhook(node: TestNode, admin: Record<string, string>, url: string, name = "hook") {
  const r = (await node.gql(CREATE, { input: { kind: "webhook", name, config: { url, secret: SECRET }, events: ["credits.*", "proxy.*"] } }, admin)).data?.createNotifier;
  if (r?.__typename !== "Notifier") throw new Error(`create failed: ${JSON.stringify(r)}`);
  return r.id;
}

const notifyDeps = (node: TestNode) => ({ prisma: node.app.db.prisma, pubsub: node.app.pubsub, log: node.app.log });
/** Makes pending retries due now instead of in minutes. */
const skipBackoff = (node: TestNode) =>
  node.app.db.prisma.notificationDelivery.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(0) } });

describe("the delivery job on a running node", () => {
  // A principal cached for the whole block: a statement count must not catch the cache entry
  // the warm-up request used expiring just before the counted one (two more statements).
  const { node, admin } = useNode({ admin: true, env: { NOTIFY_DELIVERY_POLL_MS: "100", AUTH_CACHE_SECONDS: "300" } });
  let receiver: Receiver;
  let user: TestUser;
  beforeAll(async () => {
    receiver = await startReceiver();
    user = await registerUser(node);
  });
  afterAll(() => receiver?.close());
  beforeEach(async () => {
    await node.app.db.prisma.notifier.deleteMany({});
    receiver.reset();
  });

  const row = async () => node.app.db.prisma.notificationDelivery.findFirstOrThrow();

  it("retries a delivery to a failing peer with backoff and delivers it once the peer recovers", async () => {
    await createWebhook(node, admin, receiver.url);
    receiver.state.failFirst = 2;
    await notify(notifyDeps(node), "credits.low", { userId: "u1", balance: 3 });

    let r = await eventually(async () => ((await row()).attempts === 1 && (await row()).lastError ? row() : undefined), "the first attempt");
    expect(r).toMatchObject({ status: "PENDING", lastError: "webhook answered HTTP 500" });
    expect(r.nextAttemptAt.getTime()).toBeGreaterThan(r.createdAt.getTime()); // waits, does not spin
    await skipBackoff(node);
    r = await eventually(async () => ((await row()).attempts === 2 && (await row()).claimedUntil === null ? row() : undefined), "the second attempt");
    expect(r.status).toBe("PENDING");
    await skipBackoff(node);
    r = await eventually(async () => ((await row()).status === "DELIVERED" ? row() : undefined), "the delivery");

    expect(r).toMatchObject({ attempts: 3, lastError: null });
    expect(receiver.state.calls).toBe(3);
    expect(receiver.got).toEqual([expect.objectContaining({ deliveryId: r.id, event: "credits.low", data: { userId: "u1", balance: 3 }, valid: true })]);
  });

  it("shows admins the deliveries of a notifier, filtered by status; others get nothing", async () => {
    await createWebhook(node, admin, receiver.url);
    await notify(notifyDeps(node), "proxy.pool_low", { activeProxies: 1, threshold: 10 });
    const delivered = await eventually(async () => ((await row()).status === "DELIVERED" ? row() : undefined), "the delivery");

    const list = (await node.gql(DELIVERIES, { first: 10 }, admin)).data!.notifiers[0]!.deliveries;
    expect(list.totalCount).toBe(1);
    const [edge] = list.edges;
    expect(edge!.node).toMatchObject({ event: "proxy.pool_low", status: "DELIVERED", attempts: 1, lastError: null, notifier: { name: "hook" } });
    expect(edge!.node.payload).toMatchObject({ event: "proxy.pool_low", data: { activeProxies: 1, threshold: 10 } });
    expect(edge!.node.deliveredAt).toBeTruthy();
    expect((await node.gql(DELIVERIES, { status: "FAILED" }, admin)).data!.notifiers[0]!.deliveries.totalCount).toBe(0);

    const id = edge!.node.id;
    expect((await node.gql(DELIVERY_NODE, { id }, admin)).data?.node).toEqual({ __typename: "NotificationDelivery", id, status: "DELIVERED" });
    expect((await node.gql(DELIVERY_NODE, { id }, user.auth)).data?.node).toBeNull();
    expect(code(await node.gql(DELIVERIES, {}, user.auth))).toBe("FORBIDDEN");

    expect((await node.gql(RETRY, { id }, admin)).data?.retryDelivery).toMatchObject({
      __typename: "ConflictError",
      message: "Only a FAILED delivery can be retried (this one is DELIVERED)",
    });
    expect(code(await node.gql(RETRY, { id }, user.auth))).toBe("FORBIDDEN");
    expect(code(await node.gql(RETRY, { id }))).toBe("UNAUTHENTICATED");
    expect((await node.gql(RETRY, { id: "00000000-0000-4000-8000-000000000000" }, admin)).data?.retryDelivery).toMatchObject({
      __typename: "NotFoundError",
      message: "Delivery not found",
    });
    expect(rawId(id)).toBe(delivered.id);
  });

  it("retryDelivery queues a FAILED delivery again", async () => {
    await createWebhook(node, admin, receiver.url);
    receiver.state.failFirst = 1;
    receiver.state.failStatus = 404; // final: FAILED at once
    await notify(notifyDeps(node), "credits.low", {});
    const failed = await eventually(async () => ((await row()).status === "FAILED" ? row() : undefined), "the failure");
    expect(failed).toMatchObject({ attempts: 1, lastError: "webhook answered HTTP 404" });

    const retried = (await node.gql(RETRY, { id: failed.id }, admin)).data?.retryDelivery;
    expect(retried).toMatchObject({ __typename: "NotificationDelivery", id: expect.any(String) });
    await eventually(async () => ((await row()).status === "DELIVERED" ? row() : undefined), "the redelivery");
    expect(receiver.got.map((g) => g.deliveryId)).toEqual([failed.id]);
  });

  it("tells admins each recorded outcome and each retry over deliveryUpdated, one notifier's when asked", async () => {
    const hookId = await createWebhook(node, admin, receiver.url);
    const otherId = await createWebhook(node, admin, `${receiver.url}/other`, "other");
    await node.app.db.prisma.notifier.update({ where: { id: rawId(otherId) }, data: { events: ["nothing.*"] } });
    type Seen = { data?: { deliveryUpdated: { id: string; status: string; attempts: number; lastError: string | null; notifier: { name: string } } | null }; errors?: { extensions?: Record<string, unknown> }[] };
    const clients: ReturnType<typeof createClient>[] = [];
    const listen = (auth: Record<string, string>, notifierId?: string) => {
      const client = createClient({ url: `${node.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: auth, retryAttempts: 0 });
      clients.push(client);
      const seen: Seen[] = [];
      void (async () => {
        for await (const r of client.iterate({ query: print(UPDATED), variables: { notifierId } })) seen.push(r as Seen);
      })().catch(() => {});
      return seen;
    };
    try {
      const mine = listen(admin, hookId);
      const others = listen(admin, otherId);
      const refused = listen(user.auth);
      // Refused for good (404): FAILED at the first attempt. Nothing says when a subscription
      // is live on the server, so raise events until one is heard.
      receiver.state.failFirst = 1_000;
      receiver.state.failStatus = 404;
      for (let i = 0; i < 50 && !mine.length; i++) {
        await notify(notifyDeps(node), "credits.low", { i });
        await new Promise((r) => setTimeout(r, 200));
      }
      const failed = mine[0]!.data!.deliveryUpdated!;
      expect(failed).toMatchObject({ status: "FAILED", attempts: 1, lastError: "webhook answered HTTP 404", notifier: { name: "hook" } });
      receiver.state.failFirst = 0;
      ofType((await node.gql(RETRY, { id: failed.id }, admin)).data?.retryDelivery, "NotificationDelivery");
      await expect.poll(() => mine.filter((r) => r.data?.deliveryUpdated?.id === failed.id).map((r) => r.data!.deliveryUpdated!.status), { timeout: 10_000 })
        .toEqual(["FAILED", "PENDING", "DELIVERED"]);
      expect(others).toEqual([]);
      await expect.poll(() => refused.length).toBe(1);
      expect(refused[0]!.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it("lists deliveries with the same statements for a page of 50 as for a page of 2", async () => {
    const notifierId = rawId(await createWebhook(node, admin, "http://127.0.0.1:9/never", "bulk"));
    const later = new Date(Date.now() + 3_600_000); // not due: the job leaves them alone
    await node.app.db.prisma.notificationDelivery.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ event: "credits.low", notifierId, payload: { i }, nextAttemptAt: later })),
    });
    const count = async (first: number) => {
      await node.gql(DELIVERIES, { first }, admin); // warms the principal cache
      const rec = node.recordSql();
      const res = await node.gql(DELIVERIES, { first }, { ...admin, ...rec.headers });
      expect(res.data!.notifiers[0]!.deliveries.edges).toHaveLength(first);
      return rec.statements.length;
    };
    const small = await count(2);
    const large = await count(50);
    expect(large).toBe(small);
    // Notifiers with their deliveries' page and count, then every delivery's notifier in one batch.
    expect(large, "statements").toBeLessThanOrEqual(3);
  });
});

describe("deliveries and claims", () => {
  const { node, admin } = useNode({ admin: true, env: { NOTIFY_DELIVERY_ENABLED: "false" } });
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver?.close());
  beforeEach(async () => {
    await node.app.db.prisma.notifier.deleteMany({});
    receiver.reset();
  });
  const deps = () => ({ prisma: node.app.db.prisma, outbound: node.app.outbound, log: node.app.log });

  it("hands a delivery back without spending an attempt when the node stops mid-send", async () => {
    await createWebhook(node, admin, receiver.url);
    await notify(notifyDeps(node), "credits.low", {});
    const [claimed] = await claimDeliveries(node.app.db.prisma, 10);
    expect(claimed).toMatchObject({ attempts: 1, event: "credits.low" });
    const stop = new AbortController();
    let release!: () => void;
    receiver.state.hold = new Promise<void>((r) => (release = r));
    receiver.state.onRequest = () => stop.abort();
    const outcome = await deliver(deps(), claimed!, stop.signal);
    release();
    expect(outcome.ok).toBe(false);
    const row = await node.app.db.prisma.notificationDelivery.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 0, claimedUntil: null, lastError: null });
    const [n] = await node.app.db.prisma.notifier.findMany();
    expect(n!.lastError).toBeNull(); // stopping is not the receiver's fault
    expect(await claimDeliveries(node.app.db.prisma, 10)).toHaveLength(1); // due again at once
  });

  it("records an outcome only while the claim is still ours", async () => {
    await createWebhook(node, admin, receiver.url);
    await notify(notifyDeps(node), "credits.low", {});
    const [first] = await claimDeliveries(node.app.db.prisma, 10);
    expect(await claimDeliveries(node.app.db.prisma, 10)).toEqual([]); // claimed: nobody else gets it
    // The first claimer stalls past its claim; another takes the delivery over.
    await node.app.db.prisma.notificationDelivery.updateMany({ data: { claimedUntil: new Date(Date.now() - 1000) } });
    const [second] = await claimDeliveries(node.app.db.prisma, 10);
    expect(second).toMatchObject({ id: first!.id, attempts: 2 });

    await deliver(deps(), first!); // sent, but its outcome is not written
    expect(await node.app.db.prisma.notificationDelivery.findFirstOrThrow()).toMatchObject({ status: "PENDING", attempts: 2 });
    await deliver(deps(), second!);
    expect(await node.app.db.prisma.notificationDelivery.findFirstOrThrow()).toMatchObject({ status: "DELIVERED", attempts: 2 });
    // Both sends carried the same id, so the receiver can drop the second.
    expect(receiver.got.map((g) => g.deliveryId)).toEqual([first!.id, first!.id]);
  });
});

// PostgreSQL: a database outlives its nodes there (an in-memory PGlite dies with its node).
describeIfPostgres("a restart or a crash loses no delivery", () => {
  let receiver: Receiver;
  let db: Awaited<ReturnType<typeof freshPostgres>>;
  const nodes: TestNode[] = [];
  beforeAll(async () => {
    receiver = await startReceiver();
    db = await freshPostgres();
  });
  afterAll(async () => {
    for (const n of nodes) await n.close();
    await receiver?.close();
    await db?.drop();
  });
  const start = async (env: Record<string, string>) => {
    const n = await startNode({ databaseUrl: db.url, env });
    nodes.push(n);
    return n;
  };

  it("delivers on the next node what a stopped node queued, and what a dead node had claimed", async () => {
    const a = await start({ NOTIFY_DELIVERY_ENABLED: "false" });
    await createWebhook(a, await adminAuth(a), receiver.url);
    await notify(notifyDeps(a), "proxy.pool_low", { activeProxies: 0, threshold: 10 });
    // A claims this one and dies before sending it: its claim has to lapse first.
    const [claimed] = await claimDeliveries(a.app.db.prisma, 1);
    await notify(notifyDeps(a), "credits.low", { balance: 1 });
    await a.close();
    nodes.splice(nodes.indexOf(a), 1);
    expect(receiver.state.calls).toBe(0);

    const b = await start({ NOTIFY_DELIVERY_POLL_MS: "100" });
    await eventually(() => receiver.got.length >= 1 && receiver.got, "the queued delivery");
    expect(receiver.got.map((g) => g.event)).toEqual(["credits.low"]);
    // Instead of waiting out the dead node's claim, let it lapse now.
    await b.app.db.prisma.notificationDelivery.updateMany({ where: { id: claimed!.id }, data: { claimedUntil: new Date(Date.now() - 1000) } });
    await eventually(() => receiver.got.length >= 2 && receiver.got, "the claimed delivery");
    expect(receiver.got.map((g) => g.event).sort()).toEqual(["credits.low", "proxy.pool_low"]);
    expect(receiver.got.find((g) => g.event === "proxy.pool_low")!.deliveryId).toBe(claimed!.id);
    // The receiver answers before the sender records the outcome: wait for the rows.
    const rows = await eventually(async () => {
      const all = await b.app.db.prisma.notificationDelivery.findMany();
      return all.every((r) => r.status === "DELIVERED") && all;
    }, "both rows marked delivered");
    expect(rows.map((r) => r.status)).toEqual(["DELIVERED", "DELIVERED"]);
  });
});

describeIfPostgres("two nodes on one database", () => {
  const N = 200;
  let receiver: Receiver;
  let db: Awaited<ReturnType<typeof freshPostgres>>;
  let a: TestNode;
  let b: TestNode;
  let notifierId: string;
  beforeAll(async () => {
    receiver = await startReceiver();
    db = await freshPostgres();
    a = await startNode({ databaseUrl: db.url, env: { NOTIFY_DELIVERY_POLL_MS: "50" } });
    b = await startNode({ databaseUrl: db.url, env: { NOTIFY_DELIVERY_POLL_MS: "50" } });
    notifierId = rawId(await createWebhook(a, await adminAuth(a), receiver.url));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await receiver?.close();
    await db?.drop();
  });

  /** Queues `n` deliveries that are not due, then makes them all due at once. */
  async function queueBatch(n: number) {
    const later = new Date(Date.now() + 3_600_000);
    await a.app.db.prisma.notificationDelivery.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        event: "credits.low",
        notifierId,
        payload: { event: "credits.low", timestamp: new Date().toISOString(), data: { i } },
        nextAttemptAt: later,
      })),
    });
    return async () => {
      await a.app.db.prisma.notificationDelivery.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(0) } });
    };
  }

  it("sends each of many deliveries exactly once while both nodes' jobs race for them", async () => {
    receiver.state.delayMs = 5; // keeps sends in flight, so both nodes claim while the other works
    const due = await queueBatch(N);
    await due();
    for (const n of [a, b]) await n.app.pubsub.publish("notifications:queued", { event: "credits.low", count: N });
    const delivered = () => a.app.db.prisma.notificationDelivery.count({ where: { status: "DELIVERED" } });
    await eventually(async () => (await delivered()) === N, `${N} deliveries`, 2400);
    const ids = receiver.got.map((g) => g.deliveryId);
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    expect(receiver.state.calls).toBe(N);
    expect(receiver.got.every((g) => g.valid)).toBe(true);
    const attempts = await a.app.db.prisma.notificationDelivery.groupBy({ by: ["attempts"], _count: true });
    expect(attempts).toEqual([{ attempts: 1, _count: N }]);
    await a.app.db.prisma.notificationDelivery.deleteMany({});
  });

  it("claims every delivery for exactly one of several concurrent claimers", async () => {
    await a.app.jobs.stop(); // the runners stay out of this one
    await b.app.jobs.stop();
    const due = await queueBatch(N);
    await due();
    const drainFrom = async (node: TestNode) => {
      const ids: string[] = [];
      for (let got = await claimDeliveries(node.app.db.prisma, 7); got.length; got = await claimDeliveries(node.app.db.prisma, 7)) {
        ids.push(...got.map((d) => d.id));
      }
      return ids;
    };
    const all = (await Promise.all([drainFrom(a), drainFrom(b), drainFrom(a), drainFrom(b)])).flat();
    expect(all).toHaveLength(N);
    expect(new Set(all).size).toBe(N);
  });
});
