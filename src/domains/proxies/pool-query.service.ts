// Pool filters and sorts, shared by the proxies connection, acquireProxy and the legacy
// routes. One definition, two renderings: a Prisma `where` for reads and an SQL fragment
// for the single-statement lease pick. No GraphQL imports.
import { z } from "zod";
import { Prisma } from "../../generated/prisma/client.js";
import type { Anonymity, ProxyProtocol, ProxyStatus } from "../../generated/prisma/client.js";

/** Pages of the pool and its neighbours (sources, leases): seed 002's limit, default 50, max 200. */
export const PAGE_SIZE = { default: 50, max: 200 } as const;
/** `verifiedWithinMinutes` reaches back at most a year. */
export const MAX_VERIFIED_WITHIN_MINUTES = 525_600;

/**
 * The rule of each filter field, validated by the GraphQL inputs (ProxyFilter,
 * AcquireProxyInput, TestProxiesInput) and by the legacy routes with the same schemas.
 */
export const filterRules = {
  country: z.string().regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code"),
  minScore: z.number().min(0).max(1),
  maxLatencyMs: z.number().min(0),
  minUptimePct: z.number().min(0).max(100),
  verifiedWithinMinutes: z.number().int().min(1).max(MAX_VERIFIED_WITHIN_MINUTES),
};

export interface ProxyFilter {
  status?: ProxyStatus | null;
  protocol?: ProxyProtocol | null;
  anonymity?: Anonymity | null;
  /** ISO 3166-1 alpha-2; compared upper-case. */
  country?: string | null;
  minScore?: number | null;
  maxLatencyMs?: number | null;
  minUptimePct?: number | null;
  verifiedWithinMinutes?: number | null;
}

export type ProxySortField = "SCORE" | "LATENCY" | "UPTIME" | "LAST_CHECKED";
export const SORT_DIRECTIONS = ["ASC", "DESC"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Best-first per field (architecture, Proxy pool decisions). */
export const DEFAULT_DIRECTION: Record<ProxySortField, SortDirection> = {
  SCORE: "DESC",
  LATENCY: "ASC",
  UPTIME: "DESC",
  LAST_CHECKED: "DESC",
};

const COLUMN = { SCORE: "score", LATENCY: "avgLatencyMs", UPTIME: "uptimePct", LAST_CHECKED: "lastCheckedAt" } as const;

const cutoff = (minutes: number) => new Date(Date.now() - minutes * 60_000);

export function proxyWhere(f: ProxyFilter = {}): Prisma.ProxyWhereInput {
  const where: Prisma.ProxyWhereInput = {};
  if (f.status) where.status = f.status;
  if (f.protocol) where.protocol = f.protocol;
  if (f.anonymity) where.anonymity = f.anonymity;
  if (f.country) where.country = f.country.toUpperCase();
  if (f.minScore != null) where.score = { gte: f.minScore };
  if (f.maxLatencyMs != null) where.avgLatencyMs = { lte: f.maxLatencyMs };
  if (f.minUptimePct != null) where.uptimePct = { gte: f.minUptimePct };
  if (f.verifiedWithinMinutes != null) where.lastCheckedAt = { gte: cutoff(f.verifiedWithinMinutes) };
  return where;
}

/**
 * Prisma orderBy with the id as tiebreaker, so cursor pagination is a total order. Rows
 * without a value (never checked) sort last in either direction: "best first" never
 * starts with unknowns.
 */
export function proxyOrderBy(field: ProxySortField = "SCORE", direction?: SortDirection | null): Prisma.ProxyOrderByWithRelationInput[] {
  const sort = (direction ?? DEFAULT_DIRECTION[field]) === "ASC" ? "asc" : "desc";
  const column = COLUMN[field];
  const primary = column === "score" ? { score: sort } : { [column]: { sort, nulls: "last" } };
  return [primary as Prisma.ProxyOrderByWithRelationInput, { id: sort }];
}

/** The same filter as an SQL condition over `proxies` (raw statements, enums cast). */
export function proxyFilterSql(f: ProxyFilter = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.status) parts.push(Prisma.sql`status = ${f.status}::"ProxyStatus"`);
  if (f.protocol) parts.push(Prisma.sql`protocol = ${f.protocol}::"ProxyProtocol"`);
  if (f.anonymity) parts.push(Prisma.sql`anonymity = ${f.anonymity}::"Anonymity"`);
  if (f.country) parts.push(Prisma.sql`country = ${f.country.toUpperCase()}`);
  if (f.minScore != null) parts.push(Prisma.sql`score >= ${f.minScore}::float8`);
  if (f.maxLatencyMs != null) parts.push(Prisma.sql`avg_latency_ms <= ${f.maxLatencyMs}::float8`);
  if (f.minUptimePct != null) parts.push(Prisma.sql`uptime_pct >= ${f.minUptimePct}::float8`);
  if (f.verifiedWithinMinutes != null) {
    parts.push(Prisma.sql`last_checked_at >= now() - make_interval(mins => ${f.verifiedWithinMinutes}::int)`);
  }
  return Prisma.join(parts, " AND ");
}
