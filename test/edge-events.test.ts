// Health checks and the events they raise: a backend failing its checks leaves rotation
// (503 through its vhost) and comes back once it passes, raising backend.down / backend.up,
// which reach a webhook registered through /api/v1/webhooks, signed in the header and in the
// body's `signature`, retried after a failure. The jobs are driven by hand, as the runner would.
// Admins hear every change over `edgeChanged`.
import { createHmac } from "node:crypto";
import { print } from "graphql";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "../src/generated/graphql/index.js";
import { deliveryJob } from "../src/domains/notifications/deliveries.job.js";
import { healthCheckJob } from "../src/domains/edge/health.job.js";
import type { AppDeps } from "../src/domain.js";
import { runClaimJob } from "../src/jobs/runner.js";
import { registerUser, useNode, type TestUser } from "./helpers.js";
import { hostRequest, startBackend, type Backend } from "./edge-peer.js";
import { SECRET, startReceiver } from "./notifications-peer.js";

const EDGE_CHANGED = graphql(`subscription EdgeEventsChanged { edgeChanged { at } }`);

const { node, admin } = useNode({ admin: true, env: { HEALTH_CHECKS_ENABLED: "false", NOTIFY_DELIVERY_ENABLED: "false" } });
let peer: Backend;
let user: TestUser;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  peer = await startBackend();
  receiver = await startReceiver();
  user = await registerUser(node);
});
afterAll(async () => {
  await peer?.close();
  await receiver?.close();
});

const api = (method: string, path: string, body?: unknown, headers: Record<string, string> = admin) =>
  node.http(method, `/api/v1${path}`, { body, headers });
const ctx = () => ({ log: node.app.log, signal: new AbortController().signal, stopping: () => false });
const deps = () => ({ config: node.app.config, prisma: node.app.db.prisma, pubsub: node.app.pubsub, outbound: node.app.outbound, log: node.app.log }) as unknown as AppDeps;
/** One round of checks over every backend, due or not. */
async function checkAll() {
  await node.app.db.prisma.backend.updateMany({ data: { nextCheckAt: new Date(0) } });
  return runClaimJob(healthCheckJob(deps()), ctx());
}
const deliver = () => runClaimJob(deliveryJob({ config: node.app.config, prisma: node.app.db.prisma, outbound: node.app.outbound }), ctx());

describe("health checks", () => {
  it("take a failing backend out of rotation and bring it back, raising backend.down and backend.up", async () => {
    const hook = await api("POST", "/webhooks", { url: receiver.url, events: ["backend.*"], secret: SECRET });
    expect(hook.status).toBe(201);
    await api("POST", "/backends", { name: "checked", target: peer.url, health_check_path: "/healthz", health_check_interval: 1 });
    await api("POST", "/vhosts", { domains: ["checked.example.test"], backend: { name: "checked" } });

    expect(await checkAll()).toBe(1);
    let health = await api("GET", "/backends/checked/health");
    expect(health.body).toMatchObject({ healthy: true, health: "healthy", checks_passed: 1, checks_failed: 0, status_code: 200 });
    expect(health.body.response_time).toEqual(expect.any(Number));
    expect(health.body.last_check).toEqual(expect.any(String));

    peer.healthStatus = 500;
    await checkAll();
    // One failure is not yet enough (HEALTH_UNHEALTHY_AFTER=2): still in rotation.
    expect((await hostRequest(node.url, "checked.example.test", "/a")).status).toBe(200);
    await checkAll();
    health = await api("GET", "/backends/checked/health");
    expect(health.body).toMatchObject({ healthy: false, health: "unhealthy", checks_failed: 2, status_code: 500, in_rotation: false });
    const down = await hostRequest(node.url, "checked.example.test", "/a");
    expect(down.status).toBe(503);
    expect(JSON.parse(down.text).error.code).toBe("SERVICE_UNAVAILABLE");

    peer.healthStatus = 200;
    await checkAll();
    expect((await api("GET", "/backends/checked/health")).body).toMatchObject({ healthy: true, in_rotation: true, checks_passed: 2 });
    expect((await hostRequest(node.url, "checked.example.test", "/a")).status).toBe(200);

    // A stopped backend is not checked.
    await api("POST", "/backends/checked/stop");
    expect(await checkAll()).toBe(0);
    await api("POST", "/backends/checked/start");

    // The events reach the webhook: the first attempt fails and is retried.
    receiver.state.failFirst = 1;
    expect(await deliver()).toBe(2);
    await node.app.db.prisma.notificationDelivery.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(0) } });
    await deliver();
    const events = receiver.got.map((r) => r.event).sort();
    expect(events).toEqual(["backend.down", "backend.up"]);
    for (const r of receiver.got) {
      expect(r.valid).toBe(true);
      // The body's `signature`: HMAC-SHA256 of the body without that member, as documented.
      const { signature, ...rest } = JSON.parse(r.body);
      expect(signature).toBe(`sha256=${createHmac("sha256", SECRET).update(JSON.stringify(rest)).digest("hex")}`);
    }
    expect(receiver.got.find((r) => r.event === "backend.down")!.data).toMatchObject({ backend: "checked", error: "HTTP 500" });
    const deliveries = await node.app.db.prisma.notificationDelivery.findMany();
    expect(deliveries.map((d) => d.status)).toEqual(["DELIVERED", "DELIVERED"]);
    expect(Math.max(...deliveries.map((d) => d.attempts))).toBe(2);
  });
});

describe("webhook routes", () => {
  it("register, list and delete webhooks (admin only), refusing bad input with field errors", async () => {
    expect((await api("GET", "/webhooks", undefined, {})).status).toBe(401);
    expect((await api("GET", "/webhooks", undefined, user.auth)).status).toBe(403);
    const bad = await api("POST", "/webhooks", { url: "ftp://x", events: ["nope.*"], secret: "short" });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(["url", "secret"]));
    const badEvents = await api("POST", "/webhooks", { url: receiver.url, events: ["nope.*"], secret: SECRET });
    expect(badEvents.status).toBe(422);
    expect(badEvents.body.error.details.fields[0].field).toBe("events");

    const made = await api("POST", "/webhooks", { url: `${receiver.url}/two`, events: ["backend.down", "proxy.*"], secret: SECRET });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ url: `${receiver.url}/two`, events: ["backend.down", "proxy.*"], active: true });
    expect(made.body.secret).toBeUndefined();
    const list = await api("GET", "/webhooks?limit=1&sort=created&order=desc");
    expect(list.body.pagination).toMatchObject({ page: 1, limit: 1, total: 2, pages: 2, has_next: true });
    expect(list.body.webhooks[0].id).toBe(made.body.id);
    expect((await api("GET", "/webhooks?sort=url")).status).toBe(422);
    expect((await api("DELETE", `/webhooks/${made.body.id}`)).status).toBe(204);
    expect((await api("DELETE", `/webhooks/${made.body.id}`)).status).toBe(404);
  });
});

describe("edgeChanged", () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** Every result of an edgeChanged subscription, as it arrives. */
  const listen = (auth: Record<string, string>) => {
    const client = createClient({ url: `${node.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: auth, retryAttempts: 0 });
    const seen: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }[] = [];
    void (async () => {
      for await (const r of client.iterate({ query: print(EDGE_CHANGED) })) seen.push(r as never);
    })().catch(() => {});
    return { client, seen };
  };

  it("tells admins that vhosts or backends changed, including a health change found by a check", async () => {
    const { client, seen } = listen(admin);
    try {
      // Nothing says when the subscription is live on the server: change things until it hears one.
      for (let i = 0; i < 50 && !seen.length; i++) {
        await api("POST", "/backends", { name: `live-${i}`, target: peer.url, health_check_path: "/healthz" });
        await sleep(200);
      }
      expect(seen[0]).toEqual({ data: { edgeChanged: { at: expect.any(String) } } });
      // Then a check that changes the new backends' health (unknown -> healthy), and nothing else.
      await sleep(300);
      const before = seen.length;
      peer.healthStatus = 200;
      await checkAll();
      await expect.poll(() => seen.length).toBeGreaterThan(before);
      expect(seen.at(-1)).toEqual({ data: { edgeChanged: { at: expect.any(String) } } });
    } finally {
      await client.dispose();
    }
  });

  it("refuses everyone but admins", async () => {
    const { client, seen } = listen(user.auth);
    try {
      await expect.poll(() => seen.length).toBe(1);
      expect(seen[0]!.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    } finally {
      await client.dispose();
    }
  });
});
