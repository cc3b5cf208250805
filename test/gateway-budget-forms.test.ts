// The gateway's budget statements come in two forms: batches (budget-sql.ts) and a batch of one
// (budget-one.ts), which the node uses whenever a request goes alone. Both must decide and
// write exactly the same: here each form runs on its own copy of the same key state, and the
// answers, the key rows, the reservations and the usage events are compared. On PostgreSQL the
// one-row forms also race: many connections at once never reserve past a cap.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import type { SqlRunner } from "../src/db.js";
import { reserveOne, settleOne } from "../src/domains/gateway/budget-one.js";
import { reserveBatch, settleBatch, type Reservation, type ReserveItem, type UsageRow } from "../src/domains/gateway/budget-sql.js";
import { createKey, useGatewayNode } from "./gateway-helpers.js";
import { describeIfPostgres, type TestNode } from "./helpers.js";

const OPTS = { nodeId: "forms-test", ttlMs: 60_000, durable: false };
const minuteNow = () => Math.floor(Date.now() / 60_000);

/**
 * Runs a comparison once more (on fresh keys) when it failed while the clock's minute turned:
 * the two forms then ran in different minutes and wrote different `tpm_minute`s (CI saw one).
 * A case takes well under a second, so the second run cannot straddle a turn too.
 */
async function inOneMinute(body: () => Promise<void>): Promise<void> {
  const started = minuteNow();
  try {
    await body();
  } catch (err) {
    if (minuteNow() === started) throw err;
    await body();
  }
}
const lastMonth = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1));
};

/** Key state a scenario starts from (columns of virtual_keys). */
type KeyState = Partial<{
  monthlyBudgetMicros: bigint | null;
  monthSpendMicros: bigint;
  reservedMicros: bigint;
  isActive: boolean;
  revokedAt: Date | null;
  tpmLimit: number | null;
  tpmMinute: number;
  tpmTokens: bigint;
  monthStart: Date;
  thresholdNotified: number;
}>;

/** `state` as a function: read when the key is made (a minute taken when the case runs, not when it was collected). */
async function keyWith(node: TestNode, admin: Record<string, string>, state: KeyState | (() => KeyState)): Promise<string> {
  const { legacyId } = await createKey(node, admin, { name: `forms ${randomUUID().slice(0, 8)}` });
  const { id } = await node.app.db.prisma.virtualKey.update({ where: { serial: legacyId }, data: typeof state === "function" ? state() : state });
  return id;
}

/** What a statement may change: the key's budget columns, its reservations, its usage events. */
async function stateOf(node: TestNode, keyId: string) {
  const prisma = node.app.db.prisma;
  const k = await prisma.virtualKey.findUniqueOrThrow({ where: { id: keyId } });
  const reservations = await prisma.budgetReservation.findMany({ where: { virtualKeyId: keyId } });
  const events = await prisma.usageEvent.findMany({ where: { virtualKeyId: keyId }, orderBy: { serial: "asc" } });
  return {
    key: {
      monthSpendMicros: k.monthSpendMicros,
      reservedMicros: k.reservedMicros,
      tpmMinute: k.tpmMinute,
      tpmTokens: k.tpmTokens,
      monthStart: k.monthStart,
      thresholdNotified: k.thresholdNotified,
    },
    reservations: reservations.map((r) => ({ amount: r.amountMicros, node: r.nodeId, ttl: r.expiresAt.getTime() - r.createdAt.getTime() })),
    events: events.map(({ id: _id, serial: _serial, createdAt: _c, virtualKeyId: _k, ...rest }) => rest),
  };
}

const usage = (keyId: string, over: Partial<UsageRow> = {}): UsageRow => ({
  keyId,
  userId: null,
  project: "forms",
  provider: "openai",
  model: "gpt-4o-mini",
  endpoint: "chat",
  status: 200,
  streamed: true,
  inputTokens: 12,
  outputTokens: 30,
  cachedTokens: 4,
  reasoningTokens: 2,
  costMicros: 700,
  savedMicros: 0,
  cacheHit: false,
  latencyMs: 210,
  ttftMs: 15,
  promptHash: "forms-hash",
  error: null,
  ...over,
});

describe("gateway budget statements: the one-row forms decide and write as the batch forms do", () => {
  const { node, admin } = useGatewayNode();
  const sql = (): SqlRunner => node.app.db.sql;

  const reserveCases: { name: string; state: KeyState | (() => KeyState); amount: number; tokens: number; expect: string }[] = [
    { name: "room in the budget", state: { monthlyBudgetMicros: 10_000n, monthSpendMicros: 1_000n, reservedMicros: 2_000n }, amount: 500, tokens: 40, expect: "ok" },
    { name: "exactly the rest of the budget", state: { monthlyBudgetMicros: 10_000n, monthSpendMicros: 4_000n, reservedMicros: 1_000n }, amount: 5_000, tokens: 40, expect: "ok" },
    { name: "one micro-dollar over the budget", state: { monthlyBudgetMicros: 10_000n, monthSpendMicros: 4_000n, reservedMicros: 1_000n }, amount: 5_001, tokens: 40, expect: "budget" },
    { name: "no cap", state: { monthlyBudgetMicros: null, monthSpendMicros: 9_999_999n }, amount: 5_000, tokens: 40, expect: "ok" },
    { name: "an inactive key", state: { isActive: false }, amount: 1, tokens: 1, expect: "inactive" },
    { name: "a revoked key", state: { revokedAt: new Date() }, amount: 1, tokens: 1, expect: "inactive" },
    { name: "the minute's tokens full", state: () => ({ tpmLimit: 100, tpmMinute: minuteNow(), tpmTokens: 90n }), amount: 1, tokens: 11, expect: "tpm" },
    { name: "the minute's tokens exactly full", state: () => ({ tpmLimit: 100, tpmMinute: minuteNow(), tpmTokens: 90n }), amount: 1, tokens: 10, expect: "ok" },
    { name: "a full minute that has passed", state: () => ({ tpmLimit: 100, tpmMinute: minuteNow() - 2, tpmTokens: 100n }), amount: 1, tokens: 60, expect: "ok" },
    {
      name: "a full budget of last month",
      state: { monthlyBudgetMicros: 10_000n, monthSpendMicros: 10_000n, monthStart: lastMonth(), thresholdNotified: 100 },
      amount: 3_000,
      tokens: 5,
      expect: "ok",
    },
  ];

  for (const c of reserveCases) {
    it(`reserve, ${c.name}: ${c.expect}`, () => inOneMinute(async () => {
      const [a, b] = [await keyWith(node, admin, c.state), await keyWith(node, admin, c.state)];
      const item = (keyId: string): ReserveItem => ({ id: randomUUID(), keyId, amount: c.amount, tokens: c.tokens });
      const names: (string | undefined)[] = [];
      const one = await reserveOne(async (q) => (names.push(q.name), sql()(q)), item(a), OPTS);
      const [batch] = await reserveBatch(sql(), [item(b)], OPTS);
      // The one-row statement decides admissions alone; a refusal asks the batch form why.
      expect(names).toEqual(c.expect === "ok" ? ["gw_reserve_one_async"] : ["gw_reserve_one_async", "gw_reserve_async"]);
      // A tokens-per-minute refusal says when the minute ends: the two calls ask a moment apart.
      const outcome = (r: typeof one) =>
        r.ok ? { ok: true, amount: r.reservation.amount, tokens: r.reservation.tokens, minute: r.reservation.minute } : r.reason === "tpm" ? { ...r, resetMs: r.resetMs > 0 && r.resetMs <= 60_000 } : r;
      expect(outcome(one)).toEqual(outcome(batch));
      expect(one.ok ? "ok" : one.reason).toBe(c.expect);
      expect(await stateOf(node, a)).toEqual(await stateOf(node, b));
    }));
  }

  it("reserve on a key that does not exist: refused as inactive by both", async () => {
    const item = { id: randomUUID(), keyId: randomUUID(), amount: 1, tokens: 1 };
    expect(await reserveOne(sql(), item, OPTS)).toEqual({ ok: false, reason: "inactive" });
    expect(await reserveBatch(sql(), [{ ...item, id: randomUUID() }], OPTS)).toEqual([{ ok: false, reason: "inactive" }]);
  });

  type Settling = { name: string; state: KeyState; reserve: boolean; swept?: boolean; oldMinute?: boolean; newMonth?: boolean; row: Partial<UsageRow> };
  const settleCases: Settling[] = [
    { name: "a reservation and a cost", state: { monthlyBudgetMicros: 100_000n, tpmLimit: 10_000 }, reserve: true, row: {} },
    { name: "a reservation the sweeper released, and a cost", state: { monthlyBudgetMicros: 100_000n }, reserve: true, swept: true, row: {} },
    { name: "a released reservation and no cost", state: { monthlyBudgetMicros: 100_000n }, reserve: true, swept: true, row: { costMicros: 0, status: 502, error: "upstream" } },
    { name: "a failed request: its whole reservation back", state: { monthlyBudgetMicros: 100_000n }, reserve: true, row: { costMicros: 0, inputTokens: 0, outputTokens: 0, status: 499 } },
    { name: "a cache hit (no reservation, no cost)", state: { monthlyBudgetMicros: 100_000n }, reserve: false, row: { costMicros: 0, savedMicros: 700, cacheHit: true } },
    { name: "a reservation of a minute that has passed", state: { tpmLimit: 10_000 }, reserve: true, oldMinute: true, row: {} },
    { name: "a reservation of last month", state: { monthlyBudgetMicros: 100_000n }, reserve: true, newMonth: true, row: { costMicros: 90_000 } },
  ];

  for (const c of settleCases) {
    it(`settle, ${c.name}`, () => inOneMinute(async () => {
      const keys = [await keyWith(node, admin, c.state), await keyWith(node, admin, c.state)];
      const held: (Reservation | null)[] = [];
      for (const keyId of keys) {
        let reservation: Reservation | null = null;
        if (c.reserve) {
          const [r] = await reserveBatch(sql(), [{ id: randomUUID(), keyId, amount: 5_000, tokens: 80 }], OPTS);
          if (!r.ok) throw new Error(`reserve refused: ${r.reason}`);
          reservation = r.reservation;
          if (c.oldMinute) reservation = { ...reservation, minute: reservation.minute - 3 };
        }
        if (c.swept) {
          // What the sweeper does to an expired reservation: gone, its amount released.
          await node.app.db.prisma.budgetReservation.delete({ where: { id: reservation!.id } });
          await node.app.db.prisma.virtualKey.update({ where: { id: keyId }, data: { reservedMicros: { decrement: 5_000 } } });
        }
        if (c.newMonth) await node.app.db.prisma.virtualKey.update({ where: { id: keyId }, data: { monthStart: lastMonth(), monthSpendMicros: 95_000n, thresholdNotified: 80 } });
        held.push(reservation);
      }
      const one = await settleOne(sql(), { eventId: randomUUID(), reservation: held[0], row: usage(keys[0], c.row) }, false);
      const [batch] = await settleBatch(sql(), [{ eventId: randomUUID(), reservation: held[1], row: usage(keys[1], c.row) }], false);
      const outcome = (s: typeof one) => ({ spend: s.spend, cap: s.cap, thresholdNotified: s.thresholdNotified, serial: typeof s.eventSerial });
      expect(outcome(one)).toEqual(outcome(batch));
      const [sa, sb] = [await stateOf(node, keys[0]), await stateOf(node, keys[1])];
      expect(sa).toEqual(sb);
      expect(sa.reservations).toEqual([]);
      expect(sa.events).toHaveLength(1);
    }));
  }

  it("durable and asynchronous commits are separate statements of each one-row form", async () => {
    const seen: { name?: string; text: string }[] = [];
    const spy: SqlRunner = async (q) => {
      seen.push(q);
      return sql()(q);
    };
    const keyId = await keyWith(node, admin, { monthlyBudgetMicros: 100_000n });
    for (const durable of [false, true]) {
      const r = await reserveOne(spy, { id: randomUUID(), keyId, amount: 10, tokens: 1 }, { ...OPTS, durable });
      if (!r.ok) throw new Error("refused");
      await settleOne(spy, { eventId: randomUUID(), reservation: r.reservation, row: usage(keyId) }, durable);
    }
    const names = seen.map((q) => q.name);
    expect(names).toEqual(["gw_reserve_one_async", "gw_settle_one_async", "gw_reserve_one_durable", "gw_settle_one_durable"]);
    expect(seen[0].text).not.toBe(seen[2].text);
  });
});

describeIfPostgres("gateway budget statements under a race (PostgreSQL)", () => {
  const { node, admin } = useGatewayNode();

  it("100 one-row reserves on 20 connections at once never pass a cap that fits 10; the settles release every one", async () => {
    const pool = new pg.Pool({ connectionString: node.databaseUrl, max: 20 });
    try {
      const sql: SqlRunner = async (q) => (await pool.query(q.text, q.values)).rows as never;
      await Promise.all(Array.from({ length: 20 }, () => pool.query("SELECT 1")));
      const keyId = await keyWith(node, admin, { monthlyBudgetMicros: 10_000n });
      const results = await Promise.all(Array.from({ length: 100 }, () => reserveOne(sql, { id: randomUUID(), keyId, amount: 1_000, tokens: 10 }, OPTS)));
      const held = results.flatMap((r) => (r.ok ? [r.reservation] : []));
      expect(held).toHaveLength(10);
      expect(results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.reason))).toEqual(Array(90).fill("budget"));
      let state = await stateOf(node, keyId);
      expect(state.key.reservedMicros).toBe(10_000n);
      expect(state.reservations).toHaveLength(10);
      await Promise.all(held.map((reservation) => settleOne(sql, { eventId: randomUUID(), reservation, row: usage(keyId, { costMicros: 600 }) }, false)));
      state = await stateOf(node, keyId);
      expect(state.key.reservedMicros).toBe(0n);
      expect(state.key.monthSpendMicros).toBe(6_000n);
      expect(state.reservations).toEqual([]);
      expect(state.events).toHaveLength(10);
    } finally {
      await pool.end();
    }
  });
});
