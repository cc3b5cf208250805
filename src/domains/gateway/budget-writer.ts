// Reservations and settlements go to the database in batches: each kind keeps one statement
// in flight, and whatever requests arrive meanwhile go together in the next one. One request
// alone waits for nothing (its statement starts at once); 100 at a time share a few
// statements instead of each taking its own round trip and its own turn on the key's row
// lock. The statements are budget-sql.ts's, and for a batch of one budget-one.ts's, which
// write the same rules for a single row (test/gateway-budget-forms.test.ts holds them equal).
import { randomUUID } from "node:crypto";
import { batcher } from "../../batch.js";
import type { SqlRunner } from "../../db.js";
import { reserveOne, settleOne } from "./budget-one.js";
import { reserveBatch, settleBatch, type Reservation, type Reserved, type ReserveItem, type SettleItem, type Settled, type UsageRow } from "./budget-sql.js";

export interface BudgetWriter {
  /** Holds `amount` micro-dollars and `tokens` of the minute against the key, or says why not. */
  reserve(keyId: string, amount: number, tokens: number): Promise<Reserved>;
  /** Releases the reservation (if any), corrects its tokens, adds the cost and writes the usage event. */
  settle(reservation: Reservation | null, row: UsageRow): Promise<Settled>;
}

export function createBudgetWriter(sql: SqlRunner, opts: { nodeId: string; ttlMs: number; durable: boolean }): BudgetWriter {
  // A batch of one takes the one-row form of the same statement (budget-one.ts): at a steady
  // few hundred requests a second most batches hold a single request.
  const reserve = batcher(async (items: ReserveItem[]) => (items.length === 1 ? [await reserveOne(sql, items[0], opts)] : reserveBatch(sql, items, opts)));
  const settle = batcher(async (items: SettleItem[]) => (items.length === 1 ? [await settleOne(sql, items[0], opts.durable)] : settleBatch(sql, items, opts.durable)));
  return {
    reserve: (keyId, amount, tokens) => reserve({ id: randomUUID(), keyId, amount, tokens }),
    settle: (reservation, row) => settle({ eventId: randomUUID(), reservation, row }),
  };
}
