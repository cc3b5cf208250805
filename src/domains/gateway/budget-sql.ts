// The budget in SQL: every decision is one statement against the keys' rows, so it holds
// across requests, nodes and streams. `virtual_keys` carries the month's settled spend and
// the sum of open reservations. Reservations and settlements come in batches (one statement
// for every request a node has waiting, budget-writer.ts): a batch locks its keys' rows in id
// order (`FOR UPDATE`, so two batches, or a batch and the sweeper, can never deadlock) and
// decides on the locked, newest row, so 100 concurrent requests can never together reserve
// more than the cap.
//
// Lock order, in every statement here: reservation rows first, then key rows by id.
import { Prisma } from "../../generated/prisma/client.js";
import type { SqlRunner } from "../../db.js";

/** The current budget month (UTC), as the DATE `month_start` stores. */
const MONTH = Prisma.sql`(date_trunc('month', now() AT TIME ZONE 'UTC'))::date`;
/** The month's settled spend, zero once the row's month is over. */
const SPEND = Prisma.sql`(CASE WHEN month_start < ${MONTH} THEN 0 ELSE month_spend_micros END)`;

/**
 * How the request path's statements commit. Durable: each waits for its WAL flush, so one
 * key's requests, which all update its row, queue behind each other's disk flush (measured
 * on the bench machine: 1 to 6 ms each). Otherwise `synchronous_commit` is turned off for
 * that statement's own transaction only (`set_config(..., true)`): the row lock is released
 * and the answer sent without waiting for the flush. Atomicity, ordering and visibility are
 * unchanged, so budgets stay exact under concurrency; what a crash of PostgreSQL itself (not
 * of a node) may lose is the last fraction of a second of these writes (at most three
 * `wal_writer_delay`s). GATEWAY_DURABLE_COMMIT=true chooses durable.
 */
const commitMode = (durable: boolean) => (durable ? Prisma.sql`NULL` : Prisma.sql`set_config('synchronous_commit', 'off', true)`);

/**
 * The batch statements run as named prepared statements: PostgreSQL parses and plans them once
 * per connection. One name per distinct text (they differ only by the commit mode).
 */
const names = new Map<string, string>();
function named(prefix: string, q: Prisma.Sql) {
  let name = names.get(q.text);
  if (!name) names.set(q.text, (name = `${prefix}_${names.size}`));
  return { name, text: q.text, values: q.values };
}

export interface Reservation {
  id: string;
  keyId: string;
  amount: number;
}

export interface ReserveItem {
  id: string;
  keyId: string;
  amount: number;
}

export type Reserved = { ok: true; reservation: Reservation } | { ok: false; reason: "budget" | "inactive" };

/**
 * Holds each item's amount against its key when the key is live and spend + open reservations
 * + the amounts admitted before it stay within the cap (no cap: always). Within a batch a
 * key's items are admitted smallest first, so as many requests as fit get through; whether
 * concurrent requests are admitted in one order or another is not defined either way.
 */
export async function reserveBatch(sql: SqlRunner, items: ReserveItem[], opts: { nodeId: string; ttlMs: number; durable: boolean }): Promise<Reserved[]> {
  const rows = await sql<{ id: string; ok: boolean; live: boolean }>(
    named(
      "gw_reserve",
      Prisma.sql`
    WITH req AS (
      SELECT * FROM unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.keyId)}::uuid[], ${items.map((i) => i.amount)}::bigint[])
        WITH ORDINALITY AS r(id, key_id, amount, ord)
    ), k AS (
      SELECT id, is_active AND revoked_at IS NULL AS live, monthly_budget_micros AS cap, reserved_micros AS reserved, ${SPEND} AS spend
      FROM virtual_keys WHERE id IN (SELECT key_id FROM req) ORDER BY id FOR UPDATE
    ), ranked AS (
      SELECT req.id, req.key_id, req.amount, k.live, k.cap, k.spend + k.reserved
          + sum(req.amount) OVER (PARTITION BY req.key_id ORDER BY req.amount, req.ord) AS held
      FROM req JOIN k ON k.id = req.key_id
    ), admitted AS (
      SELECT id, key_id, amount FROM ranked WHERE live AND (cap IS NULL OR held <= cap)
    ), per AS (
      SELECT key_id, sum(amount) AS amount FROM admitted GROUP BY key_id
    ), upd AS (
      UPDATE virtual_keys v SET
        month_spend_micros = ${SPEND},
        threshold_notified = CASE WHEN month_start < ${MONTH} THEN 0 ELSE threshold_notified END,
        month_start = ${MONTH},
        reserved_micros = v.reserved_micros + per.amount
      FROM per WHERE v.id = per.key_id
      RETURNING v.id
    ), ins AS (
      INSERT INTO budget_reservations (id, virtual_key_id, amount_micros, node_id, created_at, expires_at)
      SELECT id, key_id, amount, ${opts.nodeId}, now(), now() + ${opts.ttlMs}::int * interval '1 millisecond' FROM admitted
      RETURNING id
    )
    SELECT req.id::text AS id, a.id IS NOT NULL AS ok, COALESCE(k.live, false) AS live, ${commitMode(opts.durable)} AS commit_mode
    FROM req LEFT JOIN admitted a ON a.id = req.id LEFT JOIN k ON k.id = req.key_id
    ORDER BY req.ord`,
    ),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return items.map((item) => {
    const r = byId.get(item.id);
    if (r?.ok) return { ok: true, reservation: { id: item.id, keyId: item.keyId, amount: item.amount } };
    return { ok: false, reason: r?.live ? "budget" : "inactive" };
  });
}

/** Releases a reservation whole (the request failed before any usage). */
export async function release(sql: SqlRunner, reservationId: string, durable: boolean): Promise<void> {
  await sql(Prisma.sql`
    WITH d AS (DELETE FROM budget_reservations WHERE id = ${reservationId}::uuid RETURNING virtual_key_id, amount_micros)
    UPDATE virtual_keys k SET reserved_micros = k.reserved_micros - d.amount_micros FROM d WHERE k.id = d.virtual_key_id
    RETURNING ${commitMode(durable)} AS commit_mode`);
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

export interface SettleItem {
  eventId: string;
  /** The request's reservation; null when it held none (cache hits, refusals: cost 0). */
  reservationId: string | null;
  row: UsageRow;
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
 * Ends requests in one statement: deletes their reservations (those the sweeper has not
 * already released), releases the held amounts, adds the actual costs to the months' spend and
 * writes the usage events. `spend` is each key's after the whole batch; a key whose row did
 * not change (cache hits only) reports spend 0 and no cap, and announces nothing.
 */
export async function settleBatch(sql: SqlRunner, items: SettleItem[], durable: boolean): Promise<Settled[]> {
  const col = <T>(f: (i: SettleItem) => T) => items.map(f);
  const rows = await sql<{ id: string; serial: number; spend: number | null; cap: number | null; threshold: number | null }>(
    named(
      "gw_settle",
      Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(
        ${col((i) => i.eventId)}::uuid[], ${col((i) => i.reservationId)}::uuid[], ${col((i) => i.row.keyId)}::uuid[],
        ${col((i) => i.row.userId)}::uuid[], ${col((i) => i.row.project)}::text[], ${col((i) => i.row.provider)}::text[],
        ${col((i) => i.row.model)}::text[], ${col((i) => i.row.endpoint)}::text[], ${col((i) => i.row.status)}::int[],
        ${col((i) => i.row.streamed)}::boolean[], ${col((i) => i.row.inputTokens)}::int[], ${col((i) => i.row.outputTokens)}::int[],
        ${col((i) => i.row.cachedTokens)}::int[], ${col((i) => i.row.reasoningTokens)}::int[], ${col((i) => i.row.costMicros)}::bigint[],
        ${col((i) => i.row.savedMicros)}::bigint[], ${col((i) => i.row.cacheHit)}::boolean[], ${col((i) => i.row.latencyMs)}::int[],
        ${col((i) => i.row.ttftMs)}::int[], ${col((i) => i.row.promptHash)}::text[], ${col((i) => i.row.error)}::text[]
      ) WITH ORDINALITY AS u(event_id, reservation_id, key_id, user_id, project, provider, model, endpoint, status, streamed,
        input_tokens, output_tokens, cached_tokens, reasoning_tokens, cost, saved, cache_hit, latency_ms, ttft_ms, prompt_hash, error, ord)
    ), r AS (
      DELETE FROM budget_reservations WHERE id IN (SELECT reservation_id FROM input WHERE reservation_id IS NOT NULL)
      RETURNING virtual_key_id, amount_micros
    ), locked AS (
      -- After the reservations (the initplan runs the DELETE first), then the keys in id order;
      -- only keys whose row changes (a cache hit releases and costs nothing).
      SELECT id FROM virtual_keys
      WHERE (id IN (SELECT key_id FROM input WHERE cost > 0) OR id IN (SELECT virtual_key_id FROM r))
        AND (SELECT count(*) FROM r) >= 0
      ORDER BY id FOR UPDATE
    ), per AS (
      SELECT l.id AS key_id,
        (SELECT COALESCE(sum(cost), 0) FROM input WHERE input.key_id = l.id) AS cost,
        (SELECT COALESCE(sum(amount_micros), 0) FROM r WHERE r.virtual_key_id = l.id) AS released
      FROM locked l
    ), k AS (
      UPDATE virtual_keys v SET
        reserved_micros = v.reserved_micros - per.released,
        month_spend_micros = ${SPEND} + per.cost,
        threshold_notified = CASE WHEN month_start < ${MONTH} THEN 0 ELSE threshold_notified END,
        month_start = ${MONTH}
      FROM per WHERE v.id = per.key_id
      RETURNING v.id, v.month_spend_micros, v.monthly_budget_micros, v.threshold_notified
    ), e AS (
      INSERT INTO usage_events (id, virtual_key_id, user_id, project, provider, model, endpoint, status, streamed,
        input_tokens, output_tokens, cached_tokens, reasoning_tokens, cost_micros, saved_micros, cache_hit,
        latency_ms, ttft_ms, prompt_hash, error, created_at)
      SELECT event_id, key_id, user_id, project, provider, model, endpoint, status, streamed, input_tokens, output_tokens,
        cached_tokens, reasoning_tokens, cost, saved, cache_hit, latency_ms, ttft_ms, prompt_hash, error, now()
      FROM input ORDER BY ord
      RETURNING id, serial
    )
    SELECT e.id::text AS id, e.serial, k.month_spend_micros::float8 AS spend, k.monthly_budget_micros::float8 AS cap,
      k.threshold_notified AS threshold, ${commitMode(durable)} AS commit_mode
    FROM e JOIN input ON input.event_id = e.id LEFT JOIN k ON k.id = input.key_id
    ORDER BY input.ord`,
    ),
  );
  return rows.map((row) => ({
    eventId: row.id,
    eventSerial: Number(row.serial),
    spend: Number(row.spend ?? 0),
    cap: row.cap == null ? null : Number(row.cap),
    thresholdNotified: Number(row.threshold ?? 0),
  }));
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
    ), locked AS (
      SELECT id FROM virtual_keys WHERE id IN (SELECT virtual_key_id FROM s) ORDER BY id FOR UPDATE
    ), u AS (
      UPDATE virtual_keys k SET reserved_micros = k.reserved_micros - s.amount FROM s JOIN locked l ON l.id = s.virtual_key_id
      WHERE k.id = s.virtual_key_id
      RETURNING k.id
    )
    SELECT COALESCE(sum(n), 0)::int AS n FROM s`);
  return Number(rows[0]?.n ?? 0);
}
