// Usage in GraphQL: the UsageEvent node, the usageEvents connection with filters, the
// gatewaySpend overview, key runway, and the live subscriptions usageRecorded,
// spendUpdated and budgetThresholdCrossed (own keys for owners, every key for admins).
import { SHARED_STREAM } from "../../graphql/shared-streams.js";
import { builder } from "../../graphql/builder.js";
import type { AuthenticatedContext, Context } from "../../graphql/context.js";
import { localId, UUID } from "../../graphql/ids.js";
import { NOBODY } from "../../graphql/ownership.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { isAdmin } from "../../ownership.js";
import { filtered, type Topics } from "../../pubsub.js";
import * as spend from "./spend.service.js";
import { keyScope } from "./virtual-keys.service.js";

export const USAGE_PAGE = { default: 100, max: 500 };

export const UsageEventNode = builder.prismaNode("UsageEvent", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx: Context) => {
    const p = ctx.principal;
    if (!p || !UUID.test(id)) return { id: NOBODY };
    return isAdmin(p) ? { id } : { id, virtualKey: { ownerId: p.userId } };
  },
  fields: (t) => ({
    legacyId: t.exposeInt("serial"),
    virtualKey: t.relation("virtualKey"),
    user: t.relation("user", { nullable: true, description: "The switchyard user of the request's optional Bearer" }),
    project: t.exposeString("project", { nullable: true }),
    provider: t.exposeString("provider"),
    model: t.exposeString("model"),
    endpoint: t.exposeString("endpoint"),
    status: t.exposeInt("status", { description: "Upstream status; 499 = the client hung up" }),
    streamed: t.exposeBoolean("streamed"),
    inputTokens: t.exposeInt("inputTokens", { description: "Every prompt token, cached ones included" }),
    outputTokens: t.exposeInt("outputTokens", { description: "Every generated token, reasoning included" }),
    cachedTokens: t.exposeInt("cachedTokens"),
    reasoningTokens: t.exposeInt("reasoningTokens"),
    costMicros: t.float({ resolve: (e) => Number(e.costMicros) }),
    costUsd: t.float({ resolve: (e) => Number(e.costMicros) / 1e6 }),
    savedUsd: t.float({ description: "Saved by a response-cache hit", resolve: (e) => Number(e.savedMicros) / 1e6 }),
    cacheHit: t.exposeBoolean("cacheHit"),
    latencyMs: t.exposeInt("latencyMs"),
    ttftMs: t.exposeInt("ttftMs", { nullable: true, description: "Time to the first byte of the answer" }),
    promptHash: t.exposeString("promptHash"),
    error: t.exposeString("error", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const UsageFilter = builder.inputType("UsageEventFilter", {
  fields: (t) => ({
    virtualKeyId: t.id({ required: false }),
    virtualKeyLegacyId: t.int({ required: false }),
    provider: t.string({ required: false, validate: { maxLength: 20 } }),
    model: t.string({ required: false, validate: { maxLength: 200 } }),
    status: t.int({ required: false }),
    since: t.field({ type: "DateTime", required: false }),
    until: t.field({ type: "DateTime", required: false }),
  }),
});

function usageWhere(ctx: AuthenticatedContext, f: typeof UsageFilter.$inferInput | null | undefined): Prisma.UsageEventWhereInput {
  const where: Prisma.UsageEventWhereInput = { virtualKey: keyScope(ctx.principal) };
  if (f?.virtualKeyId != null) where.virtualKeyId = localId(String(f.virtualKeyId), "VirtualKey", "virtualKeyId");
  if (f?.virtualKeyLegacyId != null) where.virtualKey = { ...keyScope(ctx.principal), serial: f.virtualKeyLegacyId };
  if (f?.provider) where.provider = f.provider;
  if (f?.model) where.model = f.model;
  if (f?.status != null) where.status = f.status;
  if (f?.since || f?.until) where.createdAt = { ...(f.since ? { gte: f.since } : {}), ...(f.until ? { lt: f.until } : {}) };
  return where;
}

builder.queryField("usageEvents", (t) =>
  t.withAuth({ authenticated: true }).prismaConnection({
    type: "UsageEvent",
    cursor: "id",
    maxSize: USAGE_PAGE.max,
    defaultSize: USAGE_PAGE.default,
    description: "Gateway usage events, newest first: your own keys', every key's for admins",
    args: { filter: t.arg({ type: UsageFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.usageEvent.findMany({ ...query, where: usageWhere(ctx, args.filter), orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.usageEvent.count({ where: usageWhere(ctx as AuthenticatedContext, args.filter) }),
  }),
);

const TopUser = builder.objectRef<spend.SpendOverview["topUsers"][0]>("GatewayTopUser").implement({
  fields: (t) => ({ userEmail: t.exposeString("userEmail"), totalCostUsd: t.exposeFloat("totalCost"), requestCount: t.exposeInt("requestCount") }),
});
const TopProject = builder.objectRef<spend.SpendOverview["topProjects"][0]>("GatewayTopProject").implement({
  fields: (t) => ({ projectName: t.exposeString("projectName"), totalCostUsd: t.exposeFloat("totalCost"), requestCount: t.exposeInt("requestCount") }),
});
const RepeatedHash = builder.objectRef<spend.SpendOverview["waste"]["topRepeatedHashes"][0]>("GatewayRepeatedPrompt").implement({
  fields: (t) => ({ hash: t.exposeString("hash"), count: t.exposeInt("count"), estimatedWasteUsd: t.exposeFloat("estimatedWaste") }),
});
const Waste = builder.objectRef<spend.SpendOverview["waste"]>("GatewayWaste").implement({
  fields: (t) => ({
    repeatedPromptsCount: t.exposeInt("repeatedPromptsCount", { description: "Requests whose normalised prompt was sent before" }),
    estimatedWasteUsd: t.exposeFloat("estimatedWaste", { description: "What those repeats cost" }),
    topRepeatedHashes: t.field({ type: [RepeatedHash], resolve: (w) => w.topRepeatedHashes }),
  }),
});
const CacheStats = builder.objectRef<spend.SpendOverview["cache"]>("GatewayCacheStats").implement({
  description: "The exact-match response cache (keys with cacheTtlSeconds)",
  fields: (t) => ({
    hits: t.exposeInt("hits", { description: "Requests answered from the cache, without an upstream call" }),
    savedUsd: t.exposeFloat("saved", { description: "What those upstream calls would have cost, at today's prices" }),
  }),
});
const Overview = builder.objectRef<spend.SpendOverview>("GatewaySpend").implement({
  fields: (t) => ({
    spendTodayUsd: t.exposeFloat("spendToday"),
    spendMonthUsd: t.exposeFloat("spendMonth"),
    spendYearUsd: t.exposeFloat("spendYear"),
    forecastMonthEndUsd: t.exposeFloat("forecastMonthEnd", {
      description: "Month to date plus the average daily spend of the last 7 full days times the days left (UTC)",
    }),
    totalRequests: t.exposeInt("totalRequests"),
    totalTokens: t.exposeFloat("totalTokens"),
    topUsers: t.field({ type: [TopUser], resolve: (o) => o.topUsers }),
    topProjects: t.field({ type: [TopProject], resolve: (o) => o.topProjects }),
    waste: t.field({ type: Waste, resolve: (o) => o.waste }),
    cache: t.field({ type: CacheStats, resolve: (o) => o.cache }),
  }),
});

builder.queryField("gatewaySpend", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: Overview,
    description: "Spend, forecast, top users and projects, waste and response-cache savings: your own keys', every key's for admins",
    resolve: (_root, _args, ctx) => spend.spendOverview(ctx.prisma, ctx.principal),
  }),
);

builder.prismaObjectField("VirtualKey", "budgetRunwayDate", (t) =>
  t.field({
    type: "DateTime",
    nullable: true,
    description: "When the month's cap will be reached at this month's average daily spend (null: no cap or no spend)",
    select: { monthlyBudgetMicros: true, monthSpendMicros: true, monthStart: true },
    resolve: (k) => spend.runwayDate(k.monthlyBudgetMicros, Number(k.monthSpendMicros), k.monthStart),
  }),
);

// ---- live --------------------------------------------------------------------------

/** Events of the caller's keys (admins: all), optionally one key's. */
function keyEvents<K extends "gateway:usage" | "gateway:spend" | "gateway:threshold">(topic: K, ctx: AuthenticatedContext, keyId: string | null) {
  const admin = isAdmin(ctx.principal);
  const me = ctx.principal.userId;
  return filtered(
    () => (ctx.pubsub.subscribe as (t: string) => AsyncIterableIterator<Topics[K][0]>)(topic),
    (e: Topics[K][0]) => Boolean(e) && (admin || e.ownerId === me) && (!keyId || e.keyId === keyId),
  );
}

const keyArg = (t: any) => ({ virtualKeyId: t.arg.id({ required: false, description: "Only this key's events" }) });
const keyOf = (id: unknown) => (id == null ? null : localId(String(id), "VirtualKey", "virtualKeyId"));

builder.subscriptionField("usageRecorded", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: UsageEventNode,
    nullable: true,
    extensions: { [SHARED_STREAM]: true },
    description: "Each usage event as it is written: your keys', every key's for admins",
    args: keyArg(t),
    subscribe: (_root, args, ctx) => keyEvents("gateway:usage", ctx, keyOf(args.virtualKeyId)),
    resolve: (query, e: Topics["gateway:usage"][0], _a, ctx) => ctx.prisma.usageEvent.findUnique({ ...query, where: { id: e.eventId } }),
  }),
);

const SpendUpdate = builder.objectRef<Topics["gateway:spend"][0]>("GatewaySpendUpdate").implement({
  fields: (t) => ({
    virtualKey: t.prismaField({ type: "VirtualKey", nullable: true, resolve: (q, e, _a, ctx) => ctx.prisma.virtualKey.findUnique({ ...q, where: { id: e.keyId } }) }),
    spendMonthUsd: t.float({ resolve: (e) => e.spendMicros / 1e6 }),
    budgetUsd: t.float({ nullable: true, resolve: (e) => (e.capMicros == null ? null : e.capMicros / 1e6) }),
  }),
});

builder.subscriptionField("spendUpdated", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: SpendUpdate,
    extensions: { [SHARED_STREAM]: true },
    description: "A key's month spend after each billed request",
    args: keyArg(t),
    subscribe: (_root, args, ctx) => keyEvents("gateway:spend", ctx, keyOf(args.virtualKeyId)),
    resolve: (e) => e,
  }),
);

const ThresholdCrossing = builder.objectRef<Topics["gateway:threshold"][0]>("BudgetThresholdCrossing").implement({
  fields: (t) => ({
    virtualKey: t.prismaField({ type: "VirtualKey", nullable: true, resolve: (q, e, _a, ctx) => ctx.prisma.virtualKey.findUnique({ ...q, where: { id: e.keyId } }) }),
    percent: t.exposeInt("percent", { description: "50, 80 or 100" }),
    spendMonthUsd: t.float({ resolve: (e) => e.spendMicros / 1e6 }),
    budgetUsd: t.float({ resolve: (e) => e.capMicros / 1e6 }),
  }),
});

builder.subscriptionField("budgetThresholdCrossed", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ThresholdCrossing,
    extensions: { [SHARED_STREAM]: true },
    description: "A key's month spend reached 50, 80 or 100 % of its cap (once per crossing per month)",
    args: keyArg(t),
    subscribe: (_root, args, ctx) => keyEvents("gateway:threshold", ctx, keyOf(args.virtualKeyId)),
    resolve: (e) => e,
  }),
);
