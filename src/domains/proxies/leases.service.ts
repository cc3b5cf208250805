// Exclusive proxy leases paid with credits. Exclusivity and the balance are decided in
// PostgreSQL (one statement per acquire and per release, no interactive transaction), never
// by read-then-write here. A lease is live while released_at IS NULL AND expires_at > now(),
// and a proxy is free while leased_until IS NULL OR leased_until <= now(): expiry needs no
// sweep. No GraphQL imports.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db, SqlRunner } from "../../db.js";
import { ConflictError, InsufficientCreditsError, NotFoundError } from "../../errors.js";
import type { Principal } from "../../graphql/context.js";
import { Prisma, type Lease } from "../../generated/prisma/client.js";
import { isAdmin, ownerFilter } from "../../ownership.js";
import type { PubSub } from "../../pubsub.js";
import type { OutboundGuard } from "../../http/outbound.js";
import { NOTIFY_DEFAULTS, type Config } from "../../config.js";
import { notify } from "../notifications/notify.service.js";
import { canPaySql, chargeCte, creditRowCte } from "../accounts/credits-sql.js";
import { proxyFilterSql, type ProxyFilter } from "./pool-query.service.js";

export const LEASE_COST = 1;
export const DEFAULT_LEASE_SECONDS = 300;
export const MAX_LEASE_SECONDS = 3600;
/** The rule of a requested lease duration, for GraphQL and legacy input alike. */
export const leaseSecondsRule = z.number().int().min(1).max(MAX_LEASE_SECONDS);

export interface LeaseDeps {
  prisma: Db;
  /** The acquire and release statements run straight through the driver (db.ts). */
  sql: SqlRunner;
  pubsub: PubSub;
  /** For `credits.low` notifications; without it none is sent. */
  outbound?: OutboundGuard;
  config?: Pick<Config, "notify">;
}

/** A target host for acquireProxy: a DNS name or an IP address, compared lower-case. */
export const targetHostRule = z
  .string()
  .min(1)
  .max(253)
  .regex(/^(?:[A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}$|^\[?[0-9A-Fa-f:.]+\]?$/, "must be a host name or IP address");

export type AcquireInput = Omit<ProxyFilter, "status"> & {
  leaseDurationSeconds?: number | null;
  /** Prefer proxies healthy for this host; never one blacklisted for it (sessions' IP health). */
  targetHost?: string | null;
};

/**
 * IP health for a target host (written by the sessions domain as sessions end, keyed by
 * `ip:port` and host). Correlated subqueries on its unique (proxy_address, target_host)
 * index rather than a join, so the pool filter's unqualified columns stay unambiguous.
 */
const healthOf = (host: string) =>
  Prisma.sql`(SELECT h.status::text FROM ip_health h WHERE h.proxy_address = proxies.ip || ':' || proxies.port::text AND h.target_host = ${host})`;
const notBlacklistedSql = (host: string | null) =>
  host ? Prisma.sql`${healthOf(host)} IS DISTINCT FROM 'BLACKLISTED'` : Prisma.sql`TRUE`;
/** Healthy for the host first, then no record for it, then flagged. */
const healthRankSql = (host: string | null) =>
  host ? Prisma.sql`CASE ${healthOf(host)} WHEN 'HEALTHY' THEN 0 WHEN 'FLAGGED' THEN 2 ELSE 1 END,` : Prisma.empty;

/** The lease row as the Prisma model names it (RETURNING of the statements below). */
const leaseColumns = (from: "lease" | "ended") => {
  const t = Prisma.raw(from);
  return Prisma.sql`${t}.id::text AS id, ${t}.proxy_id::text AS "proxyId", ${t}.user_id::text AS "userId",
  ${t}.created_at AS "createdAt", ${t}.expires_at AS "expiresAt", ${t}.released_at AS "releasedAt",
  ${t}.expiring_notified_at AS "expiringNotifiedAt", ${t}.ended_notified_at AS "endedNotifiedAt"`;
};

/** Raw rows may carry timestamps as strings (PGlite); the model has Dates. */
const asLease = (r: Lease): Lease => ({
  ...r,
  createdAt: new Date(r.createdAt),
  expiresAt: new Date(r.expiresAt),
  releasedAt: r.releasedAt == null ? null : new Date(r.releasedAt),
  expiringNotifiedAt: r.expiringNotifiedAt == null ? null : new Date(r.expiringNotifiedAt),
  endedNotifiedAt: r.endedNotifiedAt == null ? null : new Date(r.endedNotifiedAt),
});

/** 404 with the seed's wording; still a NotFoundError for every mapping of codes. */
export class NoProxyMatchesError extends NotFoundError {
  constructor() {
    super("Proxy");
    this.message = "No proxy matches the filters";
  }
}

/**
 * One statement, no interactive transaction (on PGlite nothing else waits behind it):
 *   picked  the best free matching proxy, locked FOR UPDATE SKIP LOCKED (concurrent
 *           acquirers pass over it instead of queueing), only if the caller can pay at all;
 *   charge  the conditional credit UPDATE (accounts' SQL), only if a proxy was picked;
 *   leased  the proxy UPDATE, only if the charge took: a pick whose charge failed modifies
 *           nothing, and its row lock ends with the statement;
 *   lease / credit  the rows, inserted from the RETURNING rows above, so either all four
 *           writes happen or none does.
 * When it returns nothing, a follow-up read says why, in the documented order: credits
 * (402), no match (404), all leased (409).
 */
export async function acquireProxy(deps: LeaseDeps, userId: string, input: AcquireInput) {
  const seconds = input.leaseDurationSeconds ?? DEFAULT_LEASE_SECONDS;
  const host = input.targetHost ? input.targetHost.toLowerCase() : null;
  const filter = Prisma.sql`${proxyFilterSql({ ...input, status: "ACTIVE" })} AND ${notBlacklistedSql(host)}`;
  const leaseId = randomUUID();
  const txId = randomUUID();
  const rows = await deps.sql<Lease & { balance: number }>(Prisma.sql`
    WITH picked AS MATERIALIZED (
      SELECT id FROM proxies
      WHERE ${filter} AND (leased_until IS NULL OR leased_until <= now()) AND ${canPaySql(userId, LEASE_COST)}
      ORDER BY ${healthRankSql(host)} score DESC, avg_latency_ms ASC NULLS LAST, id
      LIMIT 1 FOR UPDATE SKIP LOCKED),
    charge AS (${chargeCte(userId, LEASE_COST, Prisma.sql`EXISTS (SELECT 1 FROM picked)`)}),
    leased AS (
      UPDATE proxies p SET leased_until = now() + make_interval(secs => ${seconds}::int),
        current_lease_id = ${leaseId}::uuid, updated_at = now()
      FROM picked, charge WHERE p.id = picked.id
      RETURNING p.id, p.ip, p.port, p.leased_until),
    lease AS (
      -- Both times from the database clock, so expiresAt - createdAt is exactly the duration.
      INSERT INTO leases (id, proxy_id, user_id, created_at, expires_at)
      SELECT ${leaseId}::uuid, leased.id, ${userId}::uuid, now(), leased.leased_until FROM leased
      RETURNING *),
    credit AS (${creditRowCte(txId, LEASE_COST, "ACQUIRE", Prisma.sql`'Proxy acquired: ' || leased.ip || ':' || leased.port`, Prisma.sql`charge, leased`)})
    SELECT ${leaseColumns("lease")}, charge.balance FROM lease, charge, credit`);
  if (rows.length === 0) throw await whyNoLease(deps.prisma, userId, filter);
  const { balance: rawBalance, ...lease } = rows[0];
  const balance = Number(rawBalance);
  await deps.pubsub.publish("credits:changed", userId, { userId, balance, amount: -LEASE_COST, transactionId: txId });
  // Once per crossing of the threshold, not on every acquire below it; never awaited or thrown.
  const threshold = deps.config?.notify.creditsLowThreshold ?? NOTIFY_DEFAULTS.creditsLowThreshold;
  if (deps.outbound && balance < threshold && balance + LEASE_COST >= threshold) {
    void notify(deps, "credits.low", { userId, balance, threshold });
  }
  return { lease: asLease(lease), creditsRemaining: balance };
}

/** The failure path of acquireProxy only: one read that classifies the refusal. */
async function whyNoLease(prisma: Db, userId: string, filter: Prisma.Sql): Promise<Error> {
  const [row] = await prisma.$queryRaw<{ credits: number | null; matching: number }[]>`
    SELECT (SELECT credits FROM users WHERE id = ${userId}::uuid) AS credits,
           (SELECT count(*)::int FROM proxies WHERE ${filter}) AS matching`;
  if (row.credits == null) return new NotFoundError("User", userId);
  if (Number(row.credits) < LEASE_COST) return new InsufficientCreditsError(LEASE_COST, Number(row.credits), "acquire a proxy");
  const matching = Number(row.matching);
  if (matching === 0) return new NoProxyMatchesError();
  return new ConflictError("All matching proxies are currently leased", { matching });
}

/**
 * Ends a live lease early (no refund), in one statement: the lease row and, while it still
 * names this lease, the proxy. Other users' leases are not found; an ended lease (released
 * or expired, judged by the database clock) is a conflict; which one is read only then.
 */
export async function releaseLease(deps: LeaseDeps, principal: Principal, leaseId: string) {
  const owner = isAdmin(principal) ? Prisma.sql`TRUE` : Prisma.sql`user_id = ${principal.userId}::uuid`;
  // ended_notified_at: announced here (below), so the announcer loop skips it.
  const rows = await deps.sql<Lease>(Prisma.sql`
    WITH ended AS (
      UPDATE leases SET released_at = now(), ended_notified_at = now()
      WHERE id = ${leaseId}::uuid AND ${owner} AND released_at IS NULL AND expires_at > now()
      RETURNING *),
    freed AS (
      UPDATE proxies p SET leased_until = NULL, current_lease_id = NULL, updated_at = now()
      FROM ended WHERE p.id = ended.proxy_id AND p.current_lease_id = ended.id)
    SELECT ${leaseColumns("ended")} FROM ended`);
  if (rows.length === 0) {
    const owned = await deps.prisma.lease.findFirst({ where: { id: leaseId, ...ownerFilter(principal) }, select: { id: true } });
    if (!owned) throw new NotFoundError("Lease", leaseId);
    throw new ConflictError("This lease has already ended", { lease_id: leaseId });
  }
  const lease = asLease(rows[0]);
  await deps.pubsub.publish("lease:ended", { leaseId, userId: lease.userId, proxyId: lease.proxyId });
  return lease;
}

/** Live leases of a user, as a Prisma filter (the DB clock decides in SQL paths). */
export const liveLeaseWhere = (): Prisma.LeaseWhereInput => ({ releasedAt: null, expiresAt: { gt: new Date() } });

export const isLive = (lease: { releasedAt: Date | null; expiresAt: Date }) => lease.releasedAt === null && lease.expiresAt > new Date();
