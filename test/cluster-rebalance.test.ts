// Rebalance: the unexpired claims of departed nodes go back to the pool and every node's
// claim jobs wake; the claims of live nodes (this one, an active peer) are left alone. The
// validator and delivery jobs are off, so the claims set here stay as they are until the test
// looks at them; the peers are rows in cluster_nodes, not processes. The proxies are loopback
// rows that are claimed and released, never checked; the webhook target is a closed loopback port.
import { describe, expect, it } from "vitest";
import { createValidator } from "../src/domains/proxies/validator.service.js";
import { claimDeliveries } from "../src/domains/notifications/deliveries.service.js";
import { graphql } from "../src/generated/graphql/index.js";
import { registerUser, useNode } from "./helpers.js";

const REBALANCE = graphql(`mutation RebalanceTest { clusterRebalance { success message released { proxyChecks deliveries } } }`);
const STATUS = graphql(`query RebalanceTestStatus { clusterStatus { role } }`);

describe("cluster rebalance", () => {
  const { node, admin } = useNode({ admin: true, env: { VALIDATOR_ENABLED: "false", NOTIFY_DELIVERY_ENABLED: "false" } });

  it("records the claiming node on proxy checks and deliveries", async () => {
    const prisma = node.app.db.prisma;
    const proxy = await prisma.proxy.create({ data: { ip: "127.0.0.60", port: 8080, protocol: "HTTP" } });
    const validator = createValidator({ prisma, guard: node.app.outbound, config: node.app.config, log: node.app.log, nodeId: "node-claims", ownJudgeUrl: () => `${node.url}/judge` });
    try {
      const claimed = await validator.dueWork().claim(50);
      expect(claimed.map((r) => r.id)).toContain(proxy.id);
      expect(await prisma.proxy.findUniqueOrThrow({ where: { id: proxy.id } })).toMatchObject({ claimedBy: "node-claims", claimedUntil: expect.any(Date) });
    } finally {
      await validator.close();
      await prisma.proxy.update({ where: { id: proxy.id }, data: { claimedUntil: null, claimedBy: null, nextCheckAt: new Date(Date.now() + 3_600_000) } });
    }
    const notifier = await prisma.notifier.create({ data: { kind: "webhook", name: "claims", config: { url: "http://127.0.0.1:9/", secret: "0123456789abcdef" }, events: ["*"] } });
    const delivery = await prisma.notificationDelivery.create({ data: { event: "credits.low", notifierId: notifier.id, payload: {} } });
    const [row] = await claimDeliveries(prisma, 10, "node-claims");
    expect(row?.id).toBe(delivery.id);
    expect(await prisma.notificationDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ claimedBy: "node-claims", attempts: 1 });
    await prisma.notificationDelivery.delete({ where: { id: delivery.id } });
  });

  it("is refused to users who are not admins (FORBIDDEN, 403) and to anonymous callers (401), handing nothing back", async () => {
    const prisma = node.app.db.prisma;
    await prisma.clusterNode.create({
      data: { id: "peer-gone-early", address: "127.0.0.1:1", version: "test", pid: 1, state: "DEAD", startedAt: new Date(), lastHeartbeat: new Date() },
    });
    const proxy = await prisma.proxy.create({
      data: { ip: "127.0.0.67", port: 8080, protocol: "HTTP", claimedBy: "peer-gone-early", claimedUntil: new Date(Date.now() + 3_600_000), nextCheckAt: new Date(Date.now() + 3_600_000) },
    });
    const user = await registerUser(node);
    const res = await node.gql(REBALANCE, {}, user.auth);
    expect(res.data?.clusterRebalance ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await node.http("POST", "/api/v1/cluster/rebalance", { headers: user.auth })).status).toBe(403);
    expect((await node.http("POST", "/api/v1/cluster/rebalance")).status).toBe(401);
    expect((await prisma.proxy.findUniqueOrThrow({ where: { id: proxy.id } })).claimedBy).toBe("peer-gone-early");
    // Leaves nothing behind for the next test's exact counts.
    await prisma.proxy.delete({ where: { id: proxy.id } });
    await prisma.clusterNode.delete({ where: { id: "peer-gone-early" } });
  });

  it("hands back the claims of dead and departed nodes, marks silent ones dead, and wakes every node", async () => {
    const prisma = node.app.db.prisma;
    // Failure detection runs in the rebalance only on the leader: this node, once it has the lease.
    await expect.poll(async () => (await node.gql(STATUS, {}, admin)).data?.clusterStatus.role, { timeout: 10_000 }).toBe("leader");
    const hour = 3_600_000;
    const now = Date.now();
    const peer = (id: string, state: "ACTIVE" | "DEAD" | "LEFT", heartbeat: number) =>
      ({ id, address: "127.0.0.1:1", version: "test", pid: 1, state, startedAt: new Date(now - 2 * hour), lastHeartbeat: new Date(heartbeat) }) as const;
    await prisma.clusterNode.createMany({
      data: [peer("peer-dead", "DEAD", now - hour), peer("peer-left", "LEFT", now - hour), peer("peer-silent", "ACTIVE", now - hour), peer("peer-alive", "ACTIVE", now)],
    });
    const later = new Date(now + hour); // claims that have not lapsed
    const lapsed = new Date(now - 1000);
    const claims: [string, string, Date][] = [
      ["127.0.0.61", "peer-dead", later],
      ["127.0.0.62", "peer-left", later],
      ["127.0.0.63", "peer-silent", later],
      ["127.0.0.64", "peer-alive", later],
      ["127.0.0.65", node.app.nodeId, later],
      ["127.0.0.66", "peer-dead", lapsed],
    ];
    const proxies = [];
    for (const [ip, by, until] of claims) {
      proxies.push(await prisma.proxy.create({ data: { ip, port: 8080, protocol: "HTTP", claimedBy: by, claimedUntil: until, nextCheckAt: later } }));
    }
    const notifier = await prisma.notifier.create({ data: { kind: "webhook", name: "rebalance", config: { url: "http://127.0.0.1:9/", secret: "0123456789abcdef" }, events: ["*"] } });
    const delivery = (claimedBy: string, status: "PENDING" | "DELIVERED") =>
      prisma.notificationDelivery.create({ data: { event: "credits.low", notifierId: notifier.id, payload: {}, status, attempts: 1, claimedBy, claimedUntil: later } });
    const [orphan, kept, done] = [await delivery("peer-dead", "PENDING"), await delivery("peer-alive", "PENDING"), await delivery("peer-left", "DELIVERED")];

    const woken: { by: string; released: number }[] = [];
    const topic = node.app.pubsub.subscribe("cluster:rebalance");
    void (async () => {
      for await (const e of topic) woken.push(e);
    })();
    try {
      const res = await node.gql(REBALANCE, {}, admin);
      expect(res.errors).toBeUndefined();
      // peer-dead's and peer-left's proxy, and peer-silent's once it is marked dead; peer-dead's delivery.
      expect(res.data?.clusterRebalance).toEqual({ success: true, message: "Cluster rebalanced: 4 claims of departed nodes handed back", released: { proxyChecks: 3, deliveries: 1 } });
      await expect.poll(() => woken.some((e) => e.by === node.app.nodeId)).toBe(true);
    } finally {
      await topic.return?.();
    }

    expect((await prisma.clusterNode.findUniqueOrThrow({ where: { id: "peer-silent" } })).state).toBe("DEAD");
    const after = await prisma.proxy.findMany({ where: { id: { in: proxies.map((p) => p.id) } } });
    const claimOf = (ip: string) => {
      const p = after.find((x) => x.ip === ip)!;
      return [p.claimedBy, p.claimedUntil?.getTime() ?? null];
    };
    expect(claimOf("127.0.0.61")).toEqual([null, null]);
    expect(claimOf("127.0.0.62")).toEqual([null, null]);
    expect(claimOf("127.0.0.63")).toEqual([null, null]);
    expect(claimOf("127.0.0.64")).toEqual(["peer-alive", later.getTime()]);
    expect(claimOf("127.0.0.65")).toEqual([node.app.nodeId, later.getTime()]);
    expect(claimOf("127.0.0.66")).toEqual(["peer-dead", lapsed.getTime()]); // lapsed already: due for anyone, nothing to hand back
    const deliveries = await prisma.notificationDelivery.findMany({ where: { notifierId: notifier.id } });
    const byId = new Map(deliveries.map((d) => [d.id, d]));
    expect(byId.get(orphan.id)).toMatchObject({ claimedBy: null, claimedUntil: null, status: "PENDING", attempts: 1 });
    expect(byId.get(kept.id)).toMatchObject({ claimedBy: "peer-alive", claimedUntil: later });
    expect(byId.get(done.id)).toMatchObject({ claimedBy: "peer-left", status: "DELIVERED" });

    // Nothing left to hand back; the legacy route says so in its addition to seed 001's body.
    const again = await node.http("POST", "/api/v1/cluster/rebalance", { headers: admin });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ success: true, message: "Cluster rebalanced", released_claims: { proxy_checks: 0, deliveries: 0 } });
  });
});
