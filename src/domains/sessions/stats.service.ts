// Session statistics and IP health views, from aggregate SQL. Users see their own sessions
// and the health of the addresses they ran sessions on (or of pool proxies, which are
// shared); admins see everything. No GraphQL imports.
import type { Db } from "../../db.js";
import type { Caller } from "../../ownership.js";
import { isAdmin } from "../../ownership.js";
import { Prisma } from "../../generated/prisma/client.js";

export interface SessionStats {
  total: number;
  active: number;
  successful: number;
  failed: number;
  /** Percent of ended sessions that succeeded (0 when none ended). */
  successRate: number;
  proxyStats: ProxyStat[];
  ipHealth: HealthCounts;
  /** Whose sessions these are (null: everyone's), so per-host figures are read only when asked for. */
  scope: string | null;
}

export interface ProxyStat {
  proxy: string;
  sessions: number;
  successful: number;
  failed: number;
  successRate: number;
  avgDurationSeconds: number | null;
}

export interface HostStat {
  targetHost: string;
  sessions: number;
  successful: number;
  failed: number;
  successRate: number;
  avgDurationSeconds: number | null;
  /** Health for this host of the proxies these sessions ran on there. */
  ipHealth: HealthCounts;
}

export interface HealthCounts {
  healthy: number;
  flagged: number;
  blacklisted: number;
}

/** Whose sessions: the caller's own, or (admins) one user's or everyone's. */
export const statsScope = (caller: Caller, userId?: string | null): string | null => (isAdmin(caller) ? (userId ?? null) : caller.userId);

const scopeSql = (userId: string | null, column = "user_id") =>
  userId ? Prisma.sql`${Prisma.raw(column)} = ${userId}::uuid` : Prisma.sql`TRUE`;

const rate = (ok: number, ended: number) => (ended ? Math.round((ok / ended) * 10_000) / 100 : 0);

/** Totals and per-proxy figures in one aggregate statement each, run together. */
export async function sessionStats(prisma: Db, userId: string | null, proxyLimit = 50): Promise<SessionStats> {
  const [[totals], proxies, health] = await Promise.all([
    prisma.$queryRaw<{ total: number; active: number; successful: number; failed: number }[]>`
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE status = 'ACTIVE')::int AS active,
        count(*) FILTER (WHERE status = 'COMPLETED')::int AS successful,
        count(*) FILTER (WHERE status = 'FAILED')::int AS failed
      FROM automation_sessions WHERE ${scopeSql(userId)}`,
    prisma.$queryRaw<{ proxy: string; sessions: number; successful: number; failed: number; avg: number | null }[]>`
      SELECT proxy_address AS proxy, count(*)::int AS sessions,
        count(*) FILTER (WHERE status = 'COMPLETED')::int AS successful,
        count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
        avg(duration_seconds)::float8 AS avg
      FROM automation_sessions WHERE ${scopeSql(userId)} AND proxy_address IS NOT NULL
      GROUP BY proxy_address ORDER BY count(*) DESC, proxy_address LIMIT ${proxyLimit}`,
    healthCounts(prisma, userId),
  ]);
  const n = (v: unknown) => Number(v ?? 0);
  return {
    total: n(totals.total),
    active: n(totals.active),
    successful: n(totals.successful),
    failed: n(totals.failed),
    successRate: rate(n(totals.successful), n(totals.successful) + n(totals.failed)),
    proxyStats: proxies.map((p) => ({
      proxy: p.proxy,
      sessions: n(p.sessions),
      successful: n(p.successful),
      failed: n(p.failed),
      successRate: rate(n(p.successful), n(p.successful) + n(p.failed)),
      avgDurationSeconds: p.avg == null ? null : Math.round(Number(p.avg) * 1000) / 1000,
    })),
    ipHealth: health,
    scope: userId,
  };
}

/**
 * The most used target hosts of a user's sessions (all for null), each with its success rate
 * and the health of its proxies for that host: one aggregate statement. Per-host health rows
 * count when the scope's sessions ran on that proxy for that host.
 */
export async function hostStats(prisma: Db, userId: string | null, limit = 50): Promise<HostStat[]> {
  const visible = userId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM automation_sessions s WHERE s.user_id = ${userId}::uuid
        AND s.target_host = h.target_host AND s.proxy_address = h.proxy_address)`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<
    { host: string; sessions: number; successful: number; failed: number; avg: number | null; healthy: number; flagged: number; blacklisted: number }[]
  >`
    WITH hosts AS (
      SELECT target_host AS host, count(*)::int AS sessions,
        count(*) FILTER (WHERE status = 'COMPLETED')::int AS successful,
        count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
        avg(duration_seconds)::float8 AS avg
      FROM automation_sessions WHERE ${scopeSql(userId)} AND target_host IS NOT NULL AND target_host <> ''
      GROUP BY target_host ORDER BY count(*) DESC, target_host LIMIT ${limit}
    )
    SELECT hosts.*,
      count(h.id) FILTER (WHERE h.status = 'HEALTHY')::int AS healthy,
      count(h.id) FILTER (WHERE h.status = 'FLAGGED')::int AS flagged,
      count(h.id) FILTER (WHERE h.status = 'BLACKLISTED')::int AS blacklisted
    FROM hosts LEFT JOIN ip_health h ON h.target_host = hosts.host ${visible}
    GROUP BY hosts.host, hosts.sessions, hosts.successful, hosts.failed, hosts.avg
    ORDER BY hosts.sessions DESC, hosts.host`;
  const n = (v: unknown) => Number(v ?? 0);
  return rows.map((r) => ({
    targetHost: r.host,
    sessions: n(r.sessions),
    successful: n(r.successful),
    failed: n(r.failed),
    successRate: rate(n(r.successful), n(r.successful) + n(r.failed)),
    avgDurationSeconds: r.avg == null ? null : Math.round(Number(r.avg) * 1000) / 1000,
    ipHealth: { healthy: n(r.healthy), flagged: n(r.flagged), blacklisted: n(r.blacklisted) },
  }));
}

/** Overall health (target_host '') of the addresses a user ran sessions on; all for null. */
export async function healthCounts(prisma: Db, userId: string | null): Promise<HealthCounts> {
  const visible = userId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM automation_sessions s WHERE s.user_id = ${userId}::uuid AND s.proxy_address = h.proxy_address)`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<{ status: string; n: number }[]>`
    SELECT status::text AS status, count(*)::int AS n FROM ip_health h WHERE target_host = '' ${visible} GROUP BY status`;
  const counts: HealthCounts = { healthy: 0, flagged: 0, blacklisted: 0 };
  for (const r of rows) counts[r.status.toLowerCase() as keyof HealthCounts] = Number(r.n);
  return counts;
}

/**
 * Which health rows a caller may read: admins all; others those of pool proxies (shared
 * data) and of the addresses their own sessions ran on (their own proxies stay private).
 */
export async function healthWhere(prisma: Db, caller: Caller): Promise<Prisma.IpHealthWhereInput> {
  if (isAdmin(caller)) return {};
  const own = await prisma.automationSession.findMany({
    where: { userId: caller.userId, proxyAddress: { not: null } },
    distinct: ["proxyAddress"],
    select: { proxyAddress: true },
    take: 10_000,
  });
  return { OR: [{ proxyId: { not: null } }, { proxyAddress: { in: own.map((s) => s.proxyAddress!) } }] };
}
