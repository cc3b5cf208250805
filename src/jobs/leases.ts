// Cluster-singleton leases: one row per job name in job_leases. A node holds a job while its
// row names it and has not expired; it renews well inside the TTL. A dead holder stops
// renewing, its row lapses, and the next node to ask takes it in the same statement, so
// takeover needs no coordinator and happens within one TTL plus one renewal interval.
// A lease row rather than a session advisory lock: Prisma hands statements to a pool, so no
// connection stays ours, and PGlite behaves the same way.
import type { Db } from "../db.js";

/** The lease whose holder is the cluster leader and runs every singleton job (control plane). */
export const LEADER_LEASE = "cluster.leader";

export interface JobLeases {
  /** Takes or renews the lease; true while this node holds it. */
  hold(name: string): Promise<boolean>;
  /** Gives the lease up at once (graceful stop), so another node need not wait for expiry. */
  release(name: string): Promise<void>;
  /** Who holds `name` now (null when nobody does). */
  holder(name: string): Promise<string | null>;
}

export function createJobLeases(prisma: Db, nodeId: string, ttlMs: number): JobLeases {
  return {
    async hold(name) {
      const rows = await prisma.$queryRaw<{ holder: string }[]>`
        INSERT INTO job_leases (name, holder, expires_at, updated_at)
        VALUES (${name}, ${nodeId}, now() + ${ttlMs}::int * interval '1 millisecond', now())
        ON CONFLICT (name) DO UPDATE
          SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at, updated_at = now()
          WHERE job_leases.holder = EXCLUDED.holder OR job_leases.expires_at < now()
        RETURNING holder`;
      return rows.length === 1;
    },
    async release(name) {
      await prisma.$executeRaw`DELETE FROM job_leases WHERE name = ${name} AND holder = ${nodeId}`;
    },
    async holder(name) {
      const rows = await prisma.$queryRaw<{ holder: string }[]>`
        SELECT holder FROM job_leases WHERE name = ${name} AND expires_at > now()`;
      return rows[0]?.holder ?? null;
    },
  };
}
