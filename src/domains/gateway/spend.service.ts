// Spend, forecast and waste, aggregated in PostgreSQL over usage_events, scoped to the
// caller (admins: every key; others: the keys they own).
// - Days and months are UTC.
// - Forecast: month-to-date spend plus the average daily spend of the last 7 full days
//   (fewer when the data is younger) times the days left in the month.
// - Totals, top users, top projects and waste cover every recorded event.
// - Waste: events whose normalised prompt hash (model + prompt, wire.ts promptHash) was seen
//   before; each repeat's cost counts as waste (the first occurrence is not waste). Answers
//   served by the response cache are not waste: they are counted apart, with what they saved.
import { Prisma } from "../../generated/prisma/client.js";
import type { Db } from "../../db.js";
import { isAdmin, type Caller } from "../../ownership.js";

const scope = (caller: Caller) =>
  isAdmin(caller) ? Prisma.sql`TRUE` : Prisma.sql`e.virtual_key_id IN (SELECT id FROM virtual_keys WHERE owner_id = ${caller.userId}::uuid)`;

export interface SpendOverview {
  spendToday: number;
  spendMonth: number;
  spendYear: number;
  forecastMonthEnd: number;
  totalRequests: number;
  totalTokens: number;
  topUsers: { userEmail: string; totalCost: number; requestCount: number }[];
  topProjects: { projectName: string; totalCost: number; requestCount: number }[];
  waste: { repeatedPromptsCount: number; estimatedWaste: number; topRepeatedHashes: { hash: string; count: number; estimatedWaste: number }[] };
  /** Requests the response cache answered, and what the upstream calls would have cost. */
  cache: { hits: number; saved: number };
}

const usd = (micros: unknown) => Number(micros ?? 0) / 1e6;

export async function spendOverview(prisma: Db, caller: Caller, top = 10): Promise<SpendOverview> {
  const where = scope(caller);
  const [totals] = await prisma.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    WITH b AS (SELECT date_trunc('day', now() AT TIME ZONE 'UTC') AS today)
    SELECT
      COALESCE(sum(e.cost_micros) FILTER (WHERE e.created_at AT TIME ZONE 'UTC' >= b.today), 0)::float8 AS today,
      COALESCE(sum(e.cost_micros) FILTER (WHERE e.created_at AT TIME ZONE 'UTC' >= date_trunc('month', b.today)), 0)::float8 AS month,
      COALESCE(sum(e.cost_micros) FILTER (WHERE e.created_at AT TIME ZONE 'UTC' >= date_trunc('year', b.today)), 0)::float8 AS year,
      COALESCE(sum(e.cost_micros) FILTER (WHERE e.created_at AT TIME ZONE 'UTC' >= b.today - interval '7 days'
        AND e.created_at AT TIME ZONE 'UTC' < b.today), 0)::float8 AS week,
      (SELECT min(created_at) FROM usage_events)::timestamptz AS first_at,
      count(*)::int AS requests,
      COALESCE(sum(e.input_tokens + e.output_tokens), 0)::float8 AS tokens,
      count(*) FILTER (WHERE e.cache_hit)::int AS cache_hits,
      COALESCE(sum(e.saved_micros) FILTER (WHERE e.cache_hit), 0)::float8 AS saved
    FROM b LEFT JOIN usage_events e ON ${where}
    GROUP BY b.today`);
  const now = new Date();
  const dayMs = 86_400_000;
  const todayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const firstAt = totals.first_at ? new Date(totals.first_at as string).getTime() : todayStart;
  const fullDays = Math.min(7, Math.max(0, Math.floor((todayStart - firstAt) / dayMs)));
  // With no full day of history yet, today's spend so far is the only rate there is.
  const daily = fullDays > 0 ? Number(totals.week) / fullDays : Number(totals.today);
  const daysInMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
  const daysLeft = daysInMonth - now.getUTCDate() + (1 - (now.getTime() - todayStart) / dayMs);
  const forecast = Number(totals.month) + daily * daysLeft;

  const users = await prisma.$queryRaw<{ email: string; cost: number; n: number }[]>(Prisma.sql`
    SELECT COALESCE(u.email, k.user_email) AS email, sum(e.cost_micros)::float8 AS cost, count(*)::int AS n
    FROM usage_events e JOIN virtual_keys k ON k.id = e.virtual_key_id LEFT JOIN users u ON u.id = e.user_id
    WHERE ${where} GROUP BY 1 ORDER BY cost DESC, email LIMIT ${top}`);
  const projects = await prisma.$queryRaw<{ project: string; cost: number; n: number }[]>(Prisma.sql`
    SELECT e.project, sum(e.cost_micros)::float8 AS cost, count(*)::int AS n
    FROM usage_events e WHERE ${where} AND e.project IS NOT NULL GROUP BY 1 ORDER BY cost DESC, project LIMIT ${top}`);
  const waste = await prisma.$queryRaw<{ hash: string; n: number; waste: number }[]>(Prisma.sql`
    WITH r AS (
      SELECT e.prompt_hash, e.cost_micros, row_number() OVER (PARTITION BY e.prompt_hash ORDER BY e.created_at, e.serial) AS rn
      FROM usage_events e WHERE ${where} AND NOT e.cache_hit
    )
    SELECT prompt_hash AS hash, count(*)::int AS n, COALESCE(sum(cost_micros) FILTER (WHERE rn > 1), 0)::float8 AS waste
    FROM r GROUP BY prompt_hash HAVING count(*) > 1 ORDER BY waste DESC, n DESC, hash`);
  return {
    spendToday: usd(totals.today),
    spendMonth: usd(totals.month),
    spendYear: usd(totals.year),
    forecastMonthEnd: usd(forecast),
    totalRequests: Number(totals.requests),
    totalTokens: Number(totals.tokens),
    topUsers: users.map((u) => ({ userEmail: u.email, totalCost: usd(u.cost), requestCount: Number(u.n) })),
    topProjects: projects.map((p) => ({ projectName: p.project, totalCost: usd(p.cost), requestCount: Number(p.n) })),
    waste: {
      repeatedPromptsCount: waste.reduce((a, w) => a + Number(w.n) - 1, 0),
      estimatedWaste: usd(waste.reduce((a, w) => a + Number(w.waste), 0)),
      topRepeatedHashes: waste.slice(0, top).map((w) => ({ hash: w.hash, count: Number(w.n), estimatedWaste: usd(w.waste) })),
    },
    cache: { hits: Number(totals.cache_hits), saved: usd(totals.saved) },
  };
}

/**
 * The date a key's cap will be reached at this month's average daily spend, or null (no
 * cap, no spend yet, or not before the month ends... then the cap holds this month).
 */
export function runwayDate(cap: bigint | null, spend: number, monthStart: Date, now = new Date()): Date | null {
  if (cap == null || spend <= 0) return null;
  const elapsedDays = Math.max((now.getTime() - Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)) / 86_400_000, 1 / 24);
  if (monthStart.getUTCMonth() !== now.getUTCMonth()) return null;
  const remaining = Number(cap) - spend;
  if (remaining <= 0) return now;
  return new Date(now.getTime() + (remaining / (spend / elapsedDays)) * 86_400_000);
}
