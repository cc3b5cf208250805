// The source scrape job. Every node runs it; each run claims the due active sources in one
// short transaction (FOR UPDATE SKIP LOCKED, moving next_scrape_at to the next cron time) and
// scrapes them after it commits, so a cluster scrapes each source once per tick and no
// transaction stays open across network I/O. Times come from the database clock, so nodes
// with skewed clocks agree on what is due.
import type { AppDeps } from "../../domain.js";
import type { Db } from "../../db.js";
import type { ClaimJob } from "../../jobs/job.js";
import type { Source } from "../../generated/prisma/client.js";
import { nextRun } from "./cron.js";
import { runScrape, type ScrapeResult, type SourceDeps } from "./sources.service.js";

/** Fallback when a stored schedule has no next run (never expected: schedules are validated). */
const STUCK_RETRY_MS = 60 * 60 * 1000;

export async function claimDueSources(prisma: Db, limit = 20): Promise<Source[]> {
  const ids = await prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; cron_schedule: string; db_now: Date }[]>`
      SELECT id, cron_schedule, now() AS db_now FROM sources
      WHERE is_active AND next_scrape_at <= now()
      ORDER BY next_scrape_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return [];
    const next = due.map((r) => {
      const now = new Date(r.db_now);
      return (nextRun(r.cron_schedule, now) ?? new Date(now.getTime() + STUCK_RETRY_MS)).toISOString();
    });
    await tx.$executeRaw`
      UPDATE sources SET next_scrape_at = n.at::timestamptz
      FROM unnest(${due.map((r) => r.id)}::uuid[], ${next}::text[]) AS n(id, at)
      WHERE sources.id = n.id`;
    return due.map((r) => r.id);
  });
  if (ids.length === 0) return [];
  return prisma.source.findMany({ where: { id: { in: ids } } });
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export interface TickOptions {
  batch?: number;
  concurrency?: number;
}

/** One tick: claim what is due and scrape it. Exported so tests can drive ticks themselves. */
export async function schedulerTick(deps: SourceDeps, opts: TickOptions = {}): Promise<ScrapeResult[]> {
  const claimed = await claimDueSources(deps.prisma, opts.batch ?? 20);
  return pool(claimed, opts.concurrency ?? 4, (s) => runScrape(deps, s));
}

/**
 * The scrape job: claims due sources (at most the free slots, so a claimed source is never
 * left waiting in a local queue) and scrapes up to four at a time.
 */
export function sourceScrapeJob(deps: AppDeps): ClaimJob<Source> {
  return {
    name: "proxies.source-scrape",
    enabled: deps.config.scrape.schedulerEnabled,
    intervalMs: deps.config.scrape.tickMs,
    concurrency: 4,
    claim: (limit) => claimDueSources(deps.prisma, limit),
    handle: async (source, ctx) => void (await runScrape({ ...deps, log: ctx.log, signal: ctx.signal }, source)),
  };
}
