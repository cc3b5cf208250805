// `creditsChanged` over graphql-ws and over SSE: owners get their own events, admins may
// watch anyone, everyone else is refused when subscribing.
import { print, type FormattedExecutionResult } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import type { SubsTestWatchSubscription } from "../src/generated/graphql/graphql.js";
import { ofType, registerUser, type TestNode, useNode } from "./helpers.js";

const WATCH = graphql(`subscription SubsTestWatch($userId: ID) { creditsChanged(userId: $userId) {
  balance amount transaction { id txType amount balanceAfter } } }`);
const GRANT = graphql(`mutation SubsTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) {
  ... on GrantCreditsPayload { __typename transaction { id } } } }`);
const WATCH_TEXT = print(WATCH);

/** A result as clients receive it (errors already formatted). */
type Result = FormattedExecutionResult<SubsTestWatchSubscription, unknown>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Nothing tells a client when the server has registered its subscription, so grant again
 * until an event arrives. Returns the event and the transaction ids of the grants made.
 */
async function untilEvent(next: Promise<Result | null>, grant: () => Promise<string[]>) {
  const granted: string[] = [];
  for (let i = 0; i < 100; i++) {
    granted.push(...(await grant()));
    const got = await Promise.race([next, sleep(50).then(() => undefined)]);
    if (got !== undefined) return { event: got, granted };
  }
  throw new Error("no event arrived");
}

function wsClient(node: TestNode, connectionParams: Record<string, string> = {}): Client {
  return createClient({
    url: `${node.url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
  });
}

/** A POST /graphql subscription read as server-sent events. */
async function sse(node: TestNode, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  const res = await fetch(`${node.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query: WATCH_TEXT, variables }),
    signal: abort.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  /** The next `next` payload, or null when the stream completes or ends. */
  async function next(): Promise<Result | null> {
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
  }
  return { status: res.status, contentType: res.headers.get("content-type"), next, close: () => abort.abort() };
}

describe("creditsChanged", () => {
  const { node, admin } = useNode({ admin: true });

  const grant = async (userId: string, amount = 1) => {
    const res = await node.gql(GRANT, { input: { userId, amount } }, admin);
    return ofType(res.data?.grantCredits, "GrantCreditsPayload").transaction.id;
  };

  describe("over graphql-ws", () => {
    it("delivers the owner's own balance changes and nobody else's", async () => {
      const owner = await registerUser(node);
      const other = await registerUser(node);
      const client = wsClient(node, owner.auth);
      try {
        const events = client.iterate<SubsTestWatchSubscription>({ query: WATCH_TEXT });
        // The other user's grant goes first each round: if it leaked, it would arrive first.
        const { event, granted } = await untilEvent(
          events.next().then((r) => (r.done ? null : r.value)),
          async () => {
            await grant(other.id, 7);
            return [await grant(owner.id, 2)];
          },
        );
        expect(event?.errors).toBeUndefined();
        const changed = event!.data!.creditsChanged;
        expect(granted).toContain(changed.transaction?.id);
        expect(changed).toMatchObject({ amount: 2, transaction: { txType: "PURCHASE", amount: 2 } });
        expect(changed.balance).toBe(changed.transaction?.balanceAfter);
        expect(changed.balance % 2).toBe(0);
        // The next grant arrives too, with the balance it produced.
        const following = events.next();
        const id = await grant(owner.id, 3);
        const second = (await following).value as Result;
        expect(second.data?.creditsChanged).toMatchObject({ amount: 3, balance: changed.balance + 3, transaction: { id } });
        await events.return?.();
      } finally {
        await client.dispose();
      }
    });

    it("refuses anonymous and invalid credentials when subscribing", async () => {
      const owner = await registerUser(node);
      for (const [params, reason] of [
        [{}, "missing"],
        [{ authorization: "Bearer pp_" + "x".repeat(48) }, "invalid"],
      ] as const) {
        const client = wsClient(node, params);
        try {
          const events = client.iterate<SubsTestWatchSubscription>({ query: WATCH_TEXT, variables: { userId: owner.id } });
          const first = await events.next();
          expect(first.value?.data ?? null).toBeNull();
          expect(first.value?.errors?.[0].extensions).toEqual({ code: "UNAUTHENTICATED", details: { reason } });
          expect((await events.next()).done).toBe(true);
        } finally {
          await client.dispose();
        }
      }
    });

    it("refuses a non-admin watching another user, and lets an admin do it", async () => {
      const owner = await registerUser(node);
      const nosy = await registerUser(node);
      const refused = wsClient(node, nosy.auth);
      try {
        const events = refused.iterate<SubsTestWatchSubscription>({ query: WATCH_TEXT, variables: { userId: owner.id } });
        const first = await events.next();
        expect(first.value?.errors?.[0].extensions?.code).toBe("FORBIDDEN");
        expect((await events.next()).done).toBe(true);
      } finally {
        await refused.dispose();
      }

      const watcher = wsClient(node, admin);
      try {
        const events = watcher.iterate<SubsTestWatchSubscription>({ query: WATCH_TEXT, variables: { userId: owner.id } });
        const { event, granted } = await untilEvent(
          events.next().then((r) => (r.done ? null : r.value)),
          async () => [await grant(owner.id, 5)],
        );
        expect(granted).toContain(event!.data!.creditsChanged.transaction?.id);
        expect(event!.data!.creditsChanged.amount).toBe(5);
        await events.return?.();
      } finally {
        await watcher.dispose();
      }
    });

    it("applies the same query limits as HTTP", async () => {
      const owner = await registerUser(node);
      const client = wsClient(node, owner.auth);
      try {
        const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: balance`).join(" ");
        const events = client.iterate({ query: `subscription { creditsChanged { ${aliases} } }` });
        await expect(events.next()).rejects.toSatisfy(
          (errs: unknown) => Array.isArray(errs) && errs.some((e: { extensions?: { limit?: string } }) => e.extensions?.limit === "aliases"),
        );
      } finally {
        await client.dispose();
      }
    });
  });

  describe("over SSE", () => {
    it("delivers the owner's balance changes", async () => {
      const owner = await registerUser(node);
      const stream = await sse(node, {}, owner.auth);
      try {
        expect(stream.status).toBe(200);
        expect(stream.contentType).toMatch(/^text\/event-stream/);
        const { event, granted } = await untilEvent(stream.next(), async () => [await grant(owner.id, 4)]);
        expect(event?.errors).toBeUndefined();
        expect(granted).toContain(event!.data!.creditsChanged.transaction?.id);
        expect(event!.data!.creditsChanged).toMatchObject({ amount: 4, transaction: { txType: "PURCHASE" } });
      } finally {
        stream.close();
      }
    });

    it("refuses anonymous callers and non-admins watching others, and serves admins", async () => {
      const owner = await registerUser(node);
      const nosy = await registerUser(node);
      const anon = await sse(node, { userId: owner.id });
      const anonFirst = await anon.next();
      expect(anonFirst?.errors?.[0].extensions).toEqual({ code: "UNAUTHENTICATED", details: { reason: "missing" } });
      expect(await anon.next()).toBeNull();

      const denied = await sse(node, { userId: owner.id }, nosy.auth);
      expect((await denied.next())?.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(await denied.next()).toBeNull();

      const watcher = await sse(node, { userId: owner.id }, admin);
      try {
        const { event, granted } = await untilEvent(watcher.next(), async () => [await grant(owner.id, 6)]);
        expect(granted).toContain(event!.data!.creditsChanged.transaction?.id);
      } finally {
        watcher.close();
      }
    });
  });
});
