// Reservations and settlements go to the database in batches: each kind keeps one statement
// in flight, and whatever requests arrive meanwhile go together in the next one. One request
// alone waits for nothing (its statement starts at once); 100 at a time share a few
// statements instead of each taking its own round trip and its own turn on the key's row
// lock. The statements are budget-sql.ts's, so the budget rules are the same for a batch of
// one and a batch of hundreds.
import { randomUUID } from "node:crypto";
import { batcher } from "../../batch.js";
import type { SqlRunner } from "../../db.js";
import { reserveBatch, settleBatch, type Reservation, type Reserved, type Settled, type UsageRow } from "./budget-sql.js";

export interface BudgetWriter {
  /** Holds `amount` micro-dollars and `tokens` of the minute against the key, or says why not. */
  reserve(keyId: string, amount: number, tokens: number): Promise<Reserved>;
  /** Releases the reservation (if any), corrects its tokens, adds the cost and writes the usage event. */
  settle(reservation: Reservation | null, row: UsageRow): Promise<Settled>;
}

export function createBudgetWriter(sql: SqlRunner, opts: { nodeId: string; ttlMs: number; durable: boolean }): BudgetWriter {
  const reserve = batcher((items: { id: string; keyId: string; amount: number; tokens: number }[]) => reserveBatch(sql, items, opts));
  const settle = batcher((items: { eventId: string; reservation: Reservation | null; row: UsageRow }[]) => settleBatch(sql, items, opts.durable));
  return {
    reserve: (keyId, amount, tokens) => reserve({ id: randomUUID(), keyId, amount, tokens }),
    settle: (reservation, row) => settle({ eventId: randomUUID(), reservation, row }),
  };
}
