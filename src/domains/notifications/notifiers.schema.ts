// Notifiers in GraphQL: admins create, change, delete and list them. Secrets in the config
// are never read back (redacted), and a non-admin resolving a Notifier id gets null.
import { localId } from "../../graphql/ids.js";
import { builder } from "../../graphql/builder.js";
import { raises } from "../../graphql/errors.js";
import { visibleTo } from "../../graphql/ownership.js";
import { NotFoundError } from "../../errors.js";
import { redact } from "./notifier-config.js";
import * as notifiers from "./notifiers.service.js";

const notifierId = (id: string | number) => localId(id, "Notifier");

export const NotifierNode = builder.prismaNode("Notifier", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("admin"),
  fields: (t) => ({
    kind: t.exposeString("kind"),
    name: t.exposeString("name"),
    config: t.field({ type: "JSON", description: "Settings with secrets shown as ***", resolve: (n) => redact(n.config) }),
    events: t.exposeStringList("events"),
    isActive: t.exposeBoolean("isActive"),
    healthy: t.boolean({ resolve: (n) => n.lastError === null }),
    lastError: t.exposeString("lastError", { nullable: true }),
    lastErrorAt: t.expose("lastErrorAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const CreateNotifierInput = builder.inputType("CreateNotifierInput", {
  fields: (t) => ({
    kind: t.string({ required: true, description: '"webhook" {url, secret} or "smtp" {host, port, secure, from, to[], user?, pass?}' }),
    name: t.string({ required: true }),
    config: t.field({ type: "JSON", required: true }),
    events: t.stringList({ required: true, description: 'Event globs, e.g. "credits.*" or "*"; each must match an event of notificationEvents' }),
    isActive: t.boolean({ required: false }),
  }),
});

const UpdateNotifierInput = builder.inputType("UpdateNotifierInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ required: false }),
    config: t.field({ type: "JSON", required: false, description: "Replaces the whole config (validated for the notifier's kind)" }),
    events: t.stringList({ required: false }),
    isActive: t.boolean({ required: false }),
  }),
});

builder.queryField("notifiers", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: ["Notifier"],
    resolve: (query, _r, _a, ctx) => ctx.prisma.notifier.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
);

builder.mutationField("createNotifier", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "Notifier",
    errors: raises(),
    args: { input: t.arg({ type: CreateNotifierInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const n = await notifiers.createNotifier(ctx.prisma, ctx.events, input);
      return ctx.prisma.notifier.findUniqueOrThrow({ ...query, where: { id: n.id } });
    },
  }),
);

builder.mutationField("updateNotifier", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "Notifier",
    errors: raises(NotFoundError),
    args: { input: t.arg({ type: UpdateNotifierInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id, ...patch } = input;
      const n = await notifiers.updateNotifier(ctx.prisma, ctx.events, notifierId(String(id)), patch);
      return ctx.prisma.notifier.findUniqueOrThrow({ ...query, where: { id: n.id } });
    },
  }),
);

const DeleteNotifierPayload = builder.objectRef<{ id: string }>("DeleteNotifierPayload").implement({
  fields: (t) => ({ deletedId: t.id({ resolve: (p) => p.id }) }),
});

builder.mutationField("deleteNotifier", (t) =>
  t.withAuth({ admin: true }).field({
    type: DeleteNotifierPayload,
    errors: raises(NotFoundError),
    args: { input: t.arg({ type: builder.inputType("DeleteNotifierInput", { fields: (f) => ({ id: f.id({ required: true }) }) }), required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await notifiers.deleteNotifier(ctx.prisma, notifierId(String(input.id))) }),
  }),
);
