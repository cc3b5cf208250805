// Deliveries in GraphQL (admins: a Notifier's `deliveries`, `node`, `retryDelivery`, the
// `deliveryUpdated` subscription) and the event catalogue (`notificationEvents`).
import { Repeater } from "graphql-yoga";
import { SHARED_STREAM } from "../../graphql/shared-streams.js";
import { builder } from "../../graphql/builder.js";
import { raises } from "../../graphql/errors.js";
import { localId } from "../../graphql/ids.js";
import { visibleTo } from "../../graphql/ownership.js";
import { ConflictError, NotFoundError } from "../../errors.js";
import { DeliveryStatus } from "../../generated/prisma/client.js";
import type { Topics } from "../../pubsub.js";
import { retryDelivery } from "./deliveries.service.js";

export const DeliveryStatusEnum = builder.enumType(DeliveryStatus, {
  name: "DeliveryStatus",
  description: "PENDING: queued or waiting for a retry; DELIVERED: accepted by the receiver; FAILED: out of attempts or refused for good",
});

builder.prismaNode("NotificationDelivery", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("admin"),
  description: "One event sent to one notifier. Webhooks carry its id in X-Switchyard-Delivery (the same on every attempt).",
  fields: (t) => ({
    event: t.exposeString("event"),
    status: t.expose("status", { type: DeliveryStatusEnum }),
    attempts: t.exposeInt("attempts", { description: "Attempts made so far" }),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime", description: "When a PENDING delivery is tried next" }),
    lastError: t.exposeString("lastError", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true }),
    payload: t.expose("payload", { type: "JSON", description: "The body sent: { event, timestamp, data }" }),
    notifier: t.relation("notifier"),
  }),
});

builder.prismaObjectField("Notifier", "deliveries", (t) =>
  t.relatedConnection("deliveries", {
    cursor: "id",
    totalCount: true,
    description: "This notifier's deliveries, newest first",
    args: { status: t.arg({ type: DeliveryStatusEnum, required: false }) },
    query: (args) => ({
      where: args.status ? { status: args.status } : {},
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
  }),
);

const NotificationEventRef = builder.objectRef<{ name: string; description: string }>("NotificationEvent").implement({
  description: "An event notifiers can subscribe to (declared by the domain that raises it)",
  fields: (t) => ({ name: t.exposeString("name"), description: t.exposeString("description") }),
});

// Signed-in callers, not only admins: the catalogue is documentation (like the schema) and
// names no data, and user-facing webhook registrations (seed 001) will subscribe from it too.
builder.queryField("notificationEvents", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [NotificationEventRef],
    description: "The event catalogue, by name; notifier event globs must match at least one",
    resolve: (_r, _a, ctx) =>
      Object.entries(ctx.events)
        .map(([name, description]) => ({ name, description }))
        .sort((a, b) => (a.name < b.name ? -1 : 1)),
  }),
);

builder.mutationField("retryDelivery", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "NotificationDelivery",
    errors: raises(NotFoundError, ConflictError),
    description: "Queues a FAILED delivery again with a fresh series of attempts",
    args: { input: t.arg({ type: builder.inputType("RetryDeliveryInput", { fields: (f) => ({ id: f.id({ required: true }) }) }), required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await retryDelivery(ctx, localId(String(input.id), "NotificationDelivery"));
      return ctx.prisma.notificationDelivery.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

type DeliveryEvent = Topics["notifications:delivery"][0];

builder.subscriptionField("deliveryUpdated", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "NotificationDelivery",
    nullable: true,
    extensions: { [SHARED_STREAM]: true },
    description:
      "A delivery was attempted (delivered, rescheduled after a failure, or failed for good) or queued again by retryDelivery, on any node. " +
      "New deliveries show with their first attempt.",
    args: { notifierId: t.arg.id({ required: false, description: "Only this notifier's deliveries" }) },
    subscribe: (_root, args, ctx) => {
      const notifier = args.notifierId == null ? null : localId(String(args.notifierId), "Notifier", "notifierId");
      return new Repeater<DeliveryEvent>(async (push, stop) => {
        const source = ctx.pubsub.subscribe("notifications:delivery");
        void (async () => {
          try {
            for await (const e of source) if (notifier === null || e.notifierId === notifier) await push(e);
          } finally {
            stop();
          }
        })();
        await stop;
        await source.return?.();
      });
    },
    // Null when the delivery (or its notifier) was deleted meanwhile.
    resolve: (query, e: DeliveryEvent, _args, ctx) => ctx.prisma.notificationDelivery.findUnique({ ...query, where: { id: e.deliveryId } }),
  }),
);
