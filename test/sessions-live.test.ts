// Sessions over GraphQL: the whole flow (register, connections with filters, events, end,
// stats, node lookups) and the live stream: a graphql-ws subscriber and a legacy /ws client
// each receive every event of their own sessions exactly once and nothing of anyone else's.
import { createClient, type Client } from "graphql-ws";
import { print } from "graphql";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { ofType, registerUser, useNode, type TestNode, type TestUser } from "./helpers.js";

const REGISTER = graphql(`mutation LiveTestRegister($input: RegisterSessionInput!) { registerSession(input: $input) { __typename
  ... on AutomationSession { id status profileId targetHost proxy country startedAt } ... on Error { code message } } }`);
const END = graphql(`mutation LiveTestEnd($input: EndSessionInput!) { endSession(input: $input) { __typename
  ... on EndSessionPayload { leaseReleased session { id status success durationSeconds error endedAt } } ... on Error { code message } } }`);
const LOG = graphql(`mutation LiveTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename
  ... on SessionEvent { id type details sessionId } ... on ValidationError { fields { field message } } ... on Error { code message } } }`);
const LIST = graphql(`query LiveTestList($filter: SessionFilter, $events: SessionEventFilter) {
  automationSessions(first: 10, filter: $filter) { totalCount edges { node { id status events(first: 5) { totalCount edges { node { type } } } } } }
  sessionEvents(first: 10, filter: $events) { totalCount edges { node { type session { id } } } } }`);
const NODE = graphql(`query LiveTestNode($id: ID!) { node(id: $id) { __typename ... on AutomationSession { id } } }`);
const STATS = graphql(`query LiveTestStats { sessionStats { total active successful failed successRate ipHealth { healthy } } }`);
const EVENTS_SUB = graphql(`subscription LiveTestEvents($sessionId: ID) { eventLogged(sessionId: $sessionId) { id type details session { id } } }`);
const STATS_SUB = graphql(`subscription LiveTestStatsSub { statsUpdated { total active } }`);
const ACQUIRE = graphql(`mutation LiveTestAcquire { acquireProxy(input: { leaseDurationSeconds: 60 }) { __typename ... on AcquireProxyPayload { lease { id isActive } } } }`);
const LEASE = graphql(`query LiveTestLease($id: ID!) { node(id: $id) { ... on Lease { isActive } } }`);
const GRANT = graphql(`mutation LiveTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`);

type Msg = { type: string; data?: any };

/** Collects what a source delivers, so a test can wait for the item it expects. */
class Inbox<T> {
  readonly items: T[] = [];
  private waiters: (() => void)[] = [];
  push(item: T) {
    this.items.push(item);
    for (const wake of this.waiters.splice(0)) wake();
  }
  async until(match: (item: T) => boolean): Promise<T> {
    for (;;) {
      const found = this.items.find(match);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
  has(match: (item: T) => boolean) {
    return this.items.some(match);
  }
}

const raw = (gid: string) => Buffer.from(gid, "base64").toString().split(":").pop()!;
const wsBase = (node: TestNode) => node.url.replace(/^http/, "ws");

describe("sessions over GraphQL", () => {
  const { node, admin } = useNode({ admin: true });
  let u: TestUser;
  let other: TestUser;
  const clients: Client[] = [];
  const sockets: WebSocket[] = [];
  beforeAll(async () => {
    u = await registerUser(node);
    other = await registerUser(node);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    for (const s of sockets) s.close();
  });

  const register = async (t: TestUser, input: Record<string, unknown> = {}) => ofType((await node.gql(REGISTER, { input }, t.auth)).data?.registerSession, "AutomationSession");
  const log = async (t: TestUser, sessionId: string, type: string, details?: unknown) => (await node.gql(LOG, { input: { sessionId, type: type as never, details } }, t.auth)).data!.logSessionEvent;

  it("runs the whole flow", async () => {
    const s = await register(u, { profileId: "p1", targetUrl: "https://shop.example/cart", proxy: "203.0.113.5:8080", country: "de" });
    expect(s).toMatchObject({ status: "ACTIVE", profileId: "p1", targetHost: "shop.example", proxy: "203.0.113.5:8080", country: "DE" });
    expect(ofType(await log(u, s.id, "NAVIGATION", { url: "https://shop.example/cart" }), "SessionEvent").details).toEqual({ url: "https://shop.example/cart" });
    ofType(await log(u, s.id, "CLICK"), "SessionEvent");
    const list = (await node.gql(LIST, { filter: { status: "ACTIVE", targetHost: "shop.example" }, events: { sessionId: s.id, type: "CLICK" } }, u.auth)).data!;
    expect(list.automationSessions.totalCount).toBe(1);
    expect(list.automationSessions.edges[0].node.events.totalCount).toBe(2);
    expect(list.sessionEvents).toMatchObject({ totalCount: 1, edges: [{ node: { type: "CLICK", session: { id: s.id } } }] });
    const ended = ofType((await node.gql(END, { input: { id: s.id, success: false, durationSeconds: 3.5, error: "blocked" } }, u.auth)).data?.endSession, "EndSessionPayload");
    expect(ended.session).toMatchObject({ status: "FAILED", success: false, durationSeconds: 3.5, error: "blocked" });
    expect((await node.gql(STATS, {}, u.auth)).data!.sessionStats).toMatchObject({ total: 1, active: 0, failed: 1, successRate: 0, ipHealth: { healthy: 1 } });
    // Not the other user's: not found, invisible, cannot be ended or logged on.
    expect((await node.gql(NODE, { id: s.id }, other.auth)).data!.node).toBeNull();
    expect((await node.gql(NODE, { id: s.id }, admin)).data!.node).toMatchObject({ id: s.id });
    expect((await node.gql(LIST, {}, other.auth)).data!.automationSessions.totalCount).toBe(0);
    const s2 = await register(u);
    expect((await node.gql(END, { input: { id: s2.id, success: true } }, other.auth)).data?.endSession).toMatchObject({ __typename: "NotFoundError" });
    expect(await log(other, s2.id, "CLICK")).toMatchObject({ __typename: "NotFoundError" });
  });

  it("refuses bad input with typed errors", async () => {
    const s = await register(u);
    expect((await node.gql(REGISTER, { input: { id: raw(s.id) } }, u.auth)).data?.registerSession).toMatchObject({ __typename: "ConflictError" });
    expect((await node.gql(REGISTER, { input: { id: "nope" } }, u.auth)).data?.registerSession.__typename).toBe("ValidationError");
    expect((await node.gql(END, { input: { id: s.id, success: true, durationSeconds: -1 } }, u.auth)).data?.endSession.__typename).toBe("ValidationError");
    const big = await log(u, s.id, "CUSTOM", { blob: "x".repeat(70_000) });
    expect(big).toMatchObject({ __typename: "ValidationError", fields: [{ field: "details" }] });
    expect((await log(u, s.id, "CUSTOM", [1, 2])).__typename).toBe("ValidationError");
    const unknownType = await node.gql(LOG, { input: { sessionId: s.id, type: "DANCE" as never } }, u.auth);
    expect(unknownType.errors?.[0].message).toContain("DANCE");
  });

  it("releases the session's lease when asked", async () => {
    await node.app.db.prisma.proxy.create({ data: { ip: "198.51.100.90", port: 8000, protocol: "HTTP", status: "ACTIVE", score: 0.5 } });
    await node.gql(GRANT, { input: { userId: u.id, amount: 5 } }, admin);
    const lease = (await node.gql(ACQUIRE, {}, u.auth)).data!.acquireProxy as { lease: { id: string } };
    const s = await register(u, { leaseId: lease.lease.id });
    expect(s.proxy).toBe("198.51.100.90:8000");
    expect((await node.gql(REGISTER, { input: { leaseId: lease.lease.id } }, other.auth)).data?.registerSession.__typename).toBe("NotFoundError");
    const ended = ofType((await node.gql(END, { input: { id: s.id, success: true, releaseLease: true } }, u.auth)).data?.endSession, "EndSessionPayload");
    expect(ended.leaseReleased).toBe(true);
    expect((await node.gql(LEASE, { id: lease.lease.id }, u.auth)).data!.node).toEqual({ isActive: false });
  });

  it("delivers each event exactly once to a graphql-ws subscriber and a /ws client, and only the owner's", async () => {
    const mine = await register(u);
    const theirs = await register(other);
    const sub = (t: TestUser, variables: Record<string, unknown> = {}) => {
      const inbox = new Inbox<any>();
      const client = createClient({ url: `${wsBase(node)}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: t.auth.authorization }, retryAttempts: 0 });
      clients.push(client);
      client.subscribe({ query: print(EVENTS_SUB), variables }, { next: (r) => inbox.push(r.data?.eventLogged), error: () => undefined, complete: () => undefined });
      return inbox;
    };
    const legacy = async (t: TestUser) => {
      const inbox = new Inbox<Msg>();
      const ws = new WebSocket(`${wsBase(node)}/ws`, { headers: { "x-api-key": t.key } });
      sockets.push(ws);
      ws.on("message", (d) => inbox.push(JSON.parse(d.toString())));
      await new Promise((resolve, reject) => (ws.once("open", resolve), ws.once("error", reject)));
      return inbox;
    };
    const gqlMine = sub(u);
    const gqlOneSession = sub(u, { sessionId: mine.id });
    const gqlTheirs = sub(other);
    const wsMine = await legacy(u);
    const wsTheirs = await legacy(other);
    // Nothing says when a subscription is live: log warm-up events until each has seen one.
    const ready = async (t: TestUser, sessionId: string, inboxes: { has(m: (x: any) => boolean): boolean }[]) => {
      for (let i = 0; i < 200; i++) {
        const e = ofType(await log(t, sessionId, "CUSTOM", { warmup: i }), "SessionEvent");
        await new Promise((r) => setTimeout(r, 25));
        if (inboxes.every((b) => b.has((x) => x?.id === e.id || x?.data?.id === raw(e.id)))) return;
      }
      throw new Error("subscriptions never became live");
    };
    await ready(u, mine.id, [gqlMine, gqlOneSession, wsMine]);
    await ready(other, theirs.id, [gqlTheirs, wsTheirs]);

    const otherSession = await register(u);
    const logged: string[] = [];
    for (let i = 0; i < 15; i++) {
      logged.push(ofType(await log(u, i % 3 === 0 ? otherSession.id : mine.id, "NAVIGATION", { step: i, text: "a,b \"c\"\nd" }), "SessionEvent").id);
    }
    const sentinel = ofType(await log(u, mine.id, "CUSTOM", { sentinel: true }), "SessionEvent").id;
    const theirSentinel = ofType(await log(other, theirs.id, "CUSTOM", { sentinel: true }), "SessionEvent").id;
    await gqlMine.until((e) => e?.id === sentinel);
    await gqlOneSession.until((e) => e?.id === sentinel);
    await wsMine.until((m) => m.type === "event_logged" && m.data.id === raw(sentinel));
    await gqlTheirs.until((e) => e?.id === theirSentinel);
    await wsTheirs.until((m) => m.type === "event_logged" && m.data.id === raw(theirSentinel));

    for (const id of logged) {
      expect(gqlMine.items.filter((e) => e?.id === id)).toHaveLength(1);
      expect(wsMine.items.filter((m) => m.type === "event_logged" && m.data.id === raw(id))).toHaveLength(1);
      expect(gqlTheirs.has((e) => e?.id === id)).toBe(false);
      expect(wsTheirs.has((m) => m.data?.id === raw(id))).toBe(false);
    }
    // The one-session subscription got that session's events only.
    const inSession = logged.filter((_, i) => i % 3 !== 0);
    expect(gqlOneSession.items.filter((e) => logged.includes(e?.id)).map((e) => e.id)).toEqual(inSession);
    const first = wsMine.items.find((m) => m.type === "event_logged" && m.data.id === raw(logged[1]))!;
    expect(first.data).toMatchObject({ session_id: raw(mine.id), event_type: "navigation", details: { step: 1, text: "a,b \"c\"\nd" } });
    // The /ws client also hears sessions start and end, and the stats.
    const s = await register(u);
    await wsMine.until((m) => m.type === "session_started" && m.data.session_id === raw(s.id));
    await node.gql(END, { input: { id: s.id, success: true } }, u.auth);
    await wsMine.until((m) => m.type === "session_ended" && m.data.session_id === raw(s.id) && m.data.status === "completed");
    await wsMine.until((m) => m.type === "stats_updated" && typeof m.data.total_sessions === "number");
    expect(wsTheirs.has((m) => m.data?.session_id === raw(s.id))).toBe(false);
  }, 60_000);

  it("sends stats snapshots at most once a second", async () => {
    const t = await registerUser(node);
    const inbox = new Inbox<any>();
    const client = createClient({ url: `${wsBase(node)}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: t.auth.authorization }, retryAttempts: 0 });
    clients.push(client);
    const times: number[] = [];
    client.subscribe({ query: print(STATS_SUB) }, { next: (r) => (times.push(Date.now()), inbox.push(r.data?.statsUpdated)), error: () => undefined, complete: () => undefined });
    await inbox.until((s) => s.total === 0);
    for (let i = 0; i < 10; i++) await register(t);
    await inbox.until((s) => s.total === 10);
    // Ten changes within a few seconds: one snapshot per second at most (plus the first).
    const seconds = (times[times.length - 1] - times[0]) / 1000;
    expect(times.length).toBeLessThanOrEqual(Math.floor(seconds) + 2);
    expect(times.length).toBeLessThan(11);
  });
});

// The events bench's subscribers ask for the event's own fields; those come from the topic's
// payload. A field that made Prisma read the event back would cost one statement per
// subscriber per event and sink delivery under load, so this counts them.
describe("eventLogged delivery cost", () => {
  const SUBSCRIBERS = 12;
  const deliveryStatements: string[] = [];
  let counting = false;
  const { node } = useNode({ onStatement: (sql, requestId) => counting && !requestId && deliveryStatements.push(sql) });
  const clients: Client[] = [];
  afterAll(async () => {
    for (const c of clients) await c.dispose();
  });
  const SCALARS = `subscription DeliveryCost($sessionId: ID!) { eventLogged(sessionId: $sessionId) { id type details sessionId createdAt } }`;

  it("reads nothing from the database per subscriber when the selection is the event's own fields", async () => {
    const t = await registerUser(node);
    const s = ofType((await node.gql(REGISTER, { input: {} }, t.auth)).data?.registerSession, "AutomationSession");
    const inboxes = Array.from({ length: SUBSCRIBERS }, () => {
      const inbox = new Inbox<any>();
      const client = createClient({ url: `${wsBase(node)}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: t.auth.authorization }, retryAttempts: 0 });
      clients.push(client);
      client.subscribe({ query: SCALARS, variables: { sessionId: s.id } }, { next: (r) => inbox.push(r.data?.eventLogged), error: () => undefined, complete: () => undefined });
      return inbox;
    });
    const logOne = async (details: unknown) => ofType((await node.gql(LOG, { input: { sessionId: s.id, type: "CUSTOM", details } }, t.auth)).data!.logSessionEvent, "SessionEvent");
    // Warm up until every subscription is live (subscribing authenticates, which reads).
    for (let i = 0; ; i++) {
      const e = await logOne({ warmup: i });
      await new Promise((r) => setTimeout(r, 25));
      if (inboxes.every((b) => b.has((x) => x?.id === e.id))) break;
      if (i > 200) throw new Error("subscriptions never became live");
    }
    counting = true;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await logOne({ n: i })).id);
    for (const inbox of inboxes) await inbox.until((x) => x?.id === ids[4]);
    counting = false;
    for (const inbox of inboxes) expect(inbox.items.filter((x) => ids.includes(x?.id)).map((x) => x.details.n)).toEqual([0, 1, 2, 3, 4]);
    // Statements outside any HTTP request: a delivery that read the event, its session or its
    // owner back would show here as a Prisma query (the sessions jobs' own statements, which
    // may run meanwhile, are plain SQL without the "public" schema prefix).
    expect(deliveryStatements.filter((q) => /"public"\."(session_events|automation_sessions|users|api_keys)"/.test(q))).toEqual([]);
  });

  it("feeds subscribers with the same key, document and variables from one shared execution; others apart", async () => {
    const gauge = async (name: string) => {
      const line = (await node.http("GET", "/metrics")).text.split("\n").find((l) => l.startsWith(`${name} `));
      return Number(line?.split(" ")[1]);
    };
    const [before, beforeSubs] = [await gauge("graphql_shared_streams"), await gauge("graphql_shared_stream_subscribers")];
    const [a, b] = [await registerUser(node), await registerUser(node)];
    const session = async (u: TestUser) => ofType((await node.gql(REGISTER, { input: {} }, u.auth)).data?.registerSession, "AutomationSession");
    const [sa, sb] = [await session(a), await session(b)];
    const QUERY = `subscription SharedCount($sessionId: ID!) { eventLogged(sessionId: $sessionId) { id details } }`;
    const watch = (u: TestUser, sessionId: string) => {
      const inbox = new Inbox<any>();
      const client = createClient({ url: `${wsBase(node)}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: u.auth.authorization }, retryAttempts: 0 });
      clients.push(client);
      client.subscribe({ query: QUERY, variables: { sessionId } }, { next: (r) => inbox.push(r.data?.eventLogged), error: () => undefined, complete: () => undefined });
      return inbox;
    };
    // Five of a's subscribers on one session share; b's two on its own session share apart.
    const mine = Array.from({ length: 5 }, () => watch(a, sa.id));
    const theirs = Array.from({ length: 2 }, () => watch(b, sb.id));
    const log = async (u: TestUser, sessionId: string, n: number) =>
      ofType((await node.gql(LOG, { input: { sessionId, type: "CUSTOM", details: { n } } }, u.auth)).data!.logSessionEvent, "SessionEvent");
    for (let i = 0; ; i++) {
      const [ea, eb] = [await log(a, sa.id, -1), await log(b, sb.id, -1)];
      await new Promise((r) => setTimeout(r, 25));
      if (mine.every((x) => x.has((e) => e?.id === ea.id)) && theirs.every((x) => x.has((e) => e?.id === eb.id))) break;
      if (i > 200) throw new Error("subscriptions never became live");
    }
    expect(await gauge("graphql_shared_streams")).toBe(before + 2);
    expect(await gauge("graphql_shared_stream_subscribers")).toBe(beforeSubs + 7);
    const e = await log(a, sa.id, 7);
    for (const inbox of mine) expect((await inbox.until((x) => x?.id === e.id)).details).toEqual({ n: 7 });
    for (const inbox of theirs) expect(inbox.has((x) => x?.id === e.id)).toBe(false);
  });
});
