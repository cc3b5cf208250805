// GraphQL views of pool statistics and the plugin registry (any authenticated user).
import { builder } from "../../graphql/builder.js";
import * as stats from "./stats.service.js";

const countsType = <K extends string>(name: string, keys: readonly K[]) =>
  builder.objectRef<Record<K, number>>(name).implement({
    fields: (t) => Object.fromEntries(keys.map((k) => [k.toLowerCase(), t.int({ resolve: (c) => c[k] })])),
  });

const CountryCount = builder.objectRef<{ country: string | null; count: number }>("CountryCount").implement({
  fields: (t) => ({
    country: t.exposeString("country", { nullable: true, description: "ISO 3166-1 alpha-2; null for proxies without one (not checked yet, private addresses)" }),
    count: t.exposeInt("count"),
  }),
});

export const PoolStatsRef = builder.objectRef<stats.PoolStats>("PoolStats").implement({
  description: "Aggregates over the whole pool, computed in the database",
  fields: (t) => ({
    totalProxies: t.exposeInt("totalProxies"),
    byStatus: t.field({ type: countsType("ProxyStatusCounts", stats.STATUSES), resolve: (s) => s.byStatus }),
    byProtocol: t.field({
      type: countsType("ProxyProtocolCounts", stats.PROTOCOLS),
      resolve: (s) => s.byProtocol,
    }),
    byAnonymity: t.field({
      type: countsType("ProxyAnonymityCounts", stats.ANONYMITIES),
      resolve: (s) => s.byAnonymity,
    }),
    byCountry: t.field({
      type: [CountryCount],
      description: "Proxies per country, most first (one GROUP BY, computed only when asked for)",
      args: { first: t.arg.int({ defaultValue: 20, validate: { min: 1, max: 250 } }) },
      resolve: (_s, args, ctx) => stats.countsByCountry(ctx.prisma, args.first ?? 20),
    }),
    avgScore: t.exposeFloat("avgScore", { nullable: true }),
    avgLatencyMs: t.exposeFloat("avgLatencyMs", { nullable: true }),
    sourcesActive: t.exposeInt("sourcesActive"),
    sourcesTotal: t.exposeInt("sourcesTotal"),
    lastScrapeAt: t.expose("lastScrapeAt", { type: "DateTime", nullable: true }),
    lastValidationAt: t.expose("lastValidationAt", { type: "DateTime", nullable: true }),
  }),
});

type Plugins = stats.PluginInfo;
const ParserPlugin = builder.objectRef<Plugins["parsers"][number]>("ParserPlugin").implement({
  fields: (t) => ({ name: t.exposeString("name"), type: t.exposeString("type") }),
});
const CheckerPlugin = builder.objectRef<Plugins["checkers"][number]>("CheckerPlugin").implement({
  fields: (t) => ({ name: t.exposeString("name"), stage: t.exposeInt("stage"), priority: t.exposeInt("priority") }),
});
const NotifierPlugin = builder.objectRef<Plugins["notifiers"][number]>("NotifierPlugin").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.exposeString("kind"),
    healthy: t.exposeBoolean("healthy", { description: "The last delivery succeeded (or none has failed yet)" }),
    isActive: t.exposeBoolean("isActive"),
    subscribesTo: t.exposeStringList("subscribesTo"),
  }),
});
const PluginsRef = builder.objectRef<Plugins>("Plugins").implement({
  fields: (t) => ({
    parsers: t.field({ type: [ParserPlugin], resolve: (p) => p.parsers }),
    checkers: t.field({ type: [CheckerPlugin], resolve: (p) => p.checkers }),
    notifiers: t.field({ type: [NotifierPlugin], resolve: (p) => p.notifiers }),
  }),
});

builder.queryField("poolStats", (t) =>
  t.withAuth({ authenticated: true }).field({ type: PoolStatsRef, resolve: (_r, _a, ctx) => stats.poolStats(ctx.prisma) }),
);

builder.queryField("plugins", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: PluginsRef,
    description: "Registered parsers, checkers (in run order) and configured notifiers",
    resolve: (_r, _a, ctx) => stats.plugins(ctx.prisma),
  }),
);
