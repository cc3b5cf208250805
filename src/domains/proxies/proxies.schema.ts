// GraphQL types of the pool: Proxy, ProxyCheck and the `proxies` connection. Proxy data is
// readable by every authenticated user (architecture, Ownership); credentials only by admins.
import { builder } from "../../graphql/builder.js";
import { visibleTo } from "../../graphql/ownership.js";
import { isAdmin } from "../../ownership.js";
import { AnonymityEnum, ProxyProtocolEnum, ProxyStatusEnum } from "./enums.schema.js";
import { localId } from "../../graphql/ids.js";
import {
  DEFAULT_DIRECTION,
  filterRules,
  PAGE_SIZE,
  proxyOrderBy,
  proxyWhere,
  SORT_DIRECTIONS,
  type ProxyFilter,
  type ProxySortField,
} from "./pool-query.service.js";

export const ProxyCheckNode = builder.prismaNode("ProxyCheck", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("signedIn"),
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
  findUnique: visibleTo("signedIn"),
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
      resolve: (p, _a, ctx) => (isAdmin(ctx.principal) ? p.username : null),
    }),
    password: t.string({
      nullable: true,
      description: "Admins only (null otherwise)",
      select: { password: true },
      resolve: (p, _a, ctx) => (isAdmin(ctx.principal) ? p.password : null),
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
    country: t.string({ required: false, description: "ISO 3166-1 alpha-2 (case-insensitive)", validate: { schema: filterRules.country } }),
    minScore: t.float({ required: false, validate: { schema: filterRules.minScore } }),
    maxLatencyMs: t.float({ required: false, validate: { schema: filterRules.maxLatencyMs } }),
    minUptimePct: t.float({ required: false, validate: { schema: filterRules.minUptimePct } }),
    verifiedWithinMinutes: t.int({ required: false, validate: { schema: filterRules.verifiedWithinMinutes } }),
  };
}
type PothosInputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

export const ProxyFilterInput = builder.inputType("ProxyFilter", {
  fields: (t) => ({ status: t.field({ type: ProxyStatusEnum, required: false }), ...filterFields(t) }),
});

const ProxySortFieldEnum = builder.enumType("ProxySortField", { values: Object.keys(DEFAULT_DIRECTION) as ProxySortField[] });
const SortDirectionEnum = builder.enumType("SortDirection", { values: SORT_DIRECTIONS });

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
  t.withAuth({ authenticated: true }).prismaConnection({
    type: ProxyNode,
    cursor: "id",
    defaultSize: PAGE_SIZE.default,
    maxSize: PAGE_SIZE.max,
    description: "The proxy pool, filtered and sorted (best first by default)",
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

builder.queryField("proxy", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: ProxyNode,
    nullable: true,
    description: "One proxy by its global id or raw UUID (null when there is none)",
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => ctx.prisma.proxy.findUnique({ ...query, where: { id: localId(args.id, "Proxy") } }),
  }),
);
