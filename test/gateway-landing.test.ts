// An answer goes out before its settle lands (src/domains/gateway/settling.ts). These tests hold
// a settle back with a row lock (PostgreSQL) and check the two rules that keep that out of
// sight on the node: other requests read after the settles in flight, and a refusal made while
// one is in flight is decided again once it has landed.
import { createClient } from "graphql-ws";
import OpenAI from "openai";
import WebSocket from "ws";
import { expect, it } from "vitest";
import { costMicros, PRICES } from "../src/domains/gateway/prices.js";
import { PENDING_WAIT_MS } from "../src/http/server.js";
import { createKey, useGatewayNode, worstCase } from "./gateway-helpers.js";
import { describeIfPostgres } from "./helpers.js";

describeIfPostgres("gateway settles landing after the answer", () => {
  const { node, fake, admin } = useGatewayNode();
  const openai = (key: string) => new OpenAI({ apiKey: key, baseURL: `${node.url}/proxy/openai/v1`, maxRetries: 0 });

  /** Sends a chat request whose upstream answers after 300 ms. */
  const slowChat = (key: { raw: string }, content: string, maxTokens: number) =>
    openai(key.raw).chat.completions.create({ model: "gpt-4o-mini", max_tokens: maxTokens, messages: [{ role: "user", content: `slow:300 ${content}` }] });

  /**
   * Once the key's reservation exists, locks it in a transaction of the test's own, so the
   * settle (which deletes it) waits until `release()`.
   */
  async function holdSettle(key: { legacyId: number }) {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const lockTaken = new Promise<void>((r) => (locked = r));
    const prisma = node.app.db.prisma;
    const { id } = await prisma.virtualKey.findUniqueOrThrow({ where: { serial: key.legacyId } });
    for (let i = 0; i < 100 && (await prisma.budgetReservation.count({ where: { virtualKeyId: id } })) === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const holding = prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM budget_reservations WHERE virtual_key_id = ${id}::uuid FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 20_000, maxWait: 5_000 },
    );
    await lockTaken;
    return { keyId: id, release: () => (release(), holding) };
  }

  /** One slow chat request, answered while its settle is held. */
  async function answeredWithSettleHeld(key: { raw: string; legacyId: number }, content: string, maxTokens: number) {
    const answer = slowChat(key, content, maxTokens);
    const held = await holdSettle(key);
    return { res: await answer, ...held };
  }

  it("a read after the answer waits for its settle, and sees it", async () => {
    const key = await createKey(node, admin);
    fake.promptTokens = 7;
    fake.completionTokens = 3;
    const { res, keyId, release } = await answeredWithSettleHeld(key, "read after", 50);
    expect(res.usage?.completion_tokens).toBe(3);
    // The answer is out and its settle is held: the database has no usage event yet.
    expect(await node.app.db.prisma.usageEvent.count({ where: { virtualKeyId: keyId } })).toBe(0);

    let answered = false;
    const read = node
      .gql(`query($f: UsageEventFilter) { usageEvents(filter: $f) { totalCount edges { node { inputTokens outputTokens } } } }`, { f: { virtualKeyId: key.id } }, admin)
      .finally(() => (answered = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(answered).toBe(false);
    await release();
    const got = await read;
    expect(got.errors).toBeUndefined();
    expect(got.data.usageEvents.totalCount).toBe(1);
    expect(got.data.usageEvents.edges[0].node).toEqual({ inputTokens: 7, outputTokens: 3 });
  });

  it("a query over graphql-ws waits for the settle too", async () => {
    const key = await createKey(node, admin);
    fake.promptTokens = 4;
    fake.completionTokens = 2;
    const { release } = await answeredWithSettleHeld(key, "over ws", 20);
    const ws = createClient({ url: `${node.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: admin.authorization }, retryAttempts: 0 });
    try {
      let answered = false;
      const read = new Promise<any>((resolve, reject) => {
        let result: unknown;
        ws.subscribe(
          { query: `query($f: UsageEventFilter) { usageEvents(filter: $f) { totalCount } }`, variables: { f: { virtualKeyId: key.id } } },
          { next: (r) => (result = r), error: reject, complete: () => resolve(result) },
        );
      }).finally(() => (answered = true));
      await new Promise((r) => setTimeout(r, 200));
      expect(answered).toBe(false);
      await release();
      expect((await read).data.usageEvents.totalCount).toBe(1);
    } finally {
      await ws.dispose();
    }
  });

  it("a settle stuck in the database holds other requests back for PENDING_WAIT_MS at most", async () => {
    const key = await createKey(node, admin);
    fake.promptTokens = 5;
    fake.completionTokens = 1;
    const { keyId, release } = await answeredWithSettleHeld(key, "stuck", 20);
    try {
      const started = performance.now();
      const got = await node.gql(`query($f: UsageEventFilter) { usageEvents(filter: $f) { totalCount } }`, { f: { virtualKeyId: key.id } }, admin);
      // Answered while the settle is still held: it waited for it, then went on without it.
      expect(performance.now() - started).toBeGreaterThanOrEqual(PENDING_WAIT_MS - 50);
      expect(got.data.usageEvents.totalCount).toBe(0);
      expect(await node.app.db.prisma.usageEvent.count({ where: { virtualKeyId: keyId } })).toBe(0);
    } finally {
      await release();
    }
    await node.app.landed();
    expect(await node.app.db.prisma.usageEvent.count({ where: { virtualKeyId: keyId } })).toBe(1);
  });

  it("a request refused while the previous one's settle is in flight is decided again once it landed", async () => {
    const messages = [{ role: "user" as const, content: "slow:300 refuse then fit" }];
    const maxTokens = 1000;
    const { input, worst } = worstCase("gpt-4o-mini", messages, maxTokens);
    fake.promptTokens = input;
    fake.completionTokens = 2;
    const actual = costMicros(PRICES["gpt-4o-mini"], { input, output: 2, cached: 0, reasoning: 0 });
    // Fits one worst case beside the first request's actual cost, never beside its worst case.
    const key = await createKey(node, admin, { monthlyBudgetUsd: (worst + actual) / 1e6 });
    expect(2 * worst).toBeGreaterThan(worst + actual);

    const { release } = await answeredWithSettleHeld(key, "refuse then fit", maxTokens);
    // The next request arrives while the first one's reservation (its worst case) is still held.
    const next = openai(key.raw).chat.completions.create({ model: "gpt-4o-mini", max_tokens: maxTokens, messages: [{ role: "user", content: "refuse then fit" }] });
    await new Promise((r) => setTimeout(r, 200));
    await release();
    const res = await next;
    expect(res.usage?.completion_tokens).toBe(2);
  });

  it("an answer for which the upstream reported more than was held ends only once its settle has landed", async () => {
    const messages = [{ role: "user" as const, content: "slow:300 more than held" }];
    const maxTokens = 10;
    const { input } = worstCase("gpt-4o-mini", messages, maxTokens);
    // More prompt tokens than the estimate held: the settle raises the minute's count.
    fake.promptTokens = input + 500;
    fake.completionTokens = 10;
    const key = await createKey(node, admin, { tpmLimit: 2 * (input + 500 + 10) });

    let answered = false;
    const answer = slowChat(key, "more than held", maxTokens).finally(() => (answered = true));
    const { keyId, release } = await holdSettle(key);
    await new Promise((r) => setTimeout(r, 500));
    expect(answered).toBe(false);
    await release();
    expect((await answer).usage?.prompt_tokens).toBe(input + 500);
    // Read straight from the database, not through the node (which would wait for settles):
    // the settle landed before the answer ended.
    expect(await node.app.db.prisma.usageEvent.count({ where: { virtualKeyId: keyId } })).toBe(1);
  });
});
