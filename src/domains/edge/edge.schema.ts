// GraphQL types and root fields of vhosts and backends (admins only). Lists are Relay
// connections with an `offset` for page-style access (seed 001's `page`), sortable by a
// whitelisted key.
import { builder } from "../../graphql/builder.js";
import type { Context } from "../../graphql/context.js";
import { raises } from "../../graphql/errors.js";
import { localId } from "../../graphql/ids.js";
import { visibleTo } from "../../graphql/ownership.js";
import { ConflictError, NotFoundError } from "../../errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import * as edge from "./edge.service.js";
import { inRotation } from "./router.js";

const deps = (ctx: Context): edge.EdgeDeps => ctx;
const vhostId = (id: string | number) => localId(id, "Vhost");

export const PAGE_SIZE = { default: 20, max: 100 };

export const BackendHealthEnum = builder.enumType("BackendHealth", {
  values: { UNKNOWN: { description: "Not checked since creation or restart" }, HEALTHY: {}, UNHEALTHY: {} } as const,
});
export const BackendStatusEnum = builder.enumType("BackendStatus", {
  description: "RUNNING: in rotation unless unhealthy. STOPPED: taken out by `stop` (no process is managed).",
  values: ["RUNNING", "STOPPED"] as const,
});
export const SortOrderEnum = builder.enumType("EdgeSortOrder", { values: ["ASC", "DESC"] as const });

export const BackendNode = builder.prismaNode("Backend", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("admin"),
  fields: (t) => ({
    name: t.exposeString("name"),
    target: t.exposeString("target", { description: "Requests are forwarded to this origin (and base path)" }),
    healthCheckPath: t.exposeString("healthCheckPath"),
    healthCheckInterval: t.exposeInt("healthCheckInterval", { description: "Seconds between active checks" }),
    status: t.field({ type: BackendStatusEnum, select: { stopped: true }, resolve: (b) => (b.stopped ? "STOPPED" : "RUNNING") }),
    health: t.expose("health", { type: BackendHealthEnum }),
    inRotation: t.boolean({ description: "Whether proxied requests may go to it now", select: { stopped: true, health: true }, resolve: (b) => inRotation(b) }),
    checksPassed: t.exposeInt("checksPassed"),
    checksFailed: t.exposeInt("checksFailed"),
    lastCheckAt: t.expose("lastCheckAt", { type: "DateTime", nullable: true }),
    lastResponseMs: t.exposeInt("lastResponseMs", { nullable: true }),
    lastStatusCode: t.exposeInt("lastStatusCode", { nullable: true }),
    lastError: t.exposeString("lastError", { nullable: true }),
    restarts: t.exposeInt("restarts", { description: "Times `restart` reset its state" }),
    startedAt: t.expose("startedAt", { type: "DateTime", description: "Last start or restart" }),
    uptimeSeconds: t.int({
      description: "Seconds since the last start or restart; 0 while stopped",
      select: { stopped: true, startedAt: true },
      resolve: (b) => (b.stopped ? 0 : Math.max(0, Math.floor((Date.now() - b.startedAt.getTime()) / 1000))),
    }),
    vhostCount: t.relationCount("vhosts"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const VhostNode = builder.prismaNode("Vhost", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("admin"),
  fields: (t) => ({
    domains: t.stringList({
      select: { domains: { select: { domain: true }, orderBy: { position: "asc" } } },
      resolve: (v) => v.domains.map((d) => d.domain),
    }),
    priority: t.exposeInt("priority", { description: "Among vhosts matching a host, the highest serves (exact domains before wildcards)" }),
    tls: t.exposeBoolean("tls", { description: "A flag only: TLS terminates in front of switchyard" }),
    backend: t.relation("backend"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const VhostSortEnum = builder.enumType("VhostSort", { values: ["PRIORITY", "CREATED"] as const });
const BackendSortEnum = builder.enumType("BackendSort", { values: ["NAME", "CREATED", "HEALTH", "RESPONSE_TIME"] as const });

const dir = (order?: "ASC" | "DESC" | null) => (order === "ASC" ? "asc" : "desc") as Prisma.SortOrder;
const vhostOrder = (sort: string | null | undefined, order: Prisma.SortOrder): Prisma.VhostOrderByWithRelationInput[] =>
  sort === "CREATED" ? [{ createdAt: order }, { id: order }] : [{ priority: order }, { createdAt: "asc" }, { id: "asc" }];
const backendOrder = (sort: string | null | undefined, order: Prisma.SortOrder): Prisma.BackendOrderByWithRelationInput[] => {
  const key: Prisma.BackendOrderByWithRelationInput =
    sort === "CREATED" ? { createdAt: order } : sort === "HEALTH" ? { health: order } : sort === "RESPONSE_TIME" ? { lastResponseMs: { sort: order, nulls: "last" } } : { name: order };
  return [key, { id: "asc" }];
};

const backendWhere = (args: { status?: "RUNNING" | "STOPPED" | null; health?: "UNKNOWN" | "HEALTHY" | "UNHEALTHY" | null }): Prisma.BackendWhereInput => ({
  ...(args.status && { stopped: args.status === "STOPPED" }),
  ...(args.health && { health: args.health }),
});

builder.queryField("vhosts", (t) =>
  t.withAuth({ admin: true }).prismaConnection({
    type: "Vhost",
    cursor: "id",
    description: "Virtual hosts, by priority (highest first) unless sorted otherwise",
    maxSize: PAGE_SIZE.max,
    defaultSize: PAGE_SIZE.default,
    args: {
      offset: t.arg.int({ required: false, description: "Rows to skip before the page (page-style access)", validate: { min: 0, max: 100_000_000 } }),
      sort: t.arg({ type: VhostSortEnum, required: false }),
      order: t.arg({ type: SortOrderEnum, required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.vhost.findMany({ ...query, skip: (query.skip ?? 0) + (args.offset ?? 0), orderBy: vhostOrder(args.sort, dir(args.order)) }),
    totalCount: (_root, _args, ctx) => ctx.prisma.vhost.count(),
  }),
);

builder.queryField("backends", (t) =>
  t.withAuth({ admin: true }).prismaConnection({
    type: "Backend",
    cursor: "id",
    description: "Reverse-proxy backends, by name unless sorted otherwise",
    maxSize: PAGE_SIZE.max,
    defaultSize: PAGE_SIZE.default,
    args: {
      offset: t.arg.int({ required: false, validate: { min: 0, max: 100_000_000 } }),
      status: t.arg({ type: BackendStatusEnum, required: false }),
      health: t.arg({ type: BackendHealthEnum, required: false }),
      sort: t.arg({ type: BackendSortEnum, required: false }),
      order: t.arg({ type: SortOrderEnum, required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.backend.findMany({
        ...query,
        skip: (query.skip ?? 0) + (args.offset ?? 0),
        where: backendWhere(args),
        orderBy: backendOrder(args.sort, args.order ? dir(args.order) : "asc"),
      }),
    totalCount: (_root, args, ctx) => ctx.prisma.backend.count({ where: backendWhere(args) }),
  }),
);

builder.queryField("backend", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "Backend",
    nullable: true,
    args: { name: t.arg.string({ validate: { maxLength: 63 } }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.backend.findUnique({ ...query, where: { name: args.name } }),
  }),
);

const CreateBackendInput = builder.inputType("CreateBackendInput", {
  fields: (f) => ({
    name: f.string({ validate: { maxLength: 63 } }),
    target: f.string({ description: "http(s) URL; literal addresses must pass OUTBOUND_ALLOW", validate: { maxLength: 2048 } }),
    healthCheckPath: f.string({ required: false, description: 'Default "/"', validate: { maxLength: 512 } }),
    healthCheckInterval: f.int({ required: false, description: "Seconds, default 10" }),
  }),
});

builder.mutationField("createBackend", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "Backend",
    errors: raises(ConflictError),
    args: { input: t.arg({ type: CreateBackendInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const b = await edge.createBackend(deps(ctx), input);
      return ctx.prisma.backend.findUniqueOrThrow({ ...query, where: { id: b.id } });
    },
  }),
);

const DeleteBackendPayload = builder.objectRef<{ id: string }>("DeleteBackendPayload").implement({
  fields: (t) => ({ deletedBackendId: t.globalID({ resolve: (p) => ({ type: "Backend", id: p.id }) }) }),
});

builder.mutationField("deleteBackend", (t) =>
  t.withAuth({ admin: true }).field({
    type: DeleteBackendPayload,
    errors: raises(NotFoundError, ConflictError),
    description: "Deletes a backend no vhost uses (409 otherwise)",
    args: { name: t.arg.string({ validate: { maxLength: 63 } }) },
    resolve: async (_root, args, ctx) => ({ id: await edge.deleteBackend(deps(ctx), args.name) }),
  }),
);

const BackendActionEnum = builder.enumType("BackendAction", {
  description: "STOP takes the backend out of rotation, START puts it back, RESTART also resets its health state",
  values: ["STOP", "START", "RESTART"] as const,
});

builder.mutationField("controlBackend", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "Backend",
    errors: raises(NotFoundError),
    args: { name: t.arg.string({ validate: { maxLength: 63 } }), action: t.arg({ type: BackendActionEnum, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const b = await edge.controlBackend(deps(ctx), args.name, args.action);
      return ctx.prisma.backend.findUniqueOrThrow({ ...query, where: { id: b.id } });
    },
  }),
);

const VhostBackendInput = builder.inputType("VhostBackendInput", {
  description: "Either an existing backend's name, or a target: the backend with that target is reused, or one is created",
  fields: (f) => ({
    name: f.string({ required: false, validate: { maxLength: 63 } }),
    target: f.string({ required: false, validate: { maxLength: 2048 } }),
  }),
});

const CreateVhostInput = builder.inputType("CreateVhostInput", {
  fields: (f) => ({
    domains: f.stringList({ validate: { maxLength: 50, items: { maxLength: 253 } } }),
    priority: f.int({ required: false, description: "Default 100" }),
    tls: f.boolean({ required: false }),
    backend: f.field({ type: VhostBackendInput, required: true }),
  }),
});
const UpdateVhostInput = builder.inputType("UpdateVhostInput", {
  fields: (f) => ({
    id: f.id(),
    domains: f.stringList({ required: false, description: "Replaces the list", validate: { maxLength: 50, items: { maxLength: 253 } } }),
    priority: f.int({ required: false }),
    tls: f.boolean({ required: false }),
    backend: f.field({ type: VhostBackendInput, required: false }),
  }),
});

type VhostArgs = { domains?: string[] | null; priority?: number | null; tls?: boolean | null; backend?: { name?: string | null; target?: string | null } | null };
const toVhostInput = (i: VhostArgs) => ({
  domains: i.domains ?? undefined,
  priority: i.priority,
  tls: i.tls,
  backendName: i.backend?.name,
  backendTarget: i.backend?.name == null ? i.backend?.target : undefined,
});

builder.mutationField("createVhost", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "Vhost",
    errors: raises(ConflictError),
    description: "Adds a vhost; a domain served by another vhost is a conflict",
    args: { input: t.arg({ type: CreateVhostInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const v = await edge.createVhost(deps(ctx), { ...toVhostInput(input), domains: input.domains });
      return ctx.prisma.vhost.findUniqueOrThrow({ ...query, where: { id: v.id } });
    },
  }),
);

builder.mutationField("updateVhost", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "Vhost",
    errors: raises(NotFoundError, ConflictError),
    description: "Changes the given fields; `domains` replaces the list",
    args: { input: t.arg({ type: UpdateVhostInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const v = await edge.updateVhost(deps(ctx), vhostId(input.id), toVhostInput(input));
      return ctx.prisma.vhost.findUniqueOrThrow({ ...query, where: { id: v.id } });
    },
  }),
);

const DeleteVhostPayload = builder.objectRef<{ id: string }>("DeleteVhostPayload").implement({
  fields: (t) => ({ deletedVhostId: t.globalID({ resolve: (p) => ({ type: "Vhost", id: p.id }) }) }),
});

builder.mutationField("deleteVhost", (t) =>
  t.withAuth({ admin: true }).field({
    type: DeleteVhostPayload,
    errors: raises(NotFoundError),
    description: "Deletes a vhost; its backend stays",
    args: { id: t.arg.id() },
    resolve: async (_root, args, ctx) => ({ id: await edge.deleteVhost(deps(ctx), vhostId(args.id)) }),
  }),
);
