// Probe quotas per user per UTC day and month, by tier. Decided in SQL: one conditional
// upsert per period (`used < limit` is re-checked on the latest row version under its row
// lock, so 50 concurrent probes against 10 remaining charge exactly 10). A probe the month
// refuses gives its day charge back in the same statement's follow-up, so a refused probe
// costs nothing. Admins are not limited and not counted. No GraphQL imports.
//
// The charge commits asynchronously (synchronous_commit off for its own transaction only).
// All of one user's probes queue on that user's two rows, and each held their locks until
// its commit record was flushed to disk: a few milliseconds per probe, one after the other
// (bench `probes`: one user's 20 clients). The locks still decide who gets the last units;
// what a PostgreSQL crash may forget is the last fraction of a second of charges (at most
// three wal_writer_delay), i.e. a few probes not counted, never one counted twice.
import type { SqlRunner } from "../../db.js";
import type { Config } from "../../config.js";
import { RateLimitedError } from "../../errors.js";
import { Prisma, type Tier } from "../../generated/prisma/client.js";

export interface QuotaState {
  limitDay: number;
  remainingDay: number;
  limitMonth: number;
  remainingMonth: number;
  /** Unix seconds of the next UTC midnight (when the daily count starts again). */
  reset: number;
  unlimited: boolean;
}

export interface Periods {
  day: string;
  month: string;
  dayReset: number;
  monthReset: number;
}

export function periods(now = new Date()): Periods {
  const iso = now.toISOString();
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return {
    day: iso.slice(0, 10),
    month: iso.slice(0, 7),
    dayReset: Date.UTC(y, m, now.getUTCDate() + 1) / 1000,
    monthReset: Date.UTC(y, m + 1, 1) / 1000,
  };
}

export class ProbeQuotaExceededError extends RateLimitedError {
  constructor(
    readonly period: "day" | "month",
    limit: number,
    reset: number,
  ) {
    const retryAfter = Math.max(1, Math.ceil(reset - Date.now() / 1000));
    super(`Probe quota exceeded: ${limit} probes per ${period} for your subscription tier. Retry after ${retryAfter} seconds`, retryAfter, limit, reset);
  }
}

interface Caller {
  userId: string;
  role: string;
  tier: Tier;
}

type Quotas = Config["probes"]["quotas"];

/** The five headers of seed 003's rate-limiting section. */
export function quotaHeaders(q: QuotaState): Record<string, string> {
  return {
    "X-RateLimit-Limit-Day": String(q.limitDay),
    "X-RateLimit-Remaining-Day": String(q.remainingDay),
    "X-RateLimit-Limit-Month": String(q.limitMonth),
    "X-RateLimit-Remaining-Month": String(q.remainingMonth),
    "X-RateLimit-Reset": String(q.reset),
  };
}

/** The caller's quota as it stands (one statement reading both periods). */
export async function quotaState(sql: SqlRunner, quotas: Quotas, caller: Caller, now = new Date()): Promise<QuotaState> {
  const p = periods(now);
  const limits = quotas[caller.tier];
  if (caller.role === "ADMIN") return { limitDay: limits.day, remainingDay: limits.day, limitMonth: limits.month, remainingMonth: limits.month, reset: p.dayReset, unlimited: true };
  const rows = await sql<{ period: string; used: number }>(Prisma.sql`
    SELECT period, used FROM probe_usage WHERE user_id = ${caller.userId}::uuid AND period IN (${p.day}, ${p.month})`);
  const used = (period: string) => Number(rows.find((r) => r.period === period)?.used ?? 0);
  return {
    limitDay: limits.day,
    remainingDay: Math.max(0, limits.day - used(p.day)),
    limitMonth: limits.month,
    remainingMonth: Math.max(0, limits.month - used(p.month)),
    reset: p.dayReset,
    unlimited: false,
  };
}

/** Charges one probe or throws ProbeQuotaExceededError (nothing charged). */
export async function chargeProbe(sql: SqlRunner, quotas: Quotas, caller: Caller, now = new Date()): Promise<QuotaState> {
  const p = periods(now);
  const limits = quotas[caller.tier];
  if (caller.role === "ADMIN") return quotaState(sql, quotas, caller, now);
  const upsert = (period: string, limit: number, when: Prisma.Sql) => Prisma.sql`
    INSERT INTO probe_usage (user_id, period, used)
    SELECT ${caller.userId}::uuid, ${period}, 1 WHERE ${limit}::int > 0 AND ${when}
    ON CONFLICT (user_id, period) DO UPDATE SET used = probe_usage.used + 1 WHERE probe_usage.used < ${limit}::int
    RETURNING used`;
  // set_config(..., true) lasts for this statement's own (implicit) transaction, commit included.
  const [row] = await sql<{ day: number | null; month: number | null }>(Prisma.sql`
    WITH async AS (SELECT set_config('synchronous_commit', 'off', true)),
    d AS (${upsert(p.day, limits.day, Prisma.sql`TRUE`)}),
    m AS (${upsert(p.month, limits.month, Prisma.sql`EXISTS (SELECT 1 FROM d)`)})
    SELECT (SELECT used FROM d) AS day, (SELECT used FROM m) AS month, (SELECT 1 FROM async) AS async`);
  if (row.day == null) throw new ProbeQuotaExceededError("day", limits.day, p.dayReset);
  if (row.month == null) {
    // The day was charged but the month refused: give the day's unit back.
    await sql(Prisma.sql`UPDATE probe_usage SET used = used - 1 WHERE user_id = ${caller.userId}::uuid AND period = ${p.day}`);
    throw new ProbeQuotaExceededError("month", limits.month, p.monthReset);
  }
  return {
    limitDay: limits.day,
    remainingDay: Math.max(0, limits.day - Number(row.day)),
    limitMonth: limits.month,
    remainingMonth: Math.max(0, limits.month - Number(row.month)),
    reset: p.dayReset,
    unlimited: false,
  };
}
