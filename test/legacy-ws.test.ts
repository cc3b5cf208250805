// The legacy /ws bridge over a real server and the `ws` client: the upgrade is authenticated
// like any route (401/403 in seed 000's envelope before any upgrade, `api_key` in the
// query accepted), seed 001's subscribe/unsubscribe/ping protocol with acknowledgements and
// error messages that name the channel, seed 000's passive stream, lease events after a
// release through the legacy routes, and shutdown closing the sockets with 1001.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "../src/generated/graphql/index.js";
import { loginUser, registerUser, startNode, useNode, type TestNode, type TestUser } from "./helpers.js";

const GRANT = graphql(`mutation LegacyWsGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`);

type Message = { type: string; [k: string]: any };

/** A /ws client that keeps every message, so a test can wait for the one it expects. */
class WsClient {
  readonly messages: Message[] = [];
  private waiters: (() => void)[] = [];
  constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      this.messages.push(JSON.parse(data.toString()));
      for (const wake of this.waiters.splice(0)) wake();
    });
  }
  send(message: unknown) {
    this.ws.send(typeof message === "string" ? message : JSON.stringify(message));
  }
  /** The first message from `from` on that matches, once it has arrived. */
  async next(match: (m: Message) => boolean, from = 0): Promise<Message> {
    for (;;) {
      const found = this.messages.slice(from).find(match);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
  /** Sends and waits for the reply of that type that came after it. */
  async request(message: Record<string, unknown>, replyType: string): Promise<Message> {
    const from = this.messages.length;
    this.send(message);
    return this.next((m) => m.type === replyType, from);
  }
  close() {
    this.ws.close();
  }
}

const wsUrl = (node: TestNode, query = "") => `${node.url.replace(/^http/, "ws")}/ws${query}`;

function connect(node: TestNode, opts: { query?: string; headers?: Record<string, string> } = {}): Promise<WsClient> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(node, opts.query), { headers: opts.headers });
    const client = new WsClient(ws);
    ws.once("open", () => resolve(client));
    ws.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.once("error", reject);
  });
}

/** The HTTP answer to an upgrade the server refuses. */
function refusal(node: TestNode, headers: Record<string, string> = {}, query = ""): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(node, query), { headers });
    ws.once("open", () => reject(new Error("upgrade accepted")));
    ws.once("unexpected-response", (_req, res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    ws.once("error", () => undefined);
  });
}

/** Nothing says when the server registered a subscription: act again until the message arrives. */
async function untilMessage(client: WsClient, match: (m: Message) => boolean, act: () => Promise<void>) {
  for (let i = 0; i < 100; i++) {
    const from = client.messages.length;
    await act();
    const got = await Promise.race([client.next(match, from), new Promise<undefined>((r) => setTimeout(r, 100))]);
    if (got) return got;
  }
  throw new Error("no message arrived");
}

const { node, admin } = useNode({ admin: true });

beforeAll(async () => {
  await node.app.db.prisma.proxy.createMany({
    data: Array.from({ length: 20 }, (_, i) => ({ ip: `198.51.100.${i + 1}`, port: 8080, protocol: "HTTP" as const, status: "ACTIVE" as const, score: 0.9 })),
  });
});

const open: WsClient[] = [];
afterAll(() => open.forEach((c) => c.close()));
const connected = async (...args: Parameters<typeof connect>) => {
  const c = await connect(...args);
  open.push(c);
  return c;
};

async function userWithCredits(): Promise<TestUser> {
  const u = await registerUser(node);
  const res = await node.gql(GRANT, { input: { userId: u.id, amount: 100 } }, admin);
  expect(res.data?.grantCredits.__typename).toBe("GrantCreditsPayload");
  return u;
}

/** Takes and releases a lease through the seed 002 routes; returns its raw id. */
async function leaseAndRelease(u: TestUser): Promise<string> {
  const got = await node.http("POST", "/proxies/acquire", { headers: u.auth, body: { lease_duration_seconds: 300 } });
  expect(got.status, got.text).toBe(200);
  const released = await node.http("POST", `/proxies/acquire/${got.body.lease_id}/release`, { headers: u.auth });
  expect(released.status, released.text).toBe(200);
  return got.body.lease_id;
}

describe("legacy /ws", () => {
  it("refuses an upgrade without credentials (401) or with a bad key (403), before upgrading", async () => {
    const missing = await refusal(node);
    expect(missing).toEqual({ status: 401, body: { detail: expect.any(String) } });
    const invalid = await refusal(node, { "x-api-key": "pp_" + "x".repeat(48) });
    expect(invalid).toEqual({ status: 403, body: { detail: expect.any(String) } });
    expect((await refusal(node, {}, "?api_key=nonsense")).status).toBe(403);
  });

  it("accepts the api_key query parameter, X-API-Key, Bearer and the session cookie; ping answers pong", async () => {
    const u = await registerUser(node);
    const byQuery = await connected(node, { query: `?api_key=${encodeURIComponent(u.key)}` });
    expect(await byQuery.request({ type: "ping", timestamp: 1234567890 }, "pong")).toEqual({ type: "pong", timestamp: 1234567890 });
    const byHeader = await connected(node, { headers: { "x-api-key": u.key } });
    expect((await byHeader.request({ type: "ping", timestamp: 42 }, "pong")).timestamp).toBe(42);
    const byBearer = await connected(node, { headers: admin });
    expect((await byBearer.request({ type: "ping", timestamp: 7 }, "pong")).timestamp).toBe(7);
    const { cookie } = await loginUser(node, u.email, u.password);
    const byCookie = await connected(node, { headers: { cookie: cookie! } });
    expect((await byCookie.request({ type: "ping" }, "pong")).timestamp).toEqual(expect.any(Number));
  });

  it("subscribes and unsubscribes with acknowledgements; unknown channels and bad messages answer errors", async () => {
    const u = await registerUser(node);
    const c = await connected(node, { headers: u.auth });
    const from = c.messages.length;
    const ack = await c.request({ type: "subscribe", channels: ["leases", "no_such_channel", "pool:extra"] }, "subscribed");
    expect(ack.channels).toEqual(["leases"]);
    const errors = c.messages.slice(from).filter((m) => m.type === "error");
    expect(errors.map((e) => [e.channel, e.error.code])).toEqual([
      ["no_such_channel", "UNKNOWN_CHANNEL"],
      ["pool:extra", "UNKNOWN_CHANNEL"],
    ]);
    // The first subscribe ended the passive stream: only what was asked for is running.
    expect((await c.request({ type: "unsubscribe", channels: ["leases", "pool"] }, "unsubscribed")).channels).toEqual(["leases"]);
    expect((await c.request({ type: "unsubscribe", channels: ["leases"] }, "unsubscribed")).channels).toEqual([]);

    expect((await c.request({ type: "subscribe", channels: "pool" }, "error")).error.code).toBe("INVALID_MESSAGE");
    expect((await c.request("not json" as never, "error")).error.code).toBe("INVALID_MESSAGE");
    expect((await c.request({ type: "dance" }, "error")).error.code).toBe("INVALID_MESSAGE");
    expect((await c.request({ type: "ping", timestamp: 5 }, "pong")).timestamp).toBe(5); // still open
  });

  it("answers a channel the caller may not use with the GraphQL auth error naming it, and keeps the socket", async () => {
    const u = await registerUser(node);
    const other = await registerUser(node);
    const c = await connected(node, { headers: u.auth });
    const from = c.messages.length;
    const channel = `leases:${other.id}`;
    expect((await c.request({ type: "subscribe", channels: [channel] }, "subscribed")).channels).toEqual([]);
    const error = c.messages.slice(from).find((m) => m.type === "error");
    expect(error).toMatchObject({ type: "error", channel, error: { code: "FORBIDDEN", message: "You may only watch your own leases" } });
    expect((await c.request({ type: "ping", timestamp: 1 }, "pong")).timestamp).toBe(1);

    // An admin may watch that user's leases.
    const a = await connected(node, { headers: admin });
    expect((await a.request({ type: "subscribe", channels: [channel] }, "subscribed")).channels).toEqual([channel]);
  });

  it("delivers the subscriber's lease events after a release through the legacy routes", async () => {
    const u = await userWithCredits();
    const c = await connected(node, { headers: u.auth });
    await c.request({ type: "subscribe", channels: ["leases"] }, "subscribed");
    const released: string[] = [];
    const event = await untilMessage(c, (m) => m.type === "lease_ended", async () => void released.push(await leaseAndRelease(u)));
    expect(released).toContain(event.data.lease_id);
    expect(event).toMatchObject({
      type: "lease_ended",
      timestamp: expect.any(String),
      data: { is_active: false, released_at: expect.any(String), proxy: { ip: expect.stringMatching(/^198\.51\.100\./), port: 8080, protocol: "http" } },
    });
  });

  it("streams passive channels to a client that never subscribes", async () => {
    const u = await userWithCredits();
    const c = await connected(node, { query: `?api_key=${encodeURIComponent(u.key)}` });
    const released: string[] = [];
    const lease = await untilMessage(c, (m) => m.type === "lease_ended", async () => void released.push(await leaseAndRelease(u)));
    expect(released).toContain(lease.data.lease_id);

    const proxy = await node.app.db.prisma.proxy.findFirstOrThrow({ where: { ip: "198.51.100.1" } });
    const change = await untilMessage(c, (m) => m.type === "proxy_status_changed", async () => {
      await node.app.pubsub.publish("proxy:statusChanged", { proxyId: proxy.id, oldStatus: "ACTIVE", newStatus: "DEAD" });
    });
    expect(change.data).toEqual({ proxy_id: proxy.id, ip: "198.51.100.1", port: 8080, protocol: "http", country: null, old_status: "active", new_status: "dead" });
    // Every passive channel is running: unsubscribing names them all.
    const stopped = await c.request({ type: "unsubscribe", channels: ["pool", "leases", "lease_expiring"] }, "unsubscribed");
    expect(stopped.channels).toEqual(["pool", "leases", "lease_expiring"]);
  });
});

describe("legacy /ws at shutdown", () => {
  let own: TestNode;
  beforeAll(async () => {
    own = await startNode();
  });
  afterAll(() => own?.close());

  it("closes open sockets with 1001 (going away)", async () => {
    const u = await registerUser(own);
    const c = await connect(own, { headers: u.auth });
    await c.request({ type: "subscribe", channels: ["pool"] }, "subscribed");
    const closed = new Promise<{ code: number; reason: string }>((resolve) => c.ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() })));
    await own.close();
    expect(await closed).toEqual({ code: 1001, reason: "Server shutting down" });
  });
});
