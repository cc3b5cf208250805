// Automation sessions in GraphQL: the AutomationSession and SessionEvent nodes (owner or
// admin only), their Relay connections with filters, the page lists the legacy routes use,
// and registerSession / endSession / logSessionEvent. Resolvers parse, call
// sessions.service.ts and re-read through Prisma.
import { builder } from "../../graphql/builder.js";
import { raises } from "../../graphql/errors.js";
import { localId } from "../../graphql/ids.js";
import { visibleTo } from "../../graphql/ownership.js";
import { rateLimit } from "../../graphql/rate-limit.js";
import { ConflictError, NotFoundError, RateLimitedError } from "../../errors.js";
import { z } from "zod";
import * as sessions from "./sessions.service.js";

const sessionId = (id: string | number, field = "id") => localId(id, "AutomationSession", field);
const userId = (id: string | number) => localId(id, "User", "userId");

export const SessionStatusEnum = builder.enumType("SessionStatus", { values: sessions.SESSION_STATUSES });
export const SessionEventTypeEnum = builder.enumType("SessionEventType", { values: sessions.EVENT_TYPES });

export const SessionNode = builder.prismaNode("AutomationSession", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("owner"),
  fields: (t) => ({
    profileId: t.exposeString("profileId", { nullable: true }),
    device: t.exposeString("device", { nullable: true }),
    targetUrl: t.exposeString("targetUrl", { nullable: true }),
    targetHost: t.exposeString("targetHost", { nullable: true, description: "Host of targetUrl: the key of per-host IP health" }),
    proxy: t.exposeString("proxyAddress", { nullable: true, description: "ip:port of the proxy the session ran on" }),
    poolProxyId: t.string({
      nullable: true,
      description: "Raw id of the pool proxy behind `proxy`, when the pool has one",
      select: { proxyId: true },
      resolve: (s) => s.proxyId,
    }),
    leaseId: t.exposeString("leaseId", { nullable: true }),
    country: t.exposeString("country", { nullable: true }),
    status: t.expose("status", { type: SessionStatusEnum }),
    success: t.exposeBoolean("success", { nullable: true }),
    durationSeconds: t.exposeFloat("durationSeconds", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true }),
    events: t.relatedConnection("events", {
      cursor: "id",
      totalCount: true,
      maxSize: sessions.PAGE_SIZE.max,
      description: "The session's events, newest first",
      query: { orderBy: sessions.eventOrder },
    }),
  }),
});

export const SessionEventNode = builder.prismaNode("SessionEvent", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("owner"),
  fields: (t) => ({
    // A scalar of the row: exposed, not selected, so eventLogged (built from the topic's
    // payload) answers it without a read per subscriber.
    sessionId: t.exposeString("sessionId", { description: "Raw id of the session" }),
    session: t.relation("session", { type: SessionNode }),
    type: t.expose("type", { type: SessionEventTypeEnum }),
    details: t.expose("details", { type: "JSON" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

// ---- lists -------------------------------------------------------------------------------

export const SessionFilterInput = builder.inputType("SessionFilter", {
  fields: (t) => ({
    status: t.field({ type: SessionStatusEnum, required: false }),
    country: t.string({ required: false, validate: { schema: sessions.sessionRules.country } }),
    proxy: t.string({ required: false, description: "ip:port", validate: { schema: sessions.sessionRules.proxy } }),
    targetHost: t.string({ required: false, validate: { schema: sessions.sessionRules.targetHost } }),
    startedAfter: t.field({ type: "DateTime", required: false }),
    startedBefore: t.field({ type: "DateTime", required: false }),
    userId: t.id({ required: false, description: "Admins only: one user's sessions (ignored for others)" }),
  }),
});

export const EventFilterInput = builder.inputType("SessionEventFilter", {
  fields: (t) => ({
    sessionId: t.id({ required: false }),
    type: t.field({ type: SessionEventTypeEnum, required: false }),
    after: t.field({ type: "DateTime", required: false, description: "Logged at or after" }),
    before: t.field({ type: "DateTime", required: false, description: "Logged before" }),
    userId: t.id({ required: false, description: "Admins only: one user's events (ignored for others)" }),
  }),
});

type SessionFilterArg = typeof SessionFilterInput.$inferInput | null | undefined;
type EventFilterArg = typeof EventFilterInput.$inferInput | null | undefined;

export const toSessionFilter = (f: SessionFilterArg): sessions.SessionFilter => ({
  ...f,
  startedAfter: f?.startedAfter ? new Date(f.startedAfter as Date) : null,
  startedBefore: f?.startedBefore ? new Date(f.startedBefore as Date) : null,
  userId: f?.userId ? userId(String(f.userId)) : null,
});
export const toEventFilter = (f: EventFilterArg): sessions.EventFilter => ({
  type: f?.type,
  sessionId: f?.sessionId ? sessionId(String(f.sessionId), "sessionId") : null,
  after: f?.after ? new Date(f.after as Date) : null,
  before: f?.before ? new Date(f.before as Date) : null,
  userId: f?.userId ? userId(String(f.userId)) : null,
});

builder.queryField("automationSessions", (t) =>
  t.withAuth({ authenticated: true }).prismaConnection({
    type: SessionNode,
    cursor: "id",
    defaultSize: sessions.PAGE_SIZE.default,
    maxSize: sessions.PAGE_SIZE.max,
    description: "Your automation sessions (admins: everyone's), newest first",
    args: { filter: t.arg({ type: SessionFilterInput, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.automationSession.findMany({ ...query, where: sessions.sessionWhere(ctx.principal, toSessionFilter(args.filter)), orderBy: sessions.sessionOrder }),
    totalCount: (_root, args, ctx) => ctx.prisma.automationSession.count({ where: sessions.sessionWhere(ctx.principal, toSessionFilter(args.filter)) }),
  }),
);

builder.queryField("sessionEvents", (t) =>
  t.withAuth({ authenticated: true }).prismaConnection({
    type: SessionEventNode,
    cursor: "id",
    defaultSize: 50,
    maxSize: sessions.PAGE_SIZE.max,
    description: "Events of your sessions (admins: everyone's), newest first",
    args: { filter: t.arg({ type: EventFilterInput, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.sessionEvent.findMany({ ...query, where: sessions.eventWhere(ctx.principal, toEventFilter(args.filter)), orderBy: sessions.eventOrder }),
    totalCount: (_root, args, ctx) => ctx.prisma.sessionEvent.count({ where: sessions.eventWhere(ctx.principal, toEventFilter(args.filter)) }),
  }),
);

builder.queryField("automationSession", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: SessionNode,
    nullable: true,
    description: "One of your sessions by global id or raw UUID (null when there is none)",
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.automationSession.findFirst({ ...query, where: { id: sessionId(args.id), ...sessions.sessionWhere(ctx.principal) } }),
  }),
);

// Numbered pages, for the legacy lists (seed 000's page / per_page); GraphQL clients page
// the connections above.
export const pageRule = z.number().int().min(1).max(1_000_000);
export const perPageRule = z.number().int().min(1).max(sessions.PAGE_SIZE.max);

interface PageOf<W> {
  where: W;
  page: number;
  perPage: number;
}

const SessionPage = builder.objectRef<PageOf<ReturnType<typeof sessions.sessionWhere>>>("AutomationSessionPage").implement({
  fields: (t) => ({
    page: t.exposeInt("page"),
    perPage: t.exposeInt("perPage"),
    total: t.int({ resolve: (p, _a, ctx) => ctx.prisma.automationSession.count({ where: p.where }) }),
    items: t.prismaField({
      type: [SessionNode],
      resolve: (query, p, _a, ctx) =>
        ctx.prisma.automationSession.findMany({ ...query, where: p.where, orderBy: sessions.sessionOrder, skip: (p.page - 1) * p.perPage, take: p.perPage }),
    }),
  }),
});
const EventPage = builder.objectRef<PageOf<ReturnType<typeof sessions.eventWhere>>>("SessionEventPage").implement({
  fields: (t) => ({
    page: t.exposeInt("page"),
    perPage: t.exposeInt("perPage"),
    total: t.int({ resolve: (p, _a, ctx) => ctx.prisma.sessionEvent.count({ where: p.where }) }),
    items: t.prismaField({
      type: [SessionEventNode],
      resolve: (query, p, _a, ctx) =>
        ctx.prisma.sessionEvent.findMany({ ...query, where: p.where, orderBy: sessions.eventOrder, skip: (p.page - 1) * p.perPage, take: p.perPage }),
    }),
  }),
});

builder.queryField("automationSessionPage", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: SessionPage,
    description: "A numbered page of your sessions (admins: everyone's), newest first",
    args: {
      page: t.arg.int({ defaultValue: 1, validate: { schema: pageRule } }),
      perPage: t.arg.int({ defaultValue: sessions.PAGE_SIZE.default, validate: { schema: perPageRule } }),
      filter: t.arg({ type: SessionFilterInput, required: false }),
    },
    resolve: (_root, args, ctx) => ({ where: sessions.sessionWhere(ctx.principal, toSessionFilter(args.filter)), page: args.page ?? 1, perPage: args.perPage ?? sessions.PAGE_SIZE.default }),
  }),
);
builder.queryField("sessionEventPage", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: EventPage,
    description: "A numbered page of your sessions' events (admins: everyone's), newest first",
    args: {
      page: t.arg.int({ defaultValue: 1, validate: { schema: pageRule } }),
      perPage: t.arg.int({ defaultValue: 50, validate: { schema: perPageRule } }),
      filter: t.arg({ type: EventFilterInput, required: false }),
    },
    resolve: (_root, args, ctx) => ({ where: sessions.eventWhere(ctx.principal, toEventFilter(args.filter)), page: args.page ?? 1, perPage: args.perPage ?? 50 }),
  }),
);

// ---- mutations ---------------------------------------------------------------------------

const RegisterSessionInput = builder.inputType("RegisterSessionInput", {
  fields: (t) => ({
    id: t.string({ required: false, description: "Your own UUID for the session; generated when absent", validate: { schema: sessions.sessionRules.id } }),
    profileId: t.string({ required: false, validate: { schema: sessions.sessionRules.profileId } }),
    device: t.string({ required: false, validate: { schema: sessions.sessionRules.device } }),
    targetUrl: t.string({ required: false, validate: { schema: sessions.sessionRules.targetUrl } }),
    proxy: t.string({ required: false, description: "ip:port of a proxy (pool or your own)", validate: { schema: sessions.sessionRules.proxy } }),
    leaseId: t.id({ required: false, description: "One of your leases: the session runs on its proxy" }),
    country: t.string({ required: false, validate: { schema: sessions.sessionRules.country } }),
  }),
});

builder.mutationField("registerSession", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: "AutomationSession",
    errors: raises(NotFoundError, ConflictError, RateLimitedError),
    description: "Registers a session; an id that exists is a ConflictError, a lease that is not yours a NotFoundError",
    args: { input: t.arg({ type: RegisterSessionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx, info) => {
      await rateLimit(ctx, info, {}, { max: ctx.config.sessions.registerPerMinute, window: "1m" });
      const row = await sessions.registerSession(ctx, ctx.principal, {
        ...input,
        leaseId: input.leaseId ? localId(String(input.leaseId), "Lease", "leaseId") : null,
      });
      return ctx.prisma.automationSession.findUniqueOrThrow({ ...query, where: { id: row.id } });
    },
  }),
);

const EndSessionInput = builder.inputType("EndSessionInput", {
  fields: (t) => ({
    id: t.id(),
    success: t.boolean(),
    durationSeconds: t.float({ required: false, validate: { schema: sessions.sessionRules.durationSeconds } }),
    error: t.string({ required: false, validate: { schema: sessions.sessionRules.error } }),
    releaseLease: t.boolean({ defaultValue: false, description: "Also release the lease the session was registered on" }),
  }),
});

const EndSessionPayload = builder.objectRef<{ id: string; leaseReleased: boolean }>("EndSessionPayload").implement({
  fields: (t) => ({
    session: t.prismaField({
      type: "AutomationSession",
      resolve: (query, p, _a, ctx) => ctx.prisma.automationSession.findUniqueOrThrow({ ...query, where: { id: p.id } }),
    }),
    leaseReleased: t.exposeBoolean("leaseReleased"),
  }),
});

builder.mutationField("endSession", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: EndSessionPayload,
    errors: raises(NotFoundError, ConflictError),
    description: "Ends an active session; an unknown session is a NotFoundError, an ended one a ConflictError",
    args: { input: t.arg({ type: EndSessionInput, required: true }) },
    resolve: (_root, { input }, ctx) => sessions.endSession(ctx, ctx.principal, { ...input, id: sessionId(String(input.id)) }),
  }),
);

const LogSessionEventInput = builder.inputType("LogSessionEventInput", {
  fields: (t) => ({
    sessionId: t.id(),
    type: t.field({ type: SessionEventTypeEnum }),
    details: t.field({ type: "JSON", required: false, description: `A JSON object, at most ${sessions.MAX_DETAILS_BYTES} bytes` }),
  }),
});

builder.mutationField("logSessionEvent", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: "SessionEvent",
    errors: raises(NotFoundError),
    description: "Logs an event on one of your sessions (block and captcha events count against its proxy's health)",
    args: { input: t.arg({ type: LogSessionEventInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const event = await sessions.logEvent(ctx, ctx.principal, {
        sessionId: sessionId(String(input.sessionId), "sessionId"),
        type: input.type,
        details: input.details,
      });
      // A mutation asking only for scalars needs no second read.
      return Object.keys(query).length ? ctx.prisma.sessionEvent.findUniqueOrThrow({ ...query, where: { id: event.id } }) : (event as never);
    },
  }),
);

