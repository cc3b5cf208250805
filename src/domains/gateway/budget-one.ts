// The budget statements for a batch of one request: the same rules as budget-sql.ts's batch
// statements, written for one row. Batches are sized by whatever arrives while the previous
// statement runs, so at a steady few hundred requests a second most batches hold one request;
// the batch statements' unnest, window and joins then cost more than the work (measured on one
// connection: reserve 0.29 ms against 0.17 ms here, settle 0.35 ms against 0.21 ms).
// test/gateway-budget-forms.test.ts runs both forms on the same states and compares them.
import { Prisma } from "../../generated/prisma/client.js";
import type { SqlRunner } from "../../db.js";
import { commitMode, MINUTE, named, NEW_MONTH, reserveBatch, SPEND, TPM_USED, type ReserveItem, type Reserved, type SettleItem, type Settled } from "./budget-sql.js";

/**
 * reserveBatch for one item. One conditional UPDATE decides: PostgreSQL re-checks its WHERE on
 * the newest row once it holds the row's lock, so concurrent requests can never together pass
 * the cap. A refusal is rare and has to say why (inactive, budget, tokens per minute), which
 * this statement does not tell: the batch statement then decides again, under the same lock,
 * and its answer (a refusal with its reason, or an admission if the row changed meanwhile) is
 * the request's.
 */
export async function reserveOne(sql: SqlRunner, item: ReserveItem, opts: { nodeId: string; ttlMs: number; durable: boolean }): Promise<Reserved> {
  const rows = await sql<{ ok: boolean; minute: number }>(
    named(
      "gw_reserve_one",
      opts.durable,
      Prisma.sql`
    WITH upd AS (
      UPDATE virtual_keys v SET
        month_spend_micros = ${SPEND},
        ${NEW_MONTH},
        reserved_micros = v.reserved_micros + ${item.amount}::bigint,
        tpm_tokens = ${TPM_USED} + ${item.tokens}::bigint,
        tpm_minute = ${MINUTE}
      WHERE v.id = ${item.keyId}::uuid AND v.is_active AND v.revoked_at IS NULL
        AND (v.monthly_budget_micros IS NULL OR ${SPEND} + v.reserved_micros + ${item.amount}::bigint <= v.monthly_budget_micros)
        AND (v.tpm_limit IS NULL OR ${TPM_USED} + ${item.tokens}::bigint <= v.tpm_limit)
      RETURNING v.id
    ), ins AS (
      INSERT INTO budget_reservations (id, virtual_key_id, amount_micros, node_id, created_at, expires_at)
      SELECT ${item.id}::uuid, id, ${item.amount}::bigint, ${opts.nodeId}::text, now(), now() + ${opts.ttlMs}::int * interval '1 millisecond' FROM upd
      RETURNING id
    )
    SELECT EXISTS (SELECT 1 FROM ins) AS ok, ${MINUTE} AS minute, ${commitMode(opts.durable)} AS commit_mode`,
    ),
  );
  const r = rows[0];
  if (r?.ok) return { ok: true, reservation: { id: item.id, keyId: item.keyId, amount: item.amount, tokens: item.tokens, minute: Number(r.minute) } };
  const [again] = await reserveBatch(sql, [item], opts);
  return again;
}

/**
 * settleBatch for one item: deletes its reservation (unless the sweeper already released it),
 * releases the held amount, corrects the minute's tokens, adds the cost and writes the usage
 * event. The key's row changes only when there is a cost or a release, as in the batch form.
 */
export async function settleOne(sql: SqlRunner, item: SettleItem, durable: boolean): Promise<Settled> {
  const { row, reservation } = item;
  const rows = await sql<{ id: string; serial: number; spend: number | null; cap: number | null; threshold: number | null }>(
    named(
      "gw_settle_one",
      durable,
      Prisma.sql`
    WITH r AS (
      DELETE FROM budget_reservations WHERE id = ${reservation?.id ?? null}::uuid RETURNING amount_micros
    ), k AS (
      UPDATE virtual_keys v SET
        reserved_micros = v.reserved_micros - COALESCE((SELECT sum(amount_micros) FROM r), 0),
        -- Tokens counted in the key's current minute, corrected from the reserved to the used.
        tpm_tokens = CASE WHEN ${reservation?.id ?? null}::uuid IS NOT NULL AND v.tpm_minute = ${reservation?.minute ?? 0}::int
          THEN GREATEST(0, v.tpm_tokens + ${row.inputTokens}::int + ${row.outputTokens}::int - ${reservation?.tokens ?? 0}::bigint)
          ELSE v.tpm_tokens END,
        month_spend_micros = ${SPEND} + ${row.costMicros}::bigint,
        ${NEW_MONTH}
      -- The count is an initplan: the reservation is deleted (locked) before the key's row,
      -- the lock order of every statement here.
      WHERE v.id = ${row.keyId}::uuid AND (SELECT count(*) FROM r) >= 0
        AND (${row.costMicros}::bigint > 0 OR EXISTS (SELECT 1 FROM r))
      RETURNING v.month_spend_micros, v.monthly_budget_micros, v.threshold_notified
    ), e AS (
      INSERT INTO usage_events (id, virtual_key_id, user_id, project, provider, model, endpoint, status, streamed,
        input_tokens, output_tokens, cached_tokens, reasoning_tokens, cost_micros, saved_micros, cache_hit,
        latency_ms, ttft_ms, prompt_hash, error, created_at)
      VALUES (${item.eventId}::uuid, ${row.keyId}::uuid, ${row.userId}::uuid, ${row.project}::text, ${row.provider}::text, ${row.model}::text,
        ${row.endpoint}::text, ${row.status}::int, ${row.streamed}::boolean, ${row.inputTokens}::int, ${row.outputTokens}::int,
        ${row.cachedTokens}::int, ${row.reasoningTokens}::int, ${row.costMicros}::bigint, ${row.savedMicros}::bigint, ${row.cacheHit}::boolean,
        ${row.latencyMs}::int, ${row.ttftMs}::int, ${row.promptHash}::text, ${row.error}::text, now())
      RETURNING id, serial
    )
    SELECT e.id::text AS id, e.serial, k.month_spend_micros::float8 AS spend, k.monthly_budget_micros::float8 AS cap,
      k.threshold_notified AS threshold, ${commitMode(durable)} AS commit_mode
    FROM e LEFT JOIN k ON true`,
    ),
  );
  const r = rows[0];
  return { eventId: r.id, eventSerial: Number(r.serial), spend: Number(r.spend ?? 0), cap: r.cap == null ? null : Number(r.cap), thresholdNotified: Number(r.threshold ?? 0) };
}
