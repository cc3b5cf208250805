// The pool's size over time: samples of the counts by status (pool_samples), written by the
// pool-history job and read, bucketed to a bounded number of points, by `poolHistory`.
// Counting is one aggregate over proxies; never a row per proxy.
import { Prisma } from "../../generated/prisma/client.js";
import type { Db } from "../../db.js";

export interface PoolSample {
  takenAt: Date;
  total: number;
  active: number;
  dead: number;
  unchecked: number;
}

/**
 * Takes one sample and prunes those older than `retentionHours`, in one statement. A sample
 * at a moment that already has one (two nodes in the same millisecond) is skipped: null.
 */
export async function takeSample(prisma: Db, retentionHours: number): Promise<PoolSample | null> {
  const rows = await prisma.$queryRaw<PoolSample[]>`
    WITH pruned AS (DELETE FROM pool_samples WHERE taken_at < now() - make_interval(hours => ${retentionHours}::int))
    INSERT INTO pool_samples (taken_at, total, active, dead, unchecked)
    SELECT now(), count(*)::int,
           (count(*) FILTER (WHERE status = 'ACTIVE'))::int,
           (count(*) FILTER (WHERE status = 'DEAD'))::int,
           (count(*) FILTER (WHERE status = 'UNCHECKED'))::int
    FROM proxies
    ON CONFLICT (taken_at) DO NOTHING
    RETURNING taken_at AS "takenAt", total, active, dead, unchecked`;
  return rows[0] ?? null;
}

/**
 * Samples of the last `hours`, oldest first, averaged into buckets so that at most `points`
 * come back (a week of minute samples is 10,080 rows; a chart needs a few hundred). A bucket
 * is never shorter than the sampling interval, so each holds at least one sample.
 */
export async function history(prisma: Db, hours: number, points: number, sampleIntervalMs: number): Promise<PoolSample[]> {
  const bucketSeconds = Math.max(Math.ceil(sampleIntervalMs / 1000), Math.ceil((hours * 3600) / points));
  // Newest buckets first, so the limit cuts the oldest (a window holds points + 1 at most).
  const rows = await prisma.$queryRaw<PoolSample[]>(Prisma.sql`
    SELECT max(taken_at) AS "takenAt",
           round(avg(total))::int AS total, round(avg(active))::int AS active,
           round(avg(dead))::int AS dead, round(avg(unchecked))::int AS unchecked
    FROM pool_samples
    WHERE taken_at >= now() - make_interval(hours => ${hours}::int)
    GROUP BY floor(extract(epoch FROM taken_at) / ${bucketSeconds}::int)
    ORDER BY 1 DESC
    LIMIT ${points}::int`);
  return rows.reverse();
}
