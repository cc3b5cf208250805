// Raising an event: one notification_deliveries row per active notifier subscribed to it,
// sent later by the delivery job (deliveries.job.ts), so a restart or a crash loses none.
// Never throws: notification is a side effect of the work that raised the event, so a
// failure to queue is logged and the caller carries on.
import type { Logger } from "pino";
import type { Db } from "../../db.js";
import type { PubSub } from "../../pubsub.js";
import { subscribes } from "./glob.js";
import type { EventCatalogue } from "./notifier-config.js";

export interface NotifyDeps {
  prisma: Db;
  /** Wakes the delivery jobs at once; without it they find the rows on their next poll. */
  pubsub?: Pick<PubSub, "publish">;
  log?: Logger;
  /** The event catalogue; an event missing from it is still queued, with a warning. */
  events?: EventCatalogue;
}

/** Queues `event` for every matching notifier; resolves (never rejects) once the rows are written. */
export async function notify(deps: NotifyDeps, event: string, data: Record<string, unknown>): Promise<void> {
  return notifyEach(deps, event, [data]);
}

/**
 * `notify` for many occurrences of one event at once (a validator batch that changed many
 * proxies' status): one read of the notifiers and one INSERT for all of them, instead of two
 * statements per occurrence.
 */
export async function notifyEach(deps: NotifyDeps, event: string, data: Record<string, unknown>[]): Promise<void> {
  if (data.length === 0) return;
  try {
    if (deps.events && !Object.hasOwn(deps.events, event)) {
      deps.log?.warn({ event }, "notify: event missing from the catalogue (declare it in its domain module's events)");
    }
    const notifiers = await deps.prisma.notifier.findMany({ where: { isActive: true }, select: { id: true, events: true } });
    const ids = notifiers.filter((n) => subscribes(event, n.events)).map((n) => n.id);
    if (ids.length === 0) return;
    // The timestamp is the event's: every attempt sends the same, identically signed body.
    const timestamp = new Date().toISOString();
    const payloads = data.map((d) => JSON.stringify({ event, timestamp, data: d }));
    // INSERT ... SELECT rather than createMany: a notifier deleted or deactivated meanwhile
    // is skipped instead of failing the whole batch on its foreign key.
    const count = await deps.prisma.$executeRaw`
      INSERT INTO notification_deliveries (id, event, notifier_id, payload)
      SELECT gen_random_uuid(), ${event}, n.id, p.payload::jsonb
      FROM unnest(${payloads}::text[]) WITH ORDINALITY AS p(payload, i), notifiers n
      WHERE n.id = ANY(${ids}::uuid[]) AND n.is_active
      ORDER BY p.i`;
    if (count > 0) await deps.pubsub?.publish("notifications:queued", { event, count });
  } catch (err) {
    deps.log?.error({ err, event }, "queueing notifications failed");
  }
}
