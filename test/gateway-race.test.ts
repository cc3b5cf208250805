// Budgets under concurrency (PostgreSQL): 100 requests at once, streamed and not, against a
// cap that fits 10 worst cases, never spend more than the cap, and leave no reservation.
// Requests on several keys at once share the node's batched statements (budget-writer.ts):
// every key's cap still holds, and no batch deadlocks against another or the sweeper.
import OpenAI from "openai";
import { expect, it } from "vitest";
import { sweepExpired } from "../src/domains/gateway/budget-sql.js";
import { createKey, keyRow, useGatewayNode, usageOf, worstCase } from "./gateway-helpers.js";
import { describeIfPostgres } from "./helpers.js";

describeIfPostgres("gateway budget race", () => {
  const { node, fake, admin } = useGatewayNode({ env: { DATABASE_POOL_SIZE: "20" } });

  it("150 concurrent requests on three keys: every cap holds, batches spanning keys never deadlock", async () => {
    const messages = [{ role: "user" as const, content: "race" }];
    const maxTokens = 50;
    const { input, worst } = worstCase("gpt-4o", messages, maxTokens);
    fake.promptTokens = input;
    fake.completionTokens = maxTokens;
    const fits = [3, 7, 20];
    const keys = await Promise.all(fits.map((n) => createKey(node, admin, { monthlyBudgetUsd: (worst * n) / 1e6 })));
    const clients = keys.map((k) => new OpenAI({ apiKey: k.raw, baseURL: `${node.url}/proxy/openai/v1`, maxRetries: 0 }));
    // Expired reservations of other tests are swept meanwhile: the sweeper locks keys too.
    const sweeping = (async () => {
      for (let i = 0; i < 20; i++) await sweepExpired(node.app.db.sql);
    })();
    const results = await Promise.all(
      Array.from({ length: 150 }, async (_, i) => {
        const k = i % 3;
        try {
          await clients[k].chat.completions.create({ model: "gpt-4o", max_tokens: maxTokens, messages });
          return [k, 200] as const;
        } catch (err) {
          return [k, (err as { status?: number }).status ?? String(err)] as const;
        }
      }),
    );
    await sweeping;
    expect(results.filter(([, s]) => s !== 200 && s !== 402)).toEqual([]);
    for (const [k, key] of keys.entries()) {
      const ok = results.filter(([i, s]) => i === k && s === 200).length;
      expect(ok).toBe(fits[k]); // 50 requests each, all cheaper than the cap: exactly as many as fit
      const row = await keyRow(node, key.legacyId);
      expect(Number(row.monthSpendMicros)).toBe(ok * worst);
      expect(Number(row.reservedMicros)).toBe(0);
      expect(await node.app.db.prisma.budgetReservation.count({ where: { virtualKey: { serial: key.legacyId } } })).toBe(0);
    }
  });

  for (const stream of [false, true]) {
    it(`100 concurrent ${stream ? "streamed " : ""}requests never spend more than a cap that fits 10`, async () => {
      const messages = [{ role: "user" as const, content: "race" }];
      const maxTokens = 50;
      const { input, worst } = worstCase("gpt-4o", messages, maxTokens);
      const cap = worst * 10;
      const key = await createKey(node, admin, { monthlyBudgetUsd: cap / 1e6 });
      // The upstream uses every token it may: each request costs its worst case.
      fake.promptTokens = input;
      fake.completionTokens = maxTokens;
      fake.chunkDelayMs = stream ? 2 : 0;
      const client = new OpenAI({ apiKey: key.raw, baseURL: `${node.url}/proxy/openai/v1`, maxRetries: 0 });
      const results = await Promise.all(
        Array.from({ length: 100 }, async () => {
          try {
            if (!stream) {
              await client.chat.completions.create({ model: "gpt-4o", max_tokens: maxTokens, messages });
            } else {
              const s = await client.chat.completions.create({ model: "gpt-4o", max_tokens: maxTokens, messages, stream: true });
              for await (const _ of s);
            }
            return 200;
          } catch (err) {
            return (err as { status?: number }).status ?? String(err);
          }
        }),
      );
      fake.chunkDelayMs = 0;
      const ok = results.filter((s) => s === 200).length;
      expect(results.filter((s) => s !== 200 && s !== 402)).toEqual([]);
      expect(ok).toBeGreaterThanOrEqual(1);
      expect(ok).toBeLessThanOrEqual(10);
      const row = await keyRow(node, key.legacyId);
      expect(Number(row.monthSpendMicros)).toBeLessThanOrEqual(cap);
      expect(Number(row.monthSpendMicros)).toBe(ok * worst);
      expect(Number(row.reservedMicros)).toBe(0);
      expect(await node.app.db.prisma.budgetReservation.count({ where: { virtualKey: { serial: key.legacyId } } })).toBe(0);
      const events = await usageOf(node, key.legacyId);
      expect(events.filter((e) => e.status === 200)).toHaveLength(ok);
    });
  }
});
