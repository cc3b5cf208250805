// Session statistics and IP health in GraphQL: sessionStats (aggregate SQL, scoped to the
// caller; admins all or one user; per proxy and per target host) and the ipHealth connection
// (overall or per target host).
import { builder } from "../../graphql/builder.js";
import { localId } from "../../graphql/ids.js";
import { visibleTo } from "../../graphql/ownership.js";
import { IpHealthStatus } from "../../generated/prisma/client.js";
import * as sessions from "./sessions.service.js";
import * as stats from "./stats.service.js";

export const IpHealthStatusEnum = builder.enumType("IpHealthStatus", { values: Object.values(IpHealthStatus) });

const HealthCountsRef = builder.objectRef<stats.HealthCounts>("IpHealthCounts").implement({
  fields: (t) => ({ healthy: t.exposeInt("healthy"), flagged: t.exposeInt("flagged"), blacklisted: t.exposeInt("blacklisted") }),
});

const ProxyStatRef = builder.objectRef<stats.ProxyStat>("SessionProxyStat").implement({
  fields: (t) => ({
    proxy: t.exposeString("proxy", { description: "ip:port" }),
    sessions: t.exposeInt("sessions"),
    successful: t.exposeInt("successful"),
    failed: t.exposeInt("failed"),
    successRate: t.exposeFloat("successRate", { description: "Percent of ended sessions that succeeded" }),
    avgDurationSeconds: t.exposeFloat("avgDurationSeconds", { nullable: true }),
  }),
});

const HostStatRef = builder.objectRef<stats.HostStat>("SessionHostStat").implement({
  fields: (t) => ({
    targetHost: t.exposeString("targetHost"),
    sessions: t.exposeInt("sessions"),
    successful: t.exposeInt("successful"),
    failed: t.exposeInt("failed"),
    successRate: t.exposeFloat("successRate", { description: "Percent of ended sessions that succeeded" }),
    avgDurationSeconds: t.exposeFloat("avgDurationSeconds", { nullable: true }),
    ipHealth: t.field({
      type: HealthCountsRef,
      description: "Health for this host of the proxies these sessions ran on there",
      resolve: (h) => h.ipHealth,
    }),
  }),
});

export const SessionStatsRef = builder.objectRef<stats.SessionStats>("SessionStats").implement({
  fields: (t) => ({
    total: t.exposeInt("total"),
    active: t.exposeInt("active"),
    successful: t.exposeInt("successful"),
    failed: t.exposeInt("failed"),
    successRate: t.exposeFloat("successRate", { description: "Percent of ended sessions that succeeded (0 when none ended)" }),
    proxyStats: t.field({ type: [ProxyStatRef], description: "The 50 most used proxies", resolve: (s) => s.proxyStats }),
    ipHealth: t.field({ type: HealthCountsRef, description: "Overall health of the proxies of these sessions", resolve: (s) => s.ipHealth }),
    hostStats: t.field({
      type: [HostStatRef],
      description: "The 50 most used target hosts, each with its success rate and IP health (one statement, run only when asked for)",
      resolve: (s, _args, ctx) => stats.hostStats(ctx.prisma, s.scope),
    }),
  }),
});

builder.queryField("sessionStats", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: SessionStatsRef,
    description: "Statistics of your sessions; admins see everyone's, or one user's with userId",
    args: { userId: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx) =>
      stats.sessionStats(ctx.prisma, stats.statsScope(ctx.principal, args.userId ? localId(String(args.userId), "User", "userId") : null)),
  }),
);

export const IpHealthNode = builder.prismaNode("IpHealth", {
  id: { field: "id" },
  nullable: true,
  // Node lookups by id: admins only; others read it through the ipHealth connection.
  findUnique: visibleTo("admin"),
  fields: (t) => ({
    proxyAddress: t.exposeString("proxyAddress", { description: "ip:port" }),
    targetHost: t.string({ nullable: true, description: "Null for the proxy's overall health", select: { targetHost: true }, resolve: (h) => h.targetHost || null }),
    proxy: t.relation("proxy", { nullable: true, description: "The pool proxy, when the address is in the pool" }),
    status: t.expose("status", { type: IpHealthStatusEnum }),
    successes: t.exposeInt("successes"),
    failures: t.exposeInt("failures"),
    blocks: t.exposeInt("blocks", { description: "block and captcha events" }),
    successRate: t.float({
      description: "Percent of sessions that succeeded (100 with no outcomes yet)",
      select: { successes: true, failures: true },
      resolve: (h) => (h.successes + h.failures ? Math.round((h.successes / (h.successes + h.failures)) * 10_000) / 100 : 100),
    }),
    avgLatencyMs: t.float({
      nullable: true,
      select: { latencyTotalMs: true, latencySamples: true },
      resolve: (h) => (h.latencySamples ? Math.round(h.latencyTotalMs / h.latencySamples) : null),
    }),
    statusChangedAt: t.expose("statusChangedAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const IpHealthFilter = builder.inputType("IpHealthFilter", {
  fields: (t) => ({
    status: t.field({ type: IpHealthStatusEnum, required: false }),
    targetHost: t.string({ required: false, description: "One host's rows; absent: the overall rows", validate: { schema: sessions.sessionRules.targetHost } }),
    proxy: t.string({ required: false, description: "ip:port", validate: { schema: sessions.sessionRules.proxy } }),
  }),
});

builder.queryField("ipHealth", (t) =>
  t.withAuth({ authenticated: true }).prismaConnection({
    type: IpHealthNode,
    cursor: "id",
    defaultSize: 100,
    maxSize: sessions.PAGE_SIZE.max,
    description: "IP health of pool proxies and of the proxies your sessions ran on (admins: all); most used first",
    args: { filter: t.arg({ type: IpHealthFilter, required: false }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.ipHealth.findMany({
        ...query,
        where: { AND: [await stats.healthWhere(ctx.prisma, ctx.principal), filterWhere(args.filter)] },
        orderBy: [{ successes: "desc" }, { failures: "desc" }, { id: "asc" }],
      }),
    totalCount: async (_root, args, ctx) =>
      ctx.prisma.ipHealth.count({ where: { AND: [await stats.healthWhere(ctx.prisma, ctx.principal), filterWhere(args.filter)] } }),
  }),
);

function filterWhere(f: { status?: IpHealthStatus | null; targetHost?: string | null; proxy?: string | null } | null | undefined) {
  return {
    targetHost: f?.targetHost?.toLowerCase() ?? "",
    ...(f?.status ? { status: f.status } : {}),
    ...(f?.proxy ? { proxyAddress: f.proxy.toLowerCase() } : {}),
  };
}
