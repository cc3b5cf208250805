// GraphQL types of the pool: Proxy, ProxyCheck and the `proxies` connection. Proxy data is
// readable by every authenticated user (architecture, Ownership); credentials only by admins.
import { UUID } from "../../graphql/ids.js";
import { builder } from "../../graphql/builder.js";
import type { Context } from "../../graphql/context.js";
import { AnonymityEnum, ProxyProtocolEnum, ProxyStatusEnum } from "./enums.js";
import { proxyOrderBy, proxyWhere, type ProxyFilter } from "./pool-query.js";

const NOBODY = "00000000-0000-0000-0000-000000000000";
const isAdmin = (ctx: Context) => ctx.principal?.role === "ADMIN";

export const ProxyCheckNode = builder.prismaNode("ProxyCheck", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => (ctx.principal && UUID.test(id) ? { id } : { id: NOBODY }),
  fields: (t) => ({
    checkerName: t.exposeString("checkerName"),
    stage: t.exposeInt("stage"),
    passed: t.exposeBoolean("passed"),
    latencyMs: t.exposeFloat("latencyMs", { nullable: true }),
    detail: t.exposeString("detail"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const ProxyNode = builder.prismaNode("Proxy", {
  id: { field: "id" },
  // Anonymous callers and malformed ids load as null (not-found), like the accounts nodes.
  nullable: true,
  findUnique: (id, ctx) => (ctx.principal && UUID.test(id) ? { id } : { id: NOBODY }),
  fields: (t) => ({
    ip: t.exposeString("ip"),
    port: t.exposeInt("port"),
    protocol: t.expose("protocol", { type: ProxyProtocolEnum }),
    status: t.expose("status", { type: ProxyStatusEnum }),
    anonymity: t.expose("anonymity", { type: AnonymityEnum, nullable: true }),
    exitIp: t.exposeString("exitIp", { nullable: true }),
    country: t.exposeString("country", { nullable: true, description: "ISO 3166-1 alpha-2, from GeoIP of the exit IP" }),
    score: t.exposeFloat("score", { description: "Composite score, 0..1" }),
    avgLatencyMs: t.exposeFloat("avgLatencyMs", { nullable: true }),
    uptimePct: t.exposeFloat("uptimePct", { nullable: true }),
    lastCheckedAt: t.expose("lastCheckedAt", { type: "DateTime", nullable: true }),
    firstSeenAt: t.expose("firstSeenAt", { type: "DateTime" }),
    tags: t.expose("tags", { type: "JSON" }),
    hasCredentials: t.boolean({
      select: { username: true },
      resolve: (p) => p.username !== null,
    }),
    // Credentials are operator data: null for everyone but admins.
    username: t.string({
      nullable: true,
      description: "Admins only (null otherwise)",
      select: { username: true },
      resolve: (p, _a, ctx) => (isAdmin(ctx) ? p.username : null),
    }),
    password: t.string({
      nullable: true,
      description: "Admins only (null otherwise)",
      select: { password: true },
      resolve: (p, _a, ctx) => (isAdmin(ctx) ? p.password : null),
    }),
    isLeased: t.boolean({
      description: "Whether a live lease holds the proxy now",
      select: { leasedUntil: true },
      resolve: (p) => p.leasedUntil !== null && p.leasedUntil > new Date(),
    }),
    recentChecks: t.relation("checks", {
      description: "Latest checks, newest first",
      args: { first: t.arg.int({ defaultValue: 20, validate: { min: 1, max: 100 } }) },
      query: (args) => ({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: args.first ?? 20 }),
    }),
  }),
});

/** The filter fields, shared by ProxyFilter and AcquireProxyInput (validated with zod). */
export function filterFields(t: PothosInputFieldBuilder) {
  return {
    protocol: t.field({ type: ProxyProtocolEnum, required: false }),
    anonymity: t.field({ type: AnonymityEnum, required: false }),
    country: t.string({
      required: false,
      description: "ISO 3166-1 alpha-2 (case-insensitive)",
      validate: { regex: [/^[A-Za-z]{2}$/, { message: "must be an ISO 3166-1 alpha-2 code" }] },
    }),
    minScore: t.float({ required: false, validate: { min: 0, max: 1 } }),
    maxLatencyMs: t.float({ required: false, validate: { min: 0 } }),
    minUptimePct: t.float({ required: false, validate: { min: 0, max: 100 } }),
    verifiedWithinMinutes: t.int({ required: false, validate: { min: 1, max: 525_600 } }),
  };
}
type PothosInputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

export const ProxyFilterInput = builder.inputType("ProxyFilter", {
  fields: (t) => ({ status: t.field({ type: ProxyStatusEnum, required: false }), ...filterFields(t) }),
});

const ProxySortFieldEnum = builder.enumType("ProxySortField", { values: ["SCORE", "LATENCY", "UPTIME", "LAST_CHECKED"] as const });
const SortDirectionEnum = builder.enumType("SortDirection", { values: ["ASC", "DESC"] as const });

const ProxyOrderInput = builder.inputType("ProxyOrder", {
  fields: (t) => ({
    field: t.field({ type: ProxySortFieldEnum, defaultValue: "SCORE" }),
    direction: t.field({
      type: SortDirectionEnum,
      required: false,
      description: "Default: best first (score desc, latency asc, uptime desc, last checked desc)",
    }),
  }),
});

builder.queryField("proxies", (t) =>
  t.prismaConnection({
    type: ProxyNode,
    cursor: "id",
    defaultSize: 50, // seed 002: limit default 50, max 200
    maxSize: 200,
    description: "The proxy pool, filtered and sorted (best first by default)",
    authScopes: { authenticated: true },
    args: {
      filter: t.arg({ type: ProxyFilterInput, required: false }),
      orderBy: t.arg({ type: ProxyOrderInput, required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.proxy.findMany({
        ...query,
        where: proxyWhere((args.filter ?? {}) as ProxyFilter),
        orderBy: proxyOrderBy(args.orderBy?.field ?? "SCORE", args.orderBy?.direction),
      }),
    totalCount: (_root, args, ctx) => ctx.prisma.proxy.count({ where: proxyWhere((args.filter ?? {}) as ProxyFilter) }),
  }),
);
