// The lease announcer job: publishes leaseExpiring (a minute before the end) and leaseEnded
// (released or expired) exactly once per lease, whichever node gets there first. Each tick
// claims due leases with one UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED)
// stamping *_notified_at, and publishes after that statement committed: two nodes never
// announce one lease twice, and no transaction is held while publishing. No GraphQL imports.
import type { AppDeps } from "../../domain.js";
import type { Db } from "../../db.js";
import type { RunJob } from "../../jobs/job.js";
import type { PubSub } from "../../pubsub.js";

export const EXPIRING_WITHIN_SECONDS = 60;
const BATCH = 500;

export interface LeaseEventDeps {
  prisma: Db;
  pubsub: PubSub;
}

interface Announced {
  leaseId: string;
  userId: string;
  proxyId: string;
}

/** One pass: claims and announces every due lease (in batches). Returns how many of each. */
export async function announceLeaseEvents(deps: LeaseEventDeps) {
  const counts = { expiring: 0, ended: 0 };
  for (;;) {
    // Still live, ends within the window, not yet announced.
    const expiring = await deps.prisma.$queryRaw<Announced[]>`
      UPDATE leases SET expiring_notified_at = now()
      WHERE id IN (SELECT id FROM leases
                   WHERE expiring_notified_at IS NULL AND released_at IS NULL
                     AND expires_at > now() AND expires_at <= now() + make_interval(secs => ${EXPIRING_WITHIN_SECONDS}::int)
                   ORDER BY expires_at LIMIT ${BATCH}
                   FOR UPDATE SKIP LOCKED)
      RETURNING id::text AS "leaseId", user_id::text AS "userId", proxy_id::text AS "proxyId"`;
    for (const e of expiring) await deps.pubsub.publish("lease:expiring", e);
    counts.expiring += expiring.length;
    if (expiring.length < BATCH) break;
  }
  for (;;) {
    const ended = await deps.prisma.$queryRaw<Announced[]>`
      UPDATE leases SET ended_notified_at = now()
      WHERE id IN (SELECT id FROM leases
                   WHERE ended_notified_at IS NULL AND (released_at IS NOT NULL OR expires_at <= now())
                   ORDER BY expires_at LIMIT ${BATCH}
                   FOR UPDATE SKIP LOCKED)
      RETURNING id::text AS "leaseId", user_id::text AS "userId", proxy_id::text AS "proxyId"`;
    for (const e of ended) await deps.pubsub.publish("lease:ended", e);
    counts.ended += ended.length;
    if (ended.length < BATCH) break;
  }
  return counts;
}

/** The announcer job (LEASE_EVENTS_ENABLED, every LEASE_EVENTS_TICK_MS). */
export function leaseEventsJob(deps: AppDeps): RunJob {
  return {
    name: "proxies.lease-events",
    enabled: deps.config.leaseEvents.enabled,
    intervalMs: deps.config.leaseEvents.tickMs,
    run: async (ctx) => {
      const counts = await announceLeaseEvents(deps);
      if (counts.expiring || counts.ended) ctx.log.debug(counts, "announced lease events");
    },
  };
}
