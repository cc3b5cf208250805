// Open streams follow revocation and role changes: revoking an API key or a login session,
// deactivating a user or demoting an admin ends (or re-checks) their open graphql-ws and
// SSE subscriptions and legacy /ws connections. Every case runs on one node (embedded
// PGlite unless TEST_DATABASE_URL is set) and on two nodes sharing PostgreSQL and a Redis
// prefix, the stream on B and the revocation on A (skipped without TEST_DATABASE_URL and
// TEST_REDIS_URL).
import { print, type FormattedExecutionResult } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "../src/generated/graphql/index.js";
import type { StreamRevWatchSubscription } from "../src/generated/graphql/graphql.js";
import { adminAuth, describeIfRedis, loginUser, ofType, registerUser, startNode, TEST_DATABASE_URL, type TestNode, type TestUser } from "./helpers.js";

const WATCH = graphql(`subscription StreamRevWatch($userId: ID) { creditsChanged(userId: $userId) { balance amount } }`);
const GRANT = graphql(`mutation StreamRevGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename
  ... on GrantCreditsPayload { user { credits } } ... on Error { code message } } }`);
const CREATE_KEY = graphql(`mutation StreamRevCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename
  ... on CreatedApiKey { key apiKey { id } } ... on Error { code message } } }`);
const REVOKE_KEY = graphql(`mutation StreamRevRevokeKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename
  ... on ApiKey { id } ... on Error { code message } } }`);
const REVOKE_SESSION = graphql(`mutation StreamRevRevokeSession($input: RevokeLoginSessionInput!) { revokeLoginSession(input: $input) {
  __typename ... on LoginSession { id } ... on Error { code message } } }`);
const SET_ROLE = graphql(`mutation StreamRevSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename
  ... on User { role } ... on Error { code message } } }`);
const SET_ACTIVE = graphql(`mutation StreamRevSetActive($input: SetUserActiveInput!) { setUserActive(input: $input) { __typename
  ... on User { isActive } ... on Error { code message } } }`);

type Result = FormattedExecutionResult<StreamRevWatchSubscription, unknown>;
type Nodes = { a: TestNode; b: TestNode; admin: Record<string, string> };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A bound on waiting, so a stream that is never ended fails the test with a reason instead of hanging. */
async function within<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not happen`)), 15_000)));
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** A creditsChanged stream, read one result at a time (null once it completed). */
interface Stream {
  next(): Promise<Result | null>;
  close(): void | Promise<void>;
}

function wsStream(node: TestNode, auth: Record<string, string>, variables: Record<string, unknown> = {}): Stream {
  const client: Client = createClient({
    url: `${node.url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: auth,
    retryAttempts: 0,
  });
  const events = client.iterate<StreamRevWatchSubscription>({ query: print(WATCH), variables });
  return {
    next: async () => {
      const r = await events.next();
      return r.done ? null : (r.value as Result);
    },
    close: () => client.dispose(),
  };
}

async function sseStream(node: TestNode, auth: Record<string, string>, variables: Record<string, unknown> = {}): Promise<Stream> {
  const abort = new AbortController();
  const res = await fetch(`${node.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...auth },
    body: JSON.stringify({ query: print(WATCH), variables }),
    signal: abort.signal,
  });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    async next() {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: ?(.*)$/m.exec(block)?.[1];
          const data = block.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
          if (event === "complete") return null;
          if (event === "next" || (!event && data)) return JSON.parse(data);
          continue; // keep-alive comments
        }
        const { value, done } = await reader.read();
        if (done) return null;
        buffer += decoder.decode(value, { stream: true });
      }
    },
    close: () => abort.abort(),
  };
}

type Message = { type: string; [k: string]: any };

/** A legacy /ws connection that keeps every message and its close code. */
async function legacyWs(node: TestNode, auth: Record<string, string>) {
  const ws = new WebSocket(`${node.url.replace(/^http/, "ws")}/ws`, { headers: auth });
  const messages: Message[] = [];
  let wake: (() => void)[] = [];
  ws.on("message", (data) => {
    messages.push(JSON.parse(data.toString()));
    for (const w of wake.splice(0)) w();
  });
  const closed = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const next = async (match: (m: Message) => boolean, from = 0) => {
    for (;;) {
      const found = messages.slice(from).find(match);
      if (found) return found;
      await new Promise<void>((r) => wake.push(r));
    }
  };
  return {
    ws,
    messages,
    closed,
    next,
    async request(message: Record<string, unknown>, replyType: string) {
      const from = messages.length;
      ws.send(JSON.stringify(message));
      return next((m) => m.type === replyType, from);
    },
    close: () => ws.close(),
  };
}

function streamCases(nodes: () => Nodes) {
  const open: { close(): unknown }[] = [];
  afterAll(async () => {
    await Promise.all(open.map((s) => s.close()));
  });
  const keep = <T extends { close(): unknown }>(s: T) => (open.push(s), s);

  const grant = async (userId: string, amount = 1) => {
    const { a, admin } = nodes();
    const res = await a.gql(GRANT, { input: { userId, amount, reason: "stream test" } }, admin);
    return ofType(res.data?.grantCredits, "GrantCreditsPayload").user.credits;
  };

  /**
   * Nothing tells a client when its subscription is live on the server: grant credits to
   * `userId` until every stream has had an event. Later events still in flight are read by `ended`.
   */
  async function live(userId: string, ...streams: Stream[]) {
    const pending = streams.map((s) => s.next());
    const seen = streams.map(() => false);
    for (let i = 0; i < 100 && seen.includes(false); i++) {
      await grant(userId);
      await Promise.race([Promise.all(pending.map((p, j) => p.then(() => (seen[j] = true)))), sleep(100)]);
    }
    for (const p of pending) {
      const first = await p;
      expect(first?.errors).toBeUndefined();
      expect(first?.data?.creditsChanged.amount).toBe(1);
    }
  }

  /** Reads past events still in flight to the stream's last result, which must be an error; then it completes. */
  async function ended(stream: Stream) {
    return within("ending the stream", (async () => {
      for (;;) {
        const r = await stream.next();
        expect(r, "the stream completed without saying why").not.toBeNull();
        if (r!.errors) {
          expect(r!.data ?? null).toBeNull();
          expect(await stream.next()).toBeNull();
          return r!.errors[0];
        }
      }
    })());
  }

  async function promotedUser(): Promise<TestUser> {
    const { a, admin } = nodes();
    const user = await registerUser(a);
    const res = await a.gql(SET_ROLE, { input: { userId: user.id, role: "ADMIN" } }, admin);
    expect(ofType(res.data?.setUserRole, "User").role).toBe("ADMIN");
    return user;
  }

  describe("graphql-ws", () => {
    it("a revoked API key ends its subscriptions; the user's other key keeps streaming", async () => {
      const { a, b } = nodes();
      const user = await registerUser(a);
      const created = ofType((await a.gql(CREATE_KEY, { input: { label: "to revoke" } }, user.auth)).data?.createApiKey, "CreatedApiKey");
      const doomed = keep(wsStream(b, { authorization: `Bearer ${created.key}` }));
      const kept = keep(wsStream(b, user.auth));
      await live(user.id, doomed, kept);

      const revoked = await a.gql(REVOKE_KEY, { input: { id: created.apiKey.id } }, user.auth);
      expect(revoked.data?.revokeApiKey.__typename).toBe("ApiKey");
      expect((await ended(doomed)).extensions).toMatchObject({ code: "UNAUTHENTICATED", details: { reason: "revoked" } });

      // Same principal through another key: that stream goes on.
      const balance = await grant(user.id, 3);
      let event = await kept.next();
      while (event?.data?.creditsChanged.amount !== 3) event = await kept.next();
      expect(event.data.creditsChanged.balance).toBe(balance);
    });

    it("a revoked login session ends the subscriptions of its JWT", async () => {
      const { a, b } = nodes();
      const user = await registerUser(a);
      const { token, sessionId } = await loginUser(a, user.email, user.password);
      const stream = keep(wsStream(b, { authorization: `Bearer ${token}` }));
      await live(user.id, stream);

      const revoked = await a.gql(REVOKE_SESSION, { input: { id: sessionId } }, user.auth);
      expect(revoked.data?.revokeLoginSession.__typename).toBe("LoginSession");
      expect((await ended(stream)).extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("deactivating a user ends their subscriptions", async () => {
      const { a, b, admin } = nodes();
      const user = await registerUser(a);
      const stream = keep(wsStream(b, user.auth));
      await live(user.id, stream);

      const res = await a.gql(SET_ACTIVE, { input: { userId: user.id, isActive: false } }, admin);
      expect(ofType(res.data?.setUserActive, "User").isActive).toBe(false);
      expect((await ended(stream)).extensions?.code).toBe("UNAUTHENTICATED");
      // And the account's key no longer opens one.
      const again = keep(wsStream(b, user.auth));
      expect((await again.next())?.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("a demoted admin stops receiving another user's events; their own stream asks to resubscribe", async () => {
      const { a, b, admin } = nodes();
      const watcher = await promotedUser();
      const victim = await registerUser(a);
      const spying = keep(wsStream(b, watcher.auth, { userId: victim.id }));
      const own = keep(wsStream(b, watcher.auth));
      await live(victim.id, spying);
      await live(watcher.id, own);

      const res = await a.gql(SET_ROLE, { input: { userId: watcher.id, role: "USER" } }, admin);
      expect(ofType(res.data?.setUserRole, "User").role).toBe("USER");
      expect((await ended(spying)).extensions?.code).toBe("FORBIDDEN");
      expect((await ended(own)).extensions).toMatchObject({ code: "RESUBSCRIBE" });
      // Subscribing again works for the caller's own credits, as a plain user.
      const resubscribed = keep(wsStream(b, watcher.auth));
      await live(watcher.id, resubscribed);
    });
  });

  describe("SSE", () => {
    it("a revoked API key ends its stream", async () => {
      const { a, b } = nodes();
      const user = await registerUser(a);
      const created = ofType((await a.gql(CREATE_KEY, { input: { label: "sse" } }, user.auth)).data?.createApiKey, "CreatedApiKey");
      const stream = keep(await sseStream(b, { authorization: `Bearer ${created.key}` }));
      await live(user.id, stream);

      await a.gql(REVOKE_KEY, { input: { id: created.apiKey.id } }, user.auth);
      expect((await ended(stream)).extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("a demoted admin's stream of another user's events ends", async () => {
      const { a, b, admin } = nodes();
      const watcher = await promotedUser();
      const victim = await registerUser(a);
      const stream = keep(await sseStream(b, watcher.auth, { userId: victim.id }));
      await live(victim.id, stream);

      await a.gql(SET_ROLE, { input: { userId: watcher.id, role: "USER" } }, admin);
      expect((await ended(stream)).extensions?.code).toBe("FORBIDDEN");
    });
  });

  describe("legacy /ws", () => {
    it("a revoked API key gets an error message and the connection closes", async () => {
      const { a, b } = nodes();
      const user = await registerUser(a);
      const created = ofType((await a.gql(CREATE_KEY, { input: { label: "ws" } }, user.auth)).data?.createApiKey, "CreatedApiKey");
      const conn = keep(await legacyWs(b, { authorization: `Bearer ${created.key}` }));
      await conn.request({ type: "ping", timestamp: 1 }, "pong");

      await a.gql(REVOKE_KEY, { input: { id: created.apiKey.id } }, user.auth);
      const error = await within("the error message", conn.next((m) => m.type === "error" && !m.channel));
      expect(error.error).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(await within("closing the connection", conn.closed)).toBe(1008);
    });

    it("deactivating a user closes their connection", async () => {
      const { a, b, admin } = nodes();
      const user = await registerUser(a);
      const conn = keep(await legacyWs(b, user.auth));
      await conn.request({ type: "ping", timestamp: 1 }, "pong");

      await a.gql(SET_ACTIVE, { input: { userId: user.id, isActive: false } }, admin);
      expect(await within("closing the connection", conn.closed)).toBe(1008);
      expect(conn.messages).toContainEqual(expect.objectContaining({ type: "error", error: expect.objectContaining({ code: "UNAUTHENTICATED" }) }));
    });

    it("a demoted admin loses a channel of another user's leases; the connection stays", async () => {
      const { a, b, admin } = nodes();
      const watcher = await promotedUser();
      const victim = await registerUser(a);
      const conn = keep(await legacyWs(b, watcher.auth));
      const channel = `leases:${victim.id}`;
      expect((await conn.request({ type: "subscribe", channels: [channel] }, "subscribed")).channels).toEqual([channel]);

      await a.gql(SET_ROLE, { input: { userId: watcher.id, role: "USER" } }, admin);
      const error = await within("the channel's error", conn.next((m) => m.type === "error" && m.channel === channel));
      expect(error.error.code).toBe("FORBIDDEN");
      expect((await conn.request({ type: "ping", timestamp: 2 }, "pong")).timestamp).toBe(2);
    });
  });
}

describe("open streams follow revocation: one node", () => {
  const nodes = {} as Nodes;
  beforeAll(async () => {
    nodes.a = nodes.b = await startNode({ redis: false });
    nodes.admin = await adminAuth(nodes.a);
  });
  afterAll(() => nodes.a?.close());
  streamCases(() => nodes);
});

const describeCluster = TEST_DATABASE_URL ? describeIfRedis : describe.skip;

describeCluster("open streams follow revocation: two nodes sharing PostgreSQL and Redis", () => {
  const nodes = {} as Nodes;
  beforeAll(async () => {
    nodes.a = await startNode({ redis: true });
    // B caches principals for 5 minutes: only the revocation event can make it re-check.
    nodes.b = await startNode({ redis: true, databaseUrl: nodes.a.databaseUrl, redisPrefix: nodes.a.redisPrefix, env: { AUTH_CACHE_SECONDS: "300" } });
    nodes.admin = await adminAuth(nodes.a);
  });
  afterAll(async () => {
    // A created (and drops) the database, so it closes last.
    await nodes.b?.close();
    await nodes.a?.close();
  });
  streamCases(() => nodes);
});
