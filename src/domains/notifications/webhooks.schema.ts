// Webhooks in GraphQL (seed 001's /api/v1/webhooks): webhook notifiers as a paginated list,
// registered by URL, event globs and secret, deleted by id. Admins only.
import { builder } from "../../graphql/builder.js";
import { raises } from "../../graphql/errors.js";
import { localId } from "../../graphql/ids.js";
import { NotFoundError } from "../../errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import * as webhooks from "./webhooks.service.js";

builder.prismaObjectField("Notifier", "url", (t) =>
  t.string({
    nullable: true,
    description: "A webhook's URL (null for other kinds)",
    select: { config: true, kind: true },
    resolve: (n) => (n.kind === "webhook" ? String((n.config as { url?: string }).url ?? "") : null),
  }),
);

const WebhookSortEnum = builder.enumType("WebhookSort", { values: ["CREATED", "NAME"] as const });
const WebhookOrderEnum = builder.enumType("WebhookOrder", { values: ["ASC", "DESC"] as const });

const where = (active?: boolean | null): Prisma.NotifierWhereInput => ({ kind: "webhook", ...(active != null && { isActive: active }) });

builder.queryField("webhooks", (t) =>
  t.withAuth({ admin: true }).prismaConnection({
    type: "Notifier",
    cursor: "id",
    description: "Webhook notifiers, newest first unless sorted otherwise",
    maxSize: 100,
    defaultSize: 20,
    args: {
      offset: t.arg.int({ required: false, validate: { min: 0, max: 100_000_000 } }),
      active: t.arg.boolean({ required: false }),
      sort: t.arg({ type: WebhookSortEnum, required: false }),
      order: t.arg({ type: WebhookOrderEnum, required: false }),
    },
    resolve: (query, _r, args, ctx) => {
      const dir = args.order === "ASC" ? "asc" : "desc";
      return ctx.prisma.notifier.findMany({
        ...query,
        skip: (query.skip ?? 0) + (args.offset ?? 0),
        where: where(args.active),
        orderBy: [args.sort === "NAME" ? { name: dir } : { createdAt: dir }, { id: dir }],
      });
    },
    totalCount: (_r, args, ctx) => ctx.prisma.notifier.count({ where: where(args.active) }),
  }),
);

builder.mutationField("createWebhook", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "Notifier",
    errors: raises(),
    description: "Registers a webhook: a JSON POST per event matching a glob, signed `sha256=<HMAC>` in X-Switchyard-Signature and in the body's `signature`",
    args: {
      input: t.arg({
        type: builder.inputType("CreateWebhookInput", {
          fields: (f) => ({
            url: f.string({ validate: { maxLength: 2048 } }),
            events: f.stringList({ validate: { maxLength: 50, items: { maxLength: 100 } } }),
            secret: f.string({ description: "16 to 512 characters; never shown again", validate: { maxLength: 512 } }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (query, _r, { input }, ctx) => {
      const n = await webhooks.createWebhook(ctx.prisma, ctx.events, input);
      return ctx.prisma.notifier.findUniqueOrThrow({ ...query, where: { id: n.id } });
    },
  }),
);

const DeleteWebhookPayload = builder.objectRef<{ id: string }>("DeleteWebhookPayload").implement({
  fields: (t) => ({ deletedId: t.id({ resolve: (p) => p.id }) }),
});

builder.mutationField("deleteWebhook", (t) =>
  t.withAuth({ admin: true }).field({
    type: DeleteWebhookPayload,
    errors: raises(NotFoundError),
    args: { id: t.arg.id() },
    resolve: async (_r, args, ctx) => ({ id: await webhooks.deleteWebhook(ctx.prisma, localId(String(args.id), "Notifier")) }),
  }),
);
