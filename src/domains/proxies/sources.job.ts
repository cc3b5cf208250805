// The source scrape job. Every node runs it; each run claims the due active sources with
// single statements (FOR UPDATE SKIP LOCKED, moving next_scrape_at to the next cron time) and
// then scrapes them, so a cluster scrapes each source once per tick and no transaction is
// open across network I/O (or at all: on PGlite nothing waits behind a claim). Times come from the database clock, so nodes
// with skewed clocks agree on what is due.
import type { AppDeps } from "../../domain.js";
import type { Db } from "../../db.js";
import type { ClaimJob } from "../../jobs/job.js";
import type { Source } from "../../generated/prisma/client.js";
import { nextRun } from "./cron.js";
import { runScrape, type ScrapeResult, type SourceDeps } from "./sources.service.js";

/** Fallback when a stored schedule has no next run (never expected: schedules are validated). */
const STUCK_RETRY_MS = 60 * 60 * 1000;

/** How long a claim holds a source before its real next run is written (only a node that dies in between leaves it). */
const CLAIM_HOLD_MS = 5 * 60 * 1000;

/**
 * Claims due sources in two single statements, no transaction: the first takes the due rows
 * (FOR UPDATE SKIP LOCKED) and moves them CLAIM_HOLD_MS ahead, so no other node takes them;
 * the second sets each one's next cron time (computed here, by the database clock).
 */
export async function claimDueSources(prisma: Db, limit = 20): Promise<Source[]> {
  const due = await prisma.$queryRaw<{ id: string; cron_schedule: string; db_now: Date }[]>`
    UPDATE sources s SET next_scrape_at = now() + ${CLAIM_HOLD_MS}::int * interval '1 millisecond'
    FROM (SELECT id FROM sources
          WHERE is_active AND next_scrape_at <= now()
          ORDER BY next_scrape_at, id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED) d
    WHERE s.id = d.id
    RETURNING s.id::text AS id, s.cron_schedule, now() AS db_now`;
  if (due.length === 0) return [];
  const next = due.map((r) => {
    const now = new Date(r.db_now);
    return (nextRun(r.cron_schedule, now) ?? new Date(now.getTime() + STUCK_RETRY_MS)).toISOString();
  });
  const ids = due.map((r) => r.id);
  await prisma.$executeRaw`
    UPDATE sources SET next_scrape_at = n.at::timestamptz
    FROM unnest(${ids}::uuid[], ${next}::text[]) AS n(id, at)
    WHERE sources.id = n.id`;
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
