// Seed 002's stats routes: views of the `poolStats` and `plugins` queries with the seed's
// lowercase snake_case keys.
import { graphql } from "../../generated/graphql/index.js";
import { defineRoute } from "../../http/legacy.js";

const pool = defineRoute({
  method: "GET",
  path: "/stats/pool",
  api: "seed002",
  document: graphql(`
    query Legacy002PoolStats {
      poolStats {
        totalProxies
        byStatus { active dead unchecked }
        byProtocol { http https socks4 socks5 }
        byAnonymity { transparent anonymous elite }
        avgScore
        avgLatencyMs
        sourcesActive
        sourcesTotal
        lastScrapeAt
        lastValidationAt
      }
    }
  `),
  result: ({ poolStats: s }) => ({
    body: {
      total_proxies: s.totalProxies,
      by_status: s.byStatus,
      by_protocol: s.byProtocol,
      by_anonymity: s.byAnonymity,
      avg_score: s.avgScore,
      avg_latency_ms: s.avgLatencyMs,
      sources_active: s.sourcesActive,
      sources_total: s.sourcesTotal,
      last_scrape_at: s.lastScrapeAt,
      last_validation_at: s.lastValidationAt,
    },
  }),
});

const plugins = defineRoute({
  method: "GET",
  path: "/stats/plugins",
  api: "seed002",
  document: graphql(`
    query Legacy002Plugins {
      plugins {
        parsers { name type }
        checkers { name stage priority }
        notifiers { name kind healthy subscribesTo }
      }
    }
  `),
  result: ({ plugins: p }) => ({
    body: {
      parsers: p.parsers.map(({ name, type }) => ({ name, type })),
      checkers: p.checkers.map(({ name, stage, priority }) => ({ name, stage, priority })),
      notifiers: p.notifiers.map((n) => ({ name: n.name, kind: n.kind, healthy: n.healthy, subscribes_to: n.subscribesTo })),
    },
  }),
});

export const routes002Stats = [pool, plugins];
