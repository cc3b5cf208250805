// The IP health rule, in one place: the pure transition (for tests and documentation) and
// the same rule rendered as the SQL of the one upsert that applies it. Health is kept per
// proxy address (`ip:port`, target_host = '') and per (address, target host).
//
// The rule. Every outcome is a success (a session ended successfully), a failure (a session
// ended unsuccessfully) or a block (a `block` or `captcha` event). State: `strikes` and
// `okStreak` (successes in a row).
//   failure  strikes + 1 (at most BLACKLIST_AT), okStreak = 0
//   block    strikes + 1 but at least FLAG_AT (a block flags at once), at most BLACKLIST_AT, okStreak = 0
//   success  healthy (strikes < FLAG_AT): strikes = 0 (only failures in a row count);
//            flagged or blacklisted: okStreak + 1, and after HEAL_AFTER successes in a row the
//            status heals one level (blacklisted -> flagged, flagged -> healthy), okStreak = 0
//   status   strikes >= BLACKLIST_AT: blacklisted; strikes >= FLAG_AT: flagged; else healthy
// So: FLAG_AT failures in a row, or one block, flag an address; BLACKLIST_AT failures (or
// blocks) without HEAL_AFTER successes in a row between them blacklist it.
// No GraphQL imports.
import { Prisma } from "../../generated/prisma/client.js";

export const FLAG_AT = 3;
export const BLACKLIST_AT = 6;
export const HEAL_AFTER = 5;

export type HealthStatus = "HEALTHY" | "FLAGGED" | "BLACKLISTED";
export type Outcome = "success" | "failure" | "block";

export interface HealthState {
  strikes: number;
  okStreak: number;
}

export const INITIAL: HealthState = { strikes: 0, okStreak: 0 };

export const statusOf = (strikes: number): HealthStatus =>
  strikes >= BLACKLIST_AT ? "BLACKLISTED" : strikes >= FLAG_AT ? "FLAGGED" : "HEALTHY";

/** The rule's transition: the state after one outcome. */
export function next(state: HealthState, outcome: Outcome): HealthState {
  switch (outcome) {
    case "failure":
      return { strikes: Math.min(state.strikes + 1, BLACKLIST_AT), okStreak: 0 };
    case "block":
      return { strikes: Math.min(Math.max(state.strikes + 1, FLAG_AT), BLACKLIST_AT), okStreak: 0 };
    case "success": {
      if (state.strikes < FLAG_AT) return { strikes: 0, okStreak: state.okStreak + 1 };
      if (state.okStreak + 1 < HEAL_AFTER) return { strikes: state.strikes, okStreak: state.okStreak + 1 };
      return { strikes: state.strikes >= BLACKLIST_AT ? FLAG_AT : 0, okStreak: 0 };
    }
  }
}

/** The same transition as SQL over the `ip_health` row being updated (old values). */
function strikesSql(outcome: Outcome): Prisma.Sql {
  const F = Prisma.raw(String(FLAG_AT));
  const B = Prisma.raw(String(BLACKLIST_AT));
  const H = Prisma.raw(String(HEAL_AFTER));
  switch (outcome) {
    case "failure":
      return Prisma.sql`LEAST(ip_health.strikes + 1, ${B})`;
    case "block":
      return Prisma.sql`LEAST(GREATEST(ip_health.strikes + 1, ${F}), ${B})`;
    case "success":
      return Prisma.sql`(CASE WHEN ip_health.strikes < ${F} THEN 0
        WHEN ip_health.ok_streak + 1 < ${H} THEN ip_health.strikes
        WHEN ip_health.strikes >= ${B} THEN ${F} ELSE 0 END)`;
  }
}

function okStreakSql(outcome: Outcome): Prisma.Sql {
  if (outcome !== "success") return Prisma.sql`0`;
  const F = Prisma.raw(String(FLAG_AT));
  const H = Prisma.raw(String(HEAL_AFTER));
  return Prisma.sql`(CASE WHEN ip_health.strikes >= ${F} AND ip_health.ok_streak + 1 >= ${H} THEN 0 ELSE ip_health.ok_streak + 1 END)`;
}

const statusSql = (strikes: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN ${strikes} >= ${Prisma.raw(String(BLACKLIST_AT))} THEN 'BLACKLISTED'
    WHEN ${strikes} >= ${Prisma.raw(String(FLAG_AT))} THEN 'FLAGGED' ELSE 'HEALTHY' END)::"IpHealthStatus"`;

export interface HealthUpdate {
  /** `ip:port` */
  address: string;
  /** The pool proxy behind the address, when there is one. */
  proxyId: string | null;
  targetHost: string | null;
  outcome: Outcome | null;
  latencyMs: number | null;
}

/**
 * One `INSERT ... ON CONFLICT DO UPDATE` over the rows of the address (overall and, with a
 * target host, for that host), for use as a CTE or statement. `source` is a FROM list whose
 * rows each apply once, with columns address, proxy_id, target_host, outcome... given as
 * SQL expressions in `u`: so the ending of a session and its health update are one statement.
 * The row lock ON CONFLICT takes serialises concurrent updates of one row: counts are exact.
 */
export function healthUpsertSql(u: { address: Prisma.Sql; proxyId: Prisma.Sql; targetHost: Prisma.Sql; from: Prisma.Sql }, outcome: Outcome | null, latencyMs: Prisma.Sql): Prisma.Sql {
  const first = outcome ? next(INITIAL, outcome) : INITIAL;
  const strikes = outcome ? strikesSql(outcome) : Prisma.sql`ip_health.strikes`;
  const ok = outcome ? okStreakSql(outcome) : Prisma.sql`ip_health.ok_streak`;
  const newStatus = statusSql(strikes);
  const inc = (o: Outcome) => Prisma.raw(outcome === o ? "1" : "0");
  // Constants of this code, never input: inlined so every column has its type without casts.
  const int = (n: number) => Prisma.raw(String(Math.trunc(n)));
  return Prisma.sql`
    INSERT INTO ip_health (id, proxy_address, target_host, proxy_id, successes, failures, blocks,
      latency_total_ms, latency_samples, strikes, ok_streak, status, status_changed_at, updated_at)
    SELECT gen_random_uuid(), ${u.address}, h.host, ${u.proxyId}, ${inc("success")}, ${inc("failure")}, ${inc("block")},
      COALESCE(${latencyMs}, 0), CASE WHEN ${latencyMs} IS NULL THEN 0 ELSE 1 END,
      ${int(first.strikes)}, ${int(first.okStreak)}, '${Prisma.raw(statusOf(first.strikes))}'::"IpHealthStatus", now(), now()
    FROM ${u.from}
    CROSS JOIN LATERAL (SELECT ''::text AS host UNION ALL SELECT ${u.targetHost}::text WHERE ${u.targetHost} IS NOT NULL AND ${u.targetHost} <> '') h
    WHERE ${u.address} IS NOT NULL
    ON CONFLICT (proxy_address, target_host) DO UPDATE SET
      proxy_id = COALESCE(EXCLUDED.proxy_id, ip_health.proxy_id),
      successes = ip_health.successes + EXCLUDED.successes,
      failures = ip_health.failures + EXCLUDED.failures,
      blocks = ip_health.blocks + EXCLUDED.blocks,
      latency_total_ms = ip_health.latency_total_ms + EXCLUDED.latency_total_ms,
      latency_samples = ip_health.latency_samples + EXCLUDED.latency_samples,
      strikes = ${strikes},
      ok_streak = ${ok},
      status = ${newStatus},
      status_changed_at = CASE WHEN ${newStatus} <> ip_health.status THEN now() ELSE ip_health.status_changed_at END,
      updated_at = now()`;
}

/** Lower-cased host of a URL, or null when it has none. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The rank the acquire pick orders by for a target host: healthy, unknown, flagged. */
export const acquireRankSql = (alias: string) =>
  Prisma.sql`CASE ${Prisma.raw(alias)}.status WHEN 'HEALTHY' THEN 0 WHEN 'FLAGGED' THEN 2 ELSE 1 END`;
