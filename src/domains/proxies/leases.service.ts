// Exclusive proxy leases paid with credits. Exclusivity and the balance are decided in
// PostgreSQL (one conditional UPDATE each, inside one short transaction), never by
// read-then-write here. A lease is live while released_at IS NULL AND expires_at > now(),
// and a proxy is free while leased_until IS NULL OR leased_until <= now(): expiry needs no
// sweep. No GraphQL imports.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "../../db.js";
import { ConflictError, InsufficientCreditsError, NotFoundError } from "../../errors.js";
import type { Principal } from "../../graphql/context.js";
import { Prisma } from "../../generated/prisma/client.js";
import { ownerFilter } from "../../ownership.js";
import type { PubSub } from "../../pubsub.js";
import type { OutboundGuard } from "../../http/outbound.js";
import { NOTIFY_DEFAULTS, type Config } from "../../config.js";
import { notify } from "../notifications/notify.service.js";
import { chargeCredits } from "../accounts/accounts.service.js";
import { proxyFilterSql, type ProxyFilter } from "./pool-query.service.js";

export const LEASE_COST = 1;
export const DEFAULT_LEASE_SECONDS = 300;
export const MAX_LEASE_SECONDS = 3600;
/** The rule of a requested lease duration, for GraphQL and legacy input alike. */
export const leaseSecondsRule = z.number().int().min(1).max(MAX_LEASE_SECONDS);

export interface LeaseDeps {
  prisma: Db;
  pubsub: PubSub;
  /** For `credits.low` notifications; without it none is sent. */
  outbound?: OutboundGuard;
  config?: Pick<Config, "notify">;
}

export type AcquireInput = Omit<ProxyFilter, "status"> & { leaseDurationSeconds?: number | null };

interface Picked {
  id: string;
  ip: string;
  port: number;
  leased_until: Date;
  started_at: Date;
}

/** 404 with the seed's wording; still a NotFoundError for every mapping of codes. */
export class NoProxyMatchesError extends NotFoundError {
  constructor() {
    super("Proxy");
    this.message = "No proxy matches the filters";
  }
}

/**
 * One transaction: balance check, pick, charge, lease. The balance is looked at first so
 * the error order is credits (402), no match (404), all leased (409), and so a caller
 * without credits never locks proxies others could take; the conditional UPDATE in
 * chargeCredits is what decides, and a failed charge rolls the pick back.
 */
export async function acquireProxy(deps: LeaseDeps, userId: string, input: AcquireInput) {
  const seconds = input.leaseDurationSeconds ?? DEFAULT_LEASE_SECONDS;
  const filter = proxyFilterSql({ ...input, status: "ACTIVE" });
  const leaseId = randomUUID();
  const result = await deps.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { credits: true } });
    if (user.credits < LEASE_COST) throw new InsufficientCreditsError(LEASE_COST, user.credits, "acquire a proxy");
    // SKIP LOCKED: concurrent acquirers pass over rows another transaction is taking instead
    // of queueing on them; a row leased meanwhile fails the re-check and is skipped too.
    const picked = await tx.$queryRaw<Picked[]>`
      UPDATE proxies SET leased_until = now() + make_interval(secs => ${seconds}::int),
        current_lease_id = ${leaseId}::uuid, updated_at = now()
      WHERE id = (
        SELECT id FROM proxies
        WHERE ${filter} AND (leased_until IS NULL OR leased_until <= now())
        ORDER BY score DESC, avg_latency_ms ASC NULLS LAST, id
        LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id::text AS id, ip, port, leased_until, now()::timestamptz(3) AS started_at`;
    if (picked.length === 0) {
      const [{ matching }] = await tx.$queryRaw<{ matching: number }[]>`
        SELECT count(*)::int AS matching FROM proxies WHERE ${filter}`;
      if (Number(matching) === 0) throw new NoProxyMatchesError();
      throw new ConflictError("All matching proxies are currently leased", { matching: Number(matching) });
    }
    const proxy = picked[0];
    const charged = await chargeCredits(tx, userId, LEASE_COST, "ACQUIRE", `Proxy acquired: ${proxy.ip}:${proxy.port}`, "acquire a proxy");
    const lease = await tx.lease.create({
      // Both times from the database clock, so expiresAt - createdAt is exactly the duration.
      data: { id: leaseId, proxyId: proxy.id, userId, createdAt: new Date(proxy.started_at), expiresAt: new Date(proxy.leased_until) },
    });
    return { lease, ...charged };
  });
  await deps.pubsub.publish("credits:changed", userId, {
    userId,
    balance: result.balance,
    amount: -LEASE_COST,
    transactionId: result.transaction.id,
  });
  // Once per crossing of the threshold, not on every acquire below it; never awaited or thrown.
  const threshold = deps.config?.notify.creditsLowThreshold ?? NOTIFY_DEFAULTS.creditsLowThreshold;
  if (deps.outbound && result.balance < threshold && result.balance + LEASE_COST >= threshold) {
    void notify(deps, "credits.low", { userId, balance: result.balance, threshold });
  }
  return { lease: result.lease, creditsRemaining: result.balance };
}

/**
 * Ends a live lease early (no refund). Other users' leases are not found; an ended lease
 * (released or expired, judged by the database clock) is a conflict.
 */
export async function releaseLease(deps: LeaseDeps, principal: Principal, leaseId: string) {
  const owned = await deps.prisma.lease.findFirst({ where: { id: leaseId, ...ownerFilter(principal) }, select: { id: true } });
  if (!owned) throw new NotFoundError("Lease", leaseId);
  const lease = await deps.prisma.$transaction(async (tx) => {
    // Announced here (below, after the commit), so the announcer loop skips it.
    const ended = await tx.$queryRaw<{ proxy_id: string }[]>`
      UPDATE leases SET released_at = now(), ended_notified_at = now()
      WHERE id = ${leaseId}::uuid AND released_at IS NULL AND expires_at > now()
      RETURNING proxy_id::text AS proxy_id`;
    if (ended.length === 0) throw new ConflictError("This lease has already ended", { lease_id: leaseId });
    // Only free the proxy if it is still held by this lease (it always is while live).
    await tx.$executeRaw`
      UPDATE proxies SET leased_until = NULL, current_lease_id = NULL, updated_at = now()
      WHERE id = ${ended[0].proxy_id}::uuid AND current_lease_id = ${leaseId}::uuid`;
    return tx.lease.findUniqueOrThrow({ where: { id: leaseId } });
  });
  await deps.pubsub.publish("lease:ended", { leaseId, userId: lease.userId, proxyId: lease.proxyId });
  return lease;
}

/** Live leases of a user, as a Prisma filter (the DB clock decides in SQL paths). */
export const liveLeaseWhere = (): Prisma.LeaseWhereInput => ({ releasedAt: null, expiresAt: { gt: new Date() } });

export const isLive = (lease: { releasedAt: Date | null; expiresAt: Date }) => lease.releasedAt === null && lease.expiresAt > new Date();
