// Pool statistics and the plugin registry. Stats are aggregates computed in the database
// (GROUP BY / AVG / MAX), never by loading proxy rows: the pool holds tens of thousands.
import type { Db } from "../../db.js";
import { Anonymity, ProxyProtocol, ProxyStatus } from "../../generated/prisma/client.js";
import { listCheckers } from "./checkers/registry.js";
import { PARSERS } from "./parsers/registry.js";

/** Every value of each counted enum (Prisma's lists), so stats show zeros too. */
export const STATUSES = Object.values(ProxyStatus);
export const PROTOCOLS = Object.values(ProxyProtocol);
export const ANONYMITIES = Object.values(Anonymity);

export interface PoolStats {
  totalProxies: number;
  byStatus: Record<ProxyStatus, number>;
  byProtocol: Record<ProxyProtocol, number>;
  byAnonymity: Record<Anonymity, number>;
  avgScore: number | null;
  avgLatencyMs: number | null;
  sourcesActive: number;
  sourcesTotal: number;
  lastScrapeAt: Date | null;
  lastValidationAt: Date | null;
}

/** Every key present (zero when no row), so clients need not guess missing ones. */
function counts<K extends string>(keys: readonly K[], rows: { key: string | null; n: number }[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) if (r.key !== null && r.key in out) out[r.key as K] = r.n;
  return out;
}

export async function poolStats(prisma: Db): Promise<PoolStats> {
  const [status, protocol, anonymity, agg, sources] = await Promise.all([
    prisma.proxy.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.proxy.groupBy({ by: ["protocol"], _count: { _all: true } }),
    prisma.proxy.groupBy({ by: ["anonymity"], _count: { _all: true } }),
    prisma.proxy.aggregate({ _count: { _all: true }, _avg: { score: true, avgLatencyMs: true }, _max: { lastCheckedAt: true } }),
    prisma.source.groupBy({ by: ["isActive"], _count: { _all: true }, _max: { lastScrapedAt: true } }),
  ]);
  const lastScrape = sources.map((s) => s._max.lastScrapedAt).filter((d): d is Date => d !== null).sort((a, b) => +b - +a)[0];
  return {
    totalProxies: agg._count._all,
    byStatus: counts(STATUSES, status.map((r) => ({ key: r.status, n: r._count._all }))),
    byProtocol: counts(PROTOCOLS, protocol.map((r) => ({ key: r.protocol, n: r._count._all }))),
    byAnonymity: counts(ANONYMITIES, anonymity.map((r) => ({ key: r.anonymity, n: r._count._all }))),
    avgScore: agg._avg.score,
    avgLatencyMs: agg._avg.avgLatencyMs,
    sourcesActive: sources.find((s) => s.isActive)?._count._all ?? 0,
    sourcesTotal: sources.reduce((n, s) => n + s._count._all, 0),
    lastScrapeAt: lastScrape ?? null,
    lastValidationAt: agg._max.lastCheckedAt,
  };
}

/** Proxies per country, most first (ties by country code), at most `first` rows. */
export async function countsByCountry(prisma: Db, first: number): Promise<{ country: string | null; count: number }[]> {
  const rows = await prisma.proxy.groupBy({
    by: ["country"],
    _count: { _all: true },
    orderBy: [{ _count: { id: "desc" } }, { country: "asc" }],
    take: first,
  });
  return rows.map((r) => ({ country: r.country, count: r._count._all }));
}

export interface PluginInfo {
  parsers: { name: string; type: string }[];
  checkers: { name: string; stage: number; priority: number }[];
  notifiers: { name: string; kind: string; healthy: boolean; isActive: boolean; subscribesTo: string[] }[];
}

export async function plugins(prisma: Db): Promise<PluginInfo> {
  const notifiers = await prisma.notifier.findMany({ orderBy: { name: "asc" } });
  return {
    parsers: PARSERS.map((p) => ({ name: p.name, type: "SourceParser" })),
    checkers: listCheckers().map((c) => ({ name: c.name, stage: c.stage, priority: c.priority })),
    notifiers: notifiers.map((n) => ({
      name: n.name,
      kind: n.kind,
      healthy: n.lastError === null,
      isActive: n.isActive,
      subscribesTo: n.events,
    })),
  };
}

