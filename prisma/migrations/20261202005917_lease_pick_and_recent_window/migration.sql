-- DropIndex
DROP INDEX "proxies_status_score_idx";

-- AlterTable
ALTER TABLE "proxies" ADD COLUMN     "recent_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "recent_results" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "proxies_pick_idx" ON "proxies"("status", "score" DESC, "avg_latency_ms", "id");

-- Backfill the window from the stored checks: one verdict per validation (its failing check,
-- or the pass of the last checker, http_anonymity), newest first, RECENT_WINDOW (20) of them.
UPDATE "proxies" p
SET "recent_results" = w.bits, "recent_count" = w.n
FROM (
  SELECT proxy_id, count(*)::int AS n,
         coalesce(sum(CASE WHEN passed THEN 1 << (rn - 1)::int ELSE 0 END), 0)::int AS bits
  FROM (
    SELECT proxy_id, passed, row_number() OVER (PARTITION BY proxy_id ORDER BY created_at DESC) AS rn
    FROM "proxy_checks"
    WHERE NOT passed OR checker_name = 'http_anonymity'
  ) v
  WHERE rn <= 20
  GROUP BY proxy_id
) w
WHERE p.id = w.proxy_id;
