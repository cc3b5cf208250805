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
export const MONTH = Prisma.sql`(date_trunc('month', now() AT TIME ZONE 'UTC'))::date`;
/** The month's settled spend, zero once the row's month is over. */
export const SPEND = Prisma.sql`(CASE WHEN month_start < ${MONTH} THEN 0 ELSE month_spend_micros END)`;

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
export const commitMode = (durable: boolean) => (durable ? Prisma.sql`NULL` : Prisma.sql`set_config('synchronous_commit', 'off', true)`);

/**
 * The batch statements run as named prepared statements: PostgreSQL parses and plans them once
 * per connection. A statement's text depends only on which statement it is and its commit mode,
 * so it is joined once per pair and kept: joining it again for every batch (a few KB each time)
 * was a measurable share of the gateway's allocations.
 */
const statements = new Map<string, { name: string; text: string }>();
export function named(prefix: string, durable: boolean, q: Prisma.Sql) {
  const key = `${prefix}_${durable ? "durable" : "async"}`;
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = { name: key, text: q.text }));
  return { name: statement.name, text: statement.text, values: q.values };
}

/** The current UTC minute as minutes since 1970: the tokens-per-minute window. */
export const MINUTE = Prisma.sql`floor(extract(epoch from now()) / 60)::int`;
/** The key's tokens counted in the current minute, zero once the row's minute is over. */
export const TPM_USED = Prisma.sql`(CASE WHEN tpm_minute = ${MINUTE} THEN tpm_tokens ELSE 0 END)`;
/** SET clauses starting the current month on a row whose month is over (with `month_spend_micros` from SPEND). */
export const NEW_MONTH = Prisma.sql`threshold_notified = CASE WHEN month_start < ${MONTH} THEN 0 ELSE threshold_notified END, month_start = ${MONTH}`;

export interface Reservation {
  id: string;
  keyId: string;
  amount: number;
  /** Tokens counted against the key's minute (prompt estimate + maximum output) ... */
  tokens: number;
  /** ... in this minute (minutes since 1970), corrected there when the request settles. */
  minute: number;
}

export interface ReserveItem {
  id: string;
  keyId: string;
  amount: number;
  tokens: number;
}

export type Refusal =
  | { ok: false; reason: "budget" | "inactive" }
  /** The key's tokens-per-minute limit: `limit`, and when the minute ends. */
  | { ok: false; reason: "tpm"; limit: number; resetMs: number };

export type Reserved = { ok: true; reservation: Reservation } | Refusal;

/**
 * Holds each item's amount against its key, and counts its tokens in the key's current
 * minute, when the key is live, spend + open reservations + the amounts admitted before it
 * stay within the cap (no cap: always), and the minute's tokens + the tokens admitted before
 * it stay within `tpm_limit` (none: always). Within a batch a key's items are admitted
 * smallest amount first while both hold, so as many requests as fit get through; whether
 * concurrent requests are admitted in one order or another is not defined either way.
 */
export async function reserveBatch(sql: SqlRunner, items: ReserveItem[], opts: { nodeId: string; ttlMs: number; durable: boolean }): Promise<Reserved[]> {
  const rows = await sql<{ id: string; ok: boolean; live: boolean; budget_ok: boolean; tpm_limit: number | null; minute: number; reset_ms: number }>(
    named(
      "gw_reserve",
      opts.durable,
      Prisma.sql`
    WITH req AS (
      SELECT * FROM unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.keyId)}::uuid[], ${items.map((i) => i.amount)}::bigint[],
        ${items.map((i) => i.tokens)}::bigint[])
        WITH ORDINALITY AS r(id, key_id, amount, tokens, ord)
    ), k AS (
      SELECT id, is_active AND revoked_at IS NULL AS live, monthly_budget_micros AS cap, reserved_micros AS reserved, ${SPEND} AS spend,
        tpm_limit, ${TPM_USED} AS tpm_used
      FROM virtual_keys WHERE id IN (SELECT key_id FROM req) ORDER BY id FOR UPDATE
    ), ranked AS (
      SELECT req.id, req.key_id, req.amount, req.tokens, k.live,
        k.cap IS NULL OR k.spend + k.reserved + sum(req.amount) OVER w <= k.cap AS budget_ok,
        k.tpm_limit IS NULL OR k.tpm_used + sum(req.tokens) OVER w <= k.tpm_limit AS tpm_ok
      FROM req JOIN k ON k.id = req.key_id
      WINDOW w AS (PARTITION BY req.key_id ORDER BY req.amount, req.ord)
    ), admitted AS (
      SELECT id, key_id, amount, tokens FROM ranked WHERE live AND budget_ok AND tpm_ok
    ), per AS (
      SELECT key_id, sum(amount) AS amount, sum(tokens) AS tokens FROM admitted GROUP BY key_id
    ), upd AS (
      UPDATE virtual_keys v SET
        month_spend_micros = ${SPEND},
        ${NEW_MONTH},
        reserved_micros = v.reserved_micros + per.amount,
        tpm_tokens = ${TPM_USED} + per.tokens,
        tpm_minute = ${MINUTE}
      FROM per WHERE v.id = per.key_id
      RETURNING v.id
    ), ins AS (
      INSERT INTO budget_reservations (id, virtual_key_id, amount_micros, node_id, created_at, expires_at)
      SELECT id, key_id, amount, ${opts.nodeId}, now(), now() + ${opts.ttlMs}::int * interval '1 millisecond' FROM admitted
      RETURNING id
    )
    SELECT req.id::text AS id, a.id IS NOT NULL AS ok, COALESCE(r.live, false) AS live, COALESCE(r.budget_ok, false) AS budget_ok,
      k.tpm_limit, ${MINUTE} AS minute,
      ceil(extract(epoch from (date_trunc('minute', now()) + interval '1 minute' - now())) * 1000)::int AS reset_ms,
      ${commitMode(opts.durable)} AS commit_mode
    FROM req LEFT JOIN admitted a ON a.id = req.id LEFT JOIN ranked r ON r.id = req.id LEFT JOIN k ON k.id = req.key_id
    ORDER BY req.ord`,
    ),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return items.map((item): Reserved => {
    const r = byId.get(item.id);
    if (r?.ok) return { ok: true, reservation: { id: item.id, keyId: item.keyId, amount: item.amount, tokens: item.tokens, minute: Number(r.minute) } };
    if (!r?.live) return { ok: false, reason: "inactive" };
    if (!r.budget_ok) return { ok: false, reason: "budget" };
    return { ok: false, reason: "tpm", limit: Number(r.tpm_limit), resetMs: Number(r.reset_ms) };
  });
}

/** Releases a reservation whole, its minute's tokens too (the request failed before any usage). */
export async function release(sql: SqlRunner, r: Reservation, durable: boolean): Promise<void> {
  await sql(Prisma.sql`
    WITH d AS (DELETE FROM budget_reservations WHERE id = ${r.id}::uuid RETURNING virtual_key_id, amount_micros)
    UPDATE virtual_keys k SET reserved_micros = k.reserved_micros - d.amount_micros,
      tpm_tokens = CASE WHEN k.tpm_minute = ${r.minute}::int THEN GREATEST(0, k.tpm_tokens - ${r.tokens}::bigint) ELSE k.tpm_tokens END
    FROM d WHERE k.id = d.virtual_key_id
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
  /** The request's reservation; null when it held none (cache hits: cost 0). */
  reservation: Reservation | null;
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
      durable,
      Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(
        ${col((i) => i.eventId)}::uuid[], ${col((i) => i.reservation?.id ?? null)}::uuid[], ${col((i) => i.row.keyId)}::uuid[],
        ${col((i) => i.row.userId)}::uuid[], ${col((i) => i.row.project)}::text[], ${col((i) => i.row.provider)}::text[],
        ${col((i) => i.row.model)}::text[], ${col((i) => i.row.endpoint)}::text[], ${col((i) => i.row.status)}::int[],
        ${col((i) => i.row.streamed)}::boolean[], ${col((i) => i.row.inputTokens)}::int[], ${col((i) => i.row.outputTokens)}::int[],
        ${col((i) => i.row.cachedTokens)}::int[], ${col((i) => i.row.reasoningTokens)}::int[], ${col((i) => i.row.costMicros)}::bigint[],
        ${col((i) => i.row.savedMicros)}::bigint[], ${col((i) => i.row.cacheHit)}::boolean[], ${col((i) => i.row.latencyMs)}::int[],
        ${col((i) => i.row.ttftMs)}::int[], ${col((i) => i.row.promptHash)}::text[], ${col((i) => i.row.error)}::text[],
        ${col((i) => i.reservation?.tokens ?? 0)}::bigint[], ${col((i) => i.reservation?.minute ?? 0)}::int[]
      ) WITH ORDINALITY AS u(event_id, reservation_id, key_id, user_id, project, provider, model, endpoint, status, streamed,
        input_tokens, output_tokens, cached_tokens, reasoning_tokens, cost, saved, cache_hit, latency_ms, ttft_ms, prompt_hash, error,
        tpm_reserved, tpm_minute, ord)
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
        -- Tokens counted in the key's current minute, corrected from the reserved to the used.
        tpm_tokens = GREATEST(0, v.tpm_tokens + COALESCE((SELECT sum(i.input_tokens + i.output_tokens - i.tpm_reserved)
          FROM input i WHERE i.key_id = v.id AND i.reservation_id IS NOT NULL AND i.tpm_minute = v.tpm_minute), 0)),
        month_spend_micros = ${SPEND} + per.cost,
        ${NEW_MONTH}
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
