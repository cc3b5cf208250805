// Subscribers asking the same thing as the same caller share one execution per event
// (src/graphql/shared-streams.ts); anything else executes per subscriber.
import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString, type ExecutionResult } from "graphql";
import { createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { createSharedStreams, SHARED_STREAM } from "../src/graphql/shared-streams.js";
import { MessageType, stringifyMessage } from "graphql-ws";
import type { WebSocket } from "ws";
import { HIGH_WATER } from "../src/http/ws-coalesce.js";
import { directNext, expandFrame, nextFrame, nextPayload } from "../src/http/ws-frames.js";
import { createEventBus } from "../src/pubsub.js";

/** A schema whose `ticks` shares and `ownTicks` does not; both count their executions. */
function setup() {
  const bus = createEventBus();
  const counts = { ticks: 0, ownTicks: 0, subscribes: 0 };
  const field = (name: "ticks" | "ownTicks", shared: boolean) => ({
    type: GraphQLString,
    args: { prefix: { type: GraphQLString } },
    extensions: shared ? { [SHARED_STREAM]: true } : {},
    subscribe: (_r: unknown, args: { prefix?: string }, ctx: { principal: { userId: string } | null }) => {
      counts.subscribes++;
      if (args.prefix === "refuse") throw new GraphQLError("refused");
      if (args.prefix === "empty") return (async function* () {})();
      return bus.subscribe("session:started");
    },
    resolve: (e: { sessionId: string }, args: { prefix?: string }, ctx: { principal: { userId: string } }) => {
      counts[name]++;
      return `${args.prefix ?? ""}${e.sessionId} for ${ctx.principal.userId}`;
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLString, resolve: () => "ok" } } }),
    subscription: new GraphQLObjectType({ name: "Subscription", fields: { ticks: field("ticks", true), ownTicks: field("ownTicks", false) } as never }),
  });
  const shared = createSharedStreams();
  const yoga = createYoga({
    schema,
    plugins: [shared.plugin],
    context: ({ request }) => {
      const user = request.headers.get("x-user");
      return { principal: user ? { userId: user, email: `${user}@x.test`, role: "USER", tier: "FREE", via: "api_key" } : null };
    },
  });
  /** Subscribes as `user` the way graphql-ws does (getEnveloped, then subscribe). */
  async function subscribe(user: string | null, query: string, variables?: Record<string, unknown>) {
    const request = new Request("http://x/graphql", { method: "POST", headers: user ? { "x-user": user } : {} });
    const env = yoga.getEnveloped({ request, params: { query } });
    const result = await env.subscribe({ schema: env.schema, document: env.parse(query), variableValues: variables, contextValue: await env.contextFactory() });
    if (!(Symbol.asyncIterator in Object(result))) return { refused: result as ExecutionResult };
    return { stream: (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]() };
  }
  const publish = (n: number) => bus.publish("session:started", { sessionId: `s${n}`, userId: "u" });
  return { bus, counts, shared, yoga, subscribe, publish };
}

const next = async (it: AsyncIterator<ExecutionResult> | undefined) => (await it!.next()).value?.data;

describe("shared subscription executions", () => {
  it("executes each event once for subscribers with the same caller, document and variables, and each gets every event", async () => {
    const s = setup();
    const subs = await Promise.all(Array.from({ length: 20 }, () => s.subscribe("alice", "subscription { ticks }")));
    expect(s.counts.subscribes).toBe(1);
    expect(s.shared.size()).toBe(1);
    for (let n = 1; n <= 3; n++) await s.publish(n);
    for (const { stream } of subs) {
      expect([await next(stream), await next(stream), await next(stream)]).toEqual([1, 2, 3].map((n) => ({ ticks: `s${n} for alice` })));
    }
    expect(s.counts.ticks).toBe(3);
  });

  it("keeps other callers, variables and fields that do not opt in apart", async () => {
    const s = setup();
    const alice = await s.subscribe("alice", "subscription ($p: String) { ticks(prefix: $p) }", { p: "a:" });
    const aliceOther = await s.subscribe("alice", "subscription ($p: String) { ticks(prefix: $p) }", { p: "b:" });
    const bob = await s.subscribe("bob", "subscription ($p: String) { ticks(prefix: $p) }", { p: "a:" });
    const own = [await s.subscribe("alice", "subscription { ownTicks }"), await s.subscribe("alice", "subscription { ownTicks }")];
    expect(s.shared.size()).toBe(3);
    await s.publish(1);
    expect(await next(alice.stream)).toEqual({ ticks: "a:s1 for alice" });
    expect(await next(aliceOther.stream)).toEqual({ ticks: "b:s1 for alice" });
    expect(await next(bob.stream)).toEqual({ ticks: "a:s1 for bob" });
    for (const o of own) expect(await next(o.stream)).toEqual({ ownTicks: "s1 for alice" });
    expect(s.counts.ticks).toBe(3);
    expect(s.counts.ownTicks).toBe(2);
  });

  it("goes on for the others when the subscriber that opened it leaves, and stops with the last one", async () => {
    const s = setup();
    const first = await s.subscribe("alice", "subscription { ticks }");
    const second = await s.subscribe("alice", "subscription { ticks }");
    await first.stream!.return!();
    await s.publish(1);
    expect(await next(second.stream)).toEqual({ ticks: "s1 for alice" });
    expect(await first.stream!.next()).toEqual({ value: undefined, done: true });
    await second.stream!.return!();
    expect(s.shared.size()).toBe(0);
    // The event bus has no subscriber left: the shared source was closed, not leaked.
    const later = await s.subscribe("alice", "subscription { ticks }");
    expect(s.counts.subscribes).toBe(2);
    await s.publish(2);
    expect(await next(later.stream)).toEqual({ ticks: "s2 for alice" });
  });

  it("answers a refusal to those who asked and does not keep it for later subscribers", async () => {
    const s = setup();
    const [a, b] = await Promise.all([s.subscribe("alice", 'subscription { ticks(prefix: "refuse") }'), s.subscribe("alice", 'subscription { ticks(prefix: "refuse") }')]);
    expect(a.refused?.errors?.[0]?.message).toBe("refused");
    expect(b.refused?.errors?.[0]?.message).toBe("refused");
    expect(s.shared.size()).toBe(0);
    await s.subscribe("alice", 'subscription { ticks(prefix: "refuse") }');
    expect(s.counts.subscribes).toBe(2);
  });

  it("completes every member when the source ends (shutdown closes the event bus)", async () => {
    const s = setup();
    const subs = await Promise.all([s.subscribe("alice", "subscription { ticks }"), s.subscribe("alice", "subscription { ticks }")]);
    await s.publish(1);
    s.bus.closeAll();
    for (const { stream } of subs) {
      expect(await next(stream)).toEqual({ ticks: "s1 for alice" });
      expect(await stream!.next()).toEqual({ value: undefined, done: true });
    }
    expect(s.shared.size()).toBe(0);
  });

  it("gives subscribers of a stream that ends at once a finished stream each, without looping", async () => {
    const s = setup();
    const subs = await Promise.all(Array.from({ length: 3 }, () => s.subscribe("alice", 'subscription { ticks(prefix: "empty") }')));
    for (const { stream } of subs) expect(await stream!.next()).toEqual({ value: undefined, done: true });
    expect(s.counts.subscribes).toBeLessThanOrEqual(4);
    expect(s.shared.size()).toBe(0);
  });

  it("does not share anonymous subscriptions", async () => {
    const s = setup();
    await s.subscribe(null, "subscription { ticks }");
    await s.subscribe(null, "subscription { ticks }");
    expect(s.counts.subscribes).toBe(2);
    expect(s.shared.size()).toBe(0);
  });
});

describe("one serialization for a shared result (src/http/ws-frames.ts)", () => {
  it("serializes a result several WebSocket subscribers share once, and the frames are graphql-ws's own", async () => {
    const s = setup();
    // As graphql-ws does in server.ts: the whole enveloped subscribe goes through `share`.
    const open = async (user: string) => {
      const query = "subscription { ticks }";
      const request = new Request("http://x/graphql", { method: "POST", headers: { "x-user": user } });
      const env = s.yoga.getEnveloped({ request, params: { query } });
      const args = { schema: env.schema, document: env.parse(query), contextValue: await env.contextFactory() };
      const r = await s.shared.share(args, () => env.subscribe(args) as never);
      return (r as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
    };
    const [a1, a2, b] = [await open("alice"), await open("alice"), await open("bob")];
    await s.publish(1);
    const [r1, r2, rb] = [(await a1.next()).value, (await a2.next()).value, (await b.next()).value];
    expect(r1).toBe(r2);
    // stringifyMessage in graphql-ws: JSON.stringify of { id, type, payload }, payload last.
    const frame = (id: string, payload: unknown) => JSON.stringify({ id, type: "next", payload });
    const p1 = nextPayload(r1);
    expect(p1).toBeDefined();
    expect(frame("1", p1)).not.toContain("alice"); // the stand-in, not the result
    expect(expandFrame(frame("1", p1))).toBe(frame("1", r1));
    expect(expandFrame(frame("sub-2", nextPayload(r2)))).toBe(frame("sub-2", r2));
    // A result only one subscriber gets, and one with errors, are left to graphql-ws.
    expect(nextPayload(rb)).toBeUndefined();
    expect(nextPayload({ ...r1, errors: [new GraphQLError("x")] })).toBeUndefined();
    // Frames without a token, or with one this process never issued, pass unchanged.
    expect(expandFrame(frame("3", rb))).toBe(frame("3", rb));
    const forged = frame("4", "~sy-frame-0123456789abcdef-1");
    expect(expandFrame(forged)).toBe(forged);
    for (const it of [a1, a2, b]) await it.return?.();
  });

  it("writes a shared result straight to a waiting subscriber's socket, as graphql-ws's own frame, and leaves the rest to graphql-ws", async () => {
    const s = setup();
    /** A socket as directNext sees it: what is sent, and how much is still unread. */
    const socket = () => ({ OPEN: 1, readyState: 1, bufferedAmount: 0, frames: [] as string[], send(f: string) { this.frames.push(f); } });
    const open = async (user: string, id: string, ws: ReturnType<typeof socket>) => {
      const query = "subscription { ticks }";
      const request = new Request("http://x/graphql", { method: "POST", headers: { "x-user": user } });
      const env = s.yoga.getEnveloped({ request, params: { query } });
      const args = { schema: env.schema, document: env.parse(query), contextValue: await env.contextFactory(), directSend: directNext(ws as unknown as WebSocket, id) };
      const r = await s.shared.share(args, () => env.subscribe(args) as never);
      return (r as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
    };
    const [w1, w2, w3] = [socket(), socket(), socket()];
    const [waiting, busy, slow] = [await open("alice", "1", w1), await open("alice", "sub-2", w2), await open("alice", "3", w3)];
    // `waiting` and `slow` wait for a result, as graphql-ws's loop does between frames; `busy` does not.
    let woken = false;
    void waiting.next().then(() => (woken = true));
    const slowNext = slow.next();
    w3.bufferedAmount = HIGH_WATER;
    await s.publish(1);
    await s.publish(2);
    await new Promise((r) => setTimeout(r, 10));
    const [r1, r2] = [(await busy.next()).value, (await busy.next()).value];
    expect(r1.data).toEqual({ ticks: "s1 for alice" });
    // The waiting subscriber got both, in order, as the frames graphql-ws would have made, and was never woken.
    expect(w1.frames).toEqual([stringifyMessage({ id: "1", type: MessageType.Next, payload: r1 }), stringifyMessage({ id: "1", type: MessageType.Next, payload: r2 })]);
    expect(woken).toBe(false);
    // One not waiting, or whose client has HIGH_WATER bytes unread, gets results through graphql-ws's path.
    expect(w2.frames).toEqual([]);
    expect((await slowNext).value).toBe(r1);
    expect(w3.frames).toEqual([]);
    // graphql-ws formats results with errors itself.
    expect(nextFrame("9", { ...r1, errors: [new GraphQLError("x")] })).toBeUndefined();
    expect(nextFrame("9", r1)).toBe(stringifyMessage({ id: "9", type: MessageType.Next, payload: r1 }));
    for (const it of [waiting, busy, slow]) await it.return?.();
  });
});
