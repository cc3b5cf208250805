// The budget in SQL: every decision is one statement against the key's row, so it holds
// across requests, nodes and streams. `virtual_keys` carries the month's settled spend and
// the sum of open reservations; a reservation is admitted by one conditional UPDATE that
// PostgreSQL re-checks on the newest row version after waiting for the row lock, so 100
// concurrent requests can never together reserve more than the cap.
import { randomUUID } from "node:crypto";
import { Prisma } from "../../generated/prisma/client.js";
import type { SqlRunner } from "../../db.js";

/** The current budget month (UTC), as the DATE `month_start` stores. */
const MONTH = Prisma.sql`(date_trunc('month', now() AT TIME ZONE 'UTC'))::date`;
/** The month's settled spend, zero once the row's month is over. */
const SPEND = Prisma.sql`(CASE WHEN month_start < ${MONTH} THEN 0 ELSE month_spend_micros END)`;

export interface Reservation {
  id: string;
  keyId: string;
  amount: number;
}

/**
 * Holds `amount` micro-dollars against the key when spend + open reservations + amount stays
 * within the cap (no cap: always). Returns null when it does not fit or the key was revoked.
 */
export async function reserve(sql: SqlRunner, keyId: string, amount: number, nodeId: string, ttlMs: number): Promise<Reservation | null> {
  const id = randomUUID();
  const rows = await sql<{ id: string }>(Prisma.sql`
    WITH k AS (
      UPDATE virtual_keys SET
        month_spend_micros = ${SPEND},
        threshold_notified = CASE WHEN month_start < ${MONTH} THEN 0 ELSE threshold_notified END,
        month_start = ${MONTH},
        reserved_micros = reserved_micros + ${amount}::bigint
      WHERE id = ${keyId}::uuid AND is_active AND revoked_at IS NULL
        AND (monthly_budget_micros IS NULL OR ${SPEND} + reserved_micros + ${amount}::bigint <= monthly_budget_micros)
      RETURNING id
    )
    INSERT INTO budget_reservations (id, virtual_key_id, amount_micros, node_id, created_at, expires_at)
    SELECT ${id}::uuid, k.id, ${amount}::bigint, ${nodeId}, now(), now() + ${ttlMs}::int * interval '1 millisecond' FROM k
    RETURNING id::text AS id`);
  return rows.length ? { id, keyId, amount } : null;
}

export interface UsageRow {
  keyId: string;
  userId: string | null;
  project: string | null;
  provider: string;
  model: string;
  endpoint: string;
  status: number;
  streamed: boolean;
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  reasoningTokens: number;
  costMicros: number;
  savedMicros: number;
  cacheHit: boolean;
  latencyMs: number;
  ttftMs: number | null;
  promptHash: string;
  error: string | null;
}

export interface Settled {
  eventId: string;
  eventSerial: number;
  /** The key's month spend and cap after the settle (micro-dollars; cap null = none). */
  spend: number;
  cap: number | null;
  thresholdNotified: number;
}

/**
 * Ends a request in one statement: deletes its reservation (if the sweeper has not already),
 * releases the held amount, adds the actual cost to the month's spend and writes the usage
 * event. Also used without a reservation (cache hits, refusals: cost 0).
 */
export async function settle(sql: SqlRunner, reservationId: string | null, u: UsageRow): Promise<Settled> {
  const eventId = randomUUID();
  const [row] = await sql<{ serial: number; spend: number; cap: number | null; threshold: number }>(Prisma.sql`
    WITH r AS (
      DELETE FROM budget_reservations WHERE id = ${reservationId ?? "00000000-0000-0000-0000-000000000000"}::uuid
      RETURNING amount_micros
    ), k AS (
      UPDATE virtual_keys SET
        reserved_micros = reserved_micros - COALESCE((SELECT amount_micros FROM r), 0),
        month_spend_micros = ${SPEND} + ${u.costMicros}::bigint,
        threshold_notified = CASE WHEN month_start < ${MONTH} THEN 0 ELSE threshold_notified END,
        month_start = ${MONTH}
      WHERE id = ${u.keyId}::uuid
      RETURNING month_spend_micros, monthly_budget_micros, threshold_notified
    ), e AS (
      INSERT INTO usage_events (id, virtual_key_id, user_id, project, provider, model, endpoint, status, streamed,
        input_tokens, output_tokens, cached_tokens, reasoning_tokens, cost_micros, saved_micros, cache_hit,
        latency_ms, ttft_ms, prompt_hash, error, created_at)
      VALUES (${eventId}::uuid, ${u.keyId}::uuid, ${u.userId}::uuid, ${u.project}, ${u.provider}, ${u.model}, ${u.endpoint},
        ${u.status}::int, ${u.streamed}, ${u.inputTokens}::int, ${u.outputTokens}::int, ${u.cachedTokens}::int,
        ${u.reasoningTokens}::int, ${u.costMicros}::bigint, ${u.savedMicros}::bigint, ${u.cacheHit}, ${u.latencyMs}::int,
        ${u.ttftMs}::int, ${u.promptHash}, ${u.error}, now())
      RETURNING serial
    )
    SELECT e.serial, k.month_spend_micros::float8 AS spend, k.monthly_budget_micros::float8 AS cap,
      k.threshold_notified AS threshold
    FROM e LEFT JOIN k ON TRUE`);
  return {
    eventId,
    eventSerial: Number(row.serial),
    spend: Number(row.spend ?? 0),
    cap: row.cap == null ? null : Number(row.cap),
    thresholdNotified: Number(row.threshold ?? 0),
  };
}

/**
 * Marks `level` (50, 80, 100) as announced for this month, once: true only for the one
 * caller whose UPDATE moved the mark, however many requests cross it at the same time.
 */
export async function claimThreshold(sql: SqlRunner, keyId: string, level: number): Promise<boolean> {
  const rows = await sql(Prisma.sql`
    UPDATE virtual_keys SET threshold_notified = ${level}::int
    WHERE id = ${keyId}::uuid AND threshold_notified < ${level}::int AND month_start = ${MONTH}
      AND monthly_budget_micros > 0 AND month_spend_micros * 100 >= monthly_budget_micros * ${level}::int
    RETURNING id`);
  return rows.length > 0;
}

/**
 * Releases reservations past their expiry (their request died with its node): claimed with
 * FOR UPDATE SKIP LOCKED so nodes sweeping together never release one twice. Returns how many.
 */
export async function sweepExpired(sql: SqlRunner, batch = 500): Promise<number> {
  const rows = await sql<{ n: number }>(Prisma.sql`
    WITH dead AS (
      DELETE FROM budget_reservations WHERE id IN (
        SELECT id FROM budget_reservations WHERE expires_at < now()
        ORDER BY expires_at LIMIT ${batch}::int FOR UPDATE SKIP LOCKED)
      RETURNING virtual_key_id, amount_micros
    ), s AS (
      SELECT virtual_key_id, sum(amount_micros) AS amount, count(*) AS n FROM dead GROUP BY virtual_key_id
    ), u AS (
      UPDATE virtual_keys k SET reserved_micros = k.reserved_micros - s.amount FROM s WHERE k.id = s.virtual_key_id
      RETURNING k.id
    )
    SELECT COALESCE(sum(n), 0)::int AS n FROM s`);
  return Number(rows[0]?.n ?? 0);
}
