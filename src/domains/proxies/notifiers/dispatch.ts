// Event dispatch: find the active notifiers subscribed to an event and deliver to each.
// Never throws: notification is a side effect of the work that raised the event, so a
// failing notifier is recorded on its row (lastError/lastErrorAt; a later success clears
// it, which is what "healthy" means) and logged, and the caller carries on.
import type { Logger } from "pino";
import { NOTIFY_DEFAULTS } from "../../../config.js";
import type { Db } from "../../../db.js";
import type { OutboundGuard } from "../../../http/outbound.js";
import { parseConfig, parseKind, type NotifierEvent, type SmtpConfig, type WebhookConfig } from "./config.js";
import { subscribes } from "./glob.js";
import { deliverMail } from "./smtp.js";
import { deliverWebhook, type WebhookOptions } from "./webhook.js";

export interface NotifyDeps {
  prisma: Db;
  outbound: OutboundGuard;
  log?: Logger;
  webhook?: WebhookOptions;
}

/** Delivers `event` to every matching notifier; resolves (never rejects) once all are done. */
export async function notify(deps: NotifyDeps, event: NotifierEvent, data: Record<string, unknown>): Promise<void> {
  try {
    const notifiers = await deps.prisma.notifier.findMany({ where: { isActive: true } });
    const payload = { event, timestamp: new Date().toISOString(), data };
    await Promise.all(
      notifiers.filter((n) => subscribes(event, n.events)).map(async (n) => {
        try {
          const kind = parseKind(n.kind);
          const config = parseConfig(kind, n.config);
          if (kind === "webhook") await deliverWebhook(deps.outbound, config as WebhookConfig, payload, deps.webhook);
          else await deliverMail(deps.outbound, config as SmtpConfig, payload);
          if (n.lastError !== null) await deps.prisma.notifier.update({ where: { id: n.id }, data: { lastError: null, lastErrorAt: null } });
        } catch (err) {
          const message = (err as Error).message.slice(0, 1000) || String(err);
          deps.log?.warn({ err, notifier: n.name, event }, "notifier delivery failed");
          await deps.prisma.notifier
            .update({ where: { id: n.id }, data: { lastError: message, lastErrorAt: new Date() } })
            .catch(() => {}); // the notifier may have been deleted meanwhile
        }
      }),
    );
  } catch (err) {
    deps.log?.error({ err, event }, "notifier dispatch failed");
  }
}

const POOL_LOW_INTERVAL_MS = 10 * 60_000;
const lastPoolCheck = new WeakMap<object, number>();

/**
 * Raises `proxy.pool_low` when the active count is under `threshold`, at most once per
 * 10 minutes per node (keyed by the Prisma client, so two nodes in one process stay apart).
 */
export async function checkPoolLow(deps: NotifyDeps, threshold = NOTIFY_DEFAULTS.poolLowThreshold, now = Date.now()): Promise<void> {
  const last = lastPoolCheck.get(deps.prisma) ?? 0;
  if (now - last < POOL_LOW_INTERVAL_MS) return;
  lastPoolCheck.set(deps.prisma, now);
  try {
    const active = await deps.prisma.proxy.count({ where: { status: "ACTIVE" } });
    if (active < threshold) await notify(deps, "proxy.pool_low", { activeProxies: active, threshold });
  } catch (err) {
    deps.log?.warn({ err }, "pool_low check failed");
  }
}
