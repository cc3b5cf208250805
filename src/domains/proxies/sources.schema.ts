// GraphQL types and root fields of proxy sources. Sources are the shared pool: every
// authenticated user reads them, adds them and triggers scrapes; only the creator or an
// admin changes or deletes one (architecture, Ownership).
import { localId } from "../../graphql/ids.js";
import { filter, pipe } from "graphql-yoga";
import { SHARED_STREAM } from "../../graphql/shared-streams.js";
import { builder } from "../../graphql/builder.js";
import type { Context } from "../../graphql/context.js";
import { raises } from "../../graphql/errors.js";
import { visibleTo } from "../../graphql/ownership.js";
import { ForbiddenError, NotFoundError } from "../../errors.js";
import { ProxyProtocolEnum } from "./enums.schema.js";
import { PARSERS } from "./parsers/registry.js";
import { PAGE_SIZE } from "./pool-query.service.js";
import { redactSourceUrl } from "./source-url.js";
import * as sources from "./sources.service.js";

const sourceId = (id: string | number) => localId(id, "Source");

const deps = (ctx: Context): sources.SourceDeps => ctx;

export const SourceNode = builder.prismaNode("Source", {
  id: { field: "id" },
  // Anonymous callers and malformed ids load as null (not-found), like the accounts nodes.
  nullable: true,
  findUnique: visibleTo("signedIn"),
  fields: (t) => ({
    url: t.string({
      description: "Userinfo and query values read `***` for everyone but the source's creator and admins",
      select: { url: true, createdById: true },
      resolve: (s, _a, ctx) => (ctx.principal && sources.canManageSource(ctx.principal, s) ? s.url : redactSourceUrl(s.url)),
    }),
    parserName: t.exposeString("parserName", { description: `One of: ${PARSERS.map((p) => p.name).join(", ")}` }),
    cronSchedule: t.exposeString("cronSchedule", { description: "Cron expression in UTC (5 fields, or 6 with seconds)" }),
    defaultProtocol: t.expose("defaultProtocol", { type: ProxyProtocolEnum, description: "Protocol of entries that do not name one" }),
    options: t.expose("options", { type: "JSON", description: "Parser options, e.g. JSON/CSV field names (ipField, portField, ...)" }),
    isActive: t.exposeBoolean("isActive"),
    lastScrapedAt: t.expose("lastScrapedAt", { type: "DateTime", nullable: true, description: "Last successful scrape" }),
    nextScrapeAt: t.expose("nextScrapeAt", { type: "DateTime" }),
    lastError: t.exposeString("lastError", { nullable: true }),
    lastErrorAt: t.expose("lastErrorAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    canManage: t.boolean({
      description: "Whether the caller may update or delete this source (its creator or an admin)",
      select: { createdById: true },
      resolve: (s, _a, ctx) => (ctx.principal ? sources.canManageSource(ctx.principal, s) : false),
    }),
    proxyCount: t.relationCount("proxies", { description: "Proxies this source has listed" }),
    scrapes: t.relatedConnection("scrapes", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ startedAt: "desc" }, { id: "desc" }] },
    }),
  }),
});

export const ScrapeRunObject = builder.prismaObject("ScrapeRun", {
  fields: (t) => ({
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true }),
    proxiesDiscovered: t.exposeInt("discovered"),
    proxiesNew: t.exposeInt("created"),
    proxiesUpdated: t.exposeInt("updated"),
    durationMs: t.exposeInt("durationMs", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
  }),
});

builder.queryField("sources", (t) =>
  t.withAuth({ authenticated: true }).prismaConnection({
    type: "Source",
    cursor: "id",
    description: "Configured proxy sources, newest first",
    maxSize: PAGE_SIZE.max,
    args: { isActive: t.arg.boolean({ required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.source.findMany({ ...query, where: activeWhere(args.isActive), orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.source.count({ where: activeWhere(args.isActive) }),
  }),
);

const activeWhere = (isActive?: boolean | null) => (isActive == null ? {} : { isActive });

builder.mutationField("createSource", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: "Source",
    errors: raises(),
    description: "Adds a source. Without parserName a sample is fetched and the first parser whose supports() accepts it is used.",
    args: {
      input: t.arg({
        type: builder.inputType("CreateSourceInput", {
          fields: (f) => ({
            url: f.string({ validate: { schema: sources.sourceRules.url } }),
            parserName: f.string({ required: false, validate: { schema: sources.sourceRules.parserName } }),
            cronSchedule: f.string({ required: false, description: "Default `*/30 * * * *`", validate: { schema: sources.sourceRules.cronSchedule } }),
            defaultProtocol: f.field({ type: ProxyProtocolEnum, required: false }),
            options: f.field({ type: "JSON", required: false }),
            isActive: f.boolean({ required: false }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await sources.createSource(deps(ctx), ctx.principal, input);
      return ctx.prisma.source.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
);

builder.mutationField("updateSource", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: "Source",
    errors: raises(NotFoundError, ForbiddenError),
    description: "Changes the given fields of a source (its creator or an admin)",
    args: {
      input: t.arg({
        type: builder.inputType("UpdateSourceInput", {
          fields: (f) => ({
            id: f.id(),
            url: f.string({ required: false, validate: { schema: sources.sourceRules.url } }),
            parserName: f.string({ required: false, validate: { schema: sources.sourceRules.parserName } }),
            cronSchedule: f.string({ required: false, validate: { schema: sources.sourceRules.cronSchedule } }),
            defaultProtocol: f.field({ type: ProxyProtocolEnum, required: false }),
            options: f.field({ type: "JSON", required: false }),
            isActive: f.boolean({ required: false }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const { id, ...patch } = input;
      const updated = await sources.updateSource(deps(ctx), ctx.principal, sourceId(id), patch);
      return ctx.prisma.source.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
);

const DeleteSourcePayload = builder.objectRef<{ id: string }>("DeleteSourcePayload").implement({
  fields: (t) => ({
    deletedSourceId: t.globalID({ resolve: (p) => ({ type: "Source", id: p.id }) }),
  }),
});

builder.mutationField("deleteSource", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: DeleteSourcePayload,
    errors: raises(NotFoundError, ForbiddenError),
    description: "Deletes a source (its creator or an admin). The proxies it listed stay in the pool.",
    args: { input: t.arg({ type: builder.inputType("DeleteSourceInput", { fields: (f) => ({ id: f.id() }) }), required: true }) },
    resolve: (_root, { input }, ctx) => sources.deleteSource(deps(ctx), ctx.principal, sourceId(input.id)),
  }),
);

const ScrapeResultRef = builder.objectRef<sources.ScrapeResult>("ScrapeResult").implement({
  description: "The outcome of one scrape. A failing source is not an error of the call: `error` says what went wrong.",
  fields: (t) => ({
    sourceId: t.globalID({ resolve: (r) => ({ type: "Source", id: r.sourceId }) }),
    source: t.prismaField({
      type: "Source",
      nullable: true,
      resolve: (query, r, _a, ctx) => ctx.prisma.source.findUnique({ ...query, where: { id: r.sourceId } }),
    }),
    run: t.prismaField({
      type: "ScrapeRun",
      nullable: true,
      resolve: (query, r, _a, ctx) => ctx.prisma.scrapeRun.findUnique({ ...query, where: { id: r.runId } }),
    }),
    proxiesDiscovered: t.exposeInt("proxiesDiscovered", { description: "Distinct (ip, port, protocol) entries read" }),
    proxiesNew: t.exposeInt("proxiesNew"),
    proxiesUpdated: t.exposeInt("proxiesUpdated"),
    durationMs: t.exposeInt("durationMs"),
    ok: t.boolean({ resolve: (r) => r.error === null }),
    error: t.exposeString("error", { nullable: true }),
  }),
});

builder.mutationField("scrapeSource", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ScrapeResultRef,
    errors: raises(NotFoundError),
    description: "Scrapes a source now, bypassing its schedule (any authenticated user)",
    args: { id: t.arg.id() },
    resolve: (_root, args, ctx) => sources.scrapeSource(deps(ctx), sourceId(args.id)),
  }),
);

builder.subscriptionField("scrapeCompleted", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ScrapeResultRef,
    extensions: { [SHARED_STREAM]: true },
    description: "Every finished scrape (scheduled or triggered), optionally of one source",
    args: { sourceId: t.arg.id({ required: false }) },
    subscribe: (_root, args, ctx) => {
      const only = args.sourceId ? sourceId(args.sourceId) : null;
      const events = ctx.pubsub.subscribe("scrape:completed");
      return only ? pipe(events, filter((e) => e.sourceId === only)) : events;
    },
    resolve: (event) => event,
  }),
);
