// Sending queued deliveries. A delivery is claimed by one statement (FOR UPDATE SKIP LOCKED,
// `claimed_until` set, `attempts` counted), sent once, then marked DELIVERED or rescheduled
// with backoff (FAILED after MAX_DELIVERY_ATTEMPTS). Every outcome is written only while the
// claim is still ours (`attempts` unchanged), so two nodes never both record one delivery,
// and a node that dies mid-send leaves a claim that lapses and is retried. Sending is
// at-least-once across a lapsed claim: receivers de-duplicate on X-Switchyard-Delivery.
// Times come from the database clock. No GraphQL imports.
import type { Logger } from "pino";
import type { Db } from "../../db.js";
import { ConflictError, NotFoundError } from "../../errors.js";
import type { OutboundGuard } from "../../http/outbound.js";
import type { PubSub } from "../../pubsub.js";
import { parseConfig, parseKind, type SmtpConfig, type WebhookConfig } from "./notifier-config.js";
import { deliverMail } from "./smtp.js";
import { DeliveryError, deliverWebhook } from "./webhook.js";

/** Pause after the n-th failed attempt (the last entry repeats). */
export const DELIVERY_BACKOFF_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;
/** Attempts before a delivery is FAILED (about 8.6 hours of retries). */
export const MAX_DELIVERY_ATTEMPTS = 7;
/** Time limit of one attempt. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** A claim outlives any attempt (SMTP timeouts are per phase), so it lapses only when its node died. */
export const DELIVERY_CLAIM_MS = 120_000;

export const retryDelayMs = (attempts: number) => DELIVERY_BACKOFF_MS[Math.min(Math.max(attempts, 1), DELIVERY_BACKOFF_MS.length) - 1]!;

export interface ClaimedDelivery {
  id: string;
  event: string;
  notifierId: string;
  payload: { event: string; timestamp: string; data: unknown };
  /** Attempts including this one; also the claim's token. */
  attempts: number;
  kind: string;
  config: unknown;
  isActive: boolean;
}

export interface DeliveryDeps {
  prisma: Db;
  outbound: OutboundGuard;
  log?: Logger;
  /** Announces each recorded outcome (`deliveryUpdated`); without it nobody hears them live. */
  pubsub?: Pick<PubSub, "publish">;
}

/**
 * Claims up to `limit` due deliveries (with their notifier's settings) in one statement.
 * `nodeId` is recorded on the claims (claimed_by), so a cluster rebalance can hand back those
 * of a departed node.
 */
export async function claimDeliveries(prisma: Db, limit: number, nodeId: string | null = null): Promise<ClaimedDelivery[]> {
  const rows = await prisma.$queryRaw<ClaimedDelivery[]>`
    UPDATE notification_deliveries d
    SET claimed_until = now() + ${DELIVERY_CLAIM_MS}::int * interval '1 millisecond', claimed_by = ${nodeId}, attempts = d.attempts + 1
    FROM (SELECT id FROM notification_deliveries
          WHERE status = 'PENDING' AND next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
          ORDER BY next_attempt_at LIMIT ${limit}
          FOR UPDATE SKIP LOCKED) due, notifiers n
    WHERE d.id = due.id AND n.id = d.notifier_id
    RETURNING d.id::text AS id, d.event, d.notifier_id::text AS "notifierId", d.payload, d.attempts,
              n.kind, n.config, n.is_active AS "isActive"`;
  // Drivers differ on whether json columns of raw queries arrive parsed.
  const json = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);
  return rows.map((r) => ({ ...r, payload: json(r.payload), config: json(r.config), attempts: Number(r.attempts) }));
}

type Outcome = { ok: true } | { ok: false; error: string; permanent: boolean };

/** Sends one claimed delivery and records the outcome on it and on its notifier. */
export async function deliver(deps: DeliveryDeps, row: ClaimedDelivery, signal?: AbortSignal): Promise<Outcome> {
  const outcome = await send(deps, row, signal);
  if (!outcome.ok && signal?.aborted) {
    // Stopping, not failing: hand the delivery back at once without spending an attempt.
    await deps.prisma.$executeRaw`
      UPDATE notification_deliveries SET claimed_until = NULL, claimed_by = NULL, attempts = attempts - 1
      WHERE id = ${row.id}::uuid AND status = 'PENDING' AND attempts = ${row.attempts}`;
    return outcome;
  }
  const status = await record(deps.prisma, row, outcome);
  if (!status) {
    deps.log?.warn({ deliveryId: row.id, event: row.event }, "delivery outcome discarded: its claim lapsed and it was claimed again");
    return outcome;
  }
  await deps.pubsub?.publish("notifications:delivery", { deliveryId: row.id, notifierId: row.notifierId, status });
  if (outcome.ok) {
    await deps.prisma.notifier.updateMany({ where: { id: row.notifierId, lastError: { not: null } }, data: { lastError: null, lastErrorAt: null } });
  } else if (row.isActive) {
    deps.log?.warn({ deliveryId: row.id, event: row.event, attempt: row.attempts, err: outcome.error }, "notification delivery failed");
    await deps.prisma.notifier.updateMany({ where: { id: row.notifierId }, data: { lastError: outcome.error, lastErrorAt: new Date() } });
  }
  return outcome;
}

async function send(deps: DeliveryDeps, row: ClaimedDelivery, signal?: AbortSignal): Promise<Outcome> {
  // Deactivated after the event was queued: the admin asked for silence (retryDelivery resends).
  if (!row.isActive) return { ok: false, error: "notifier is inactive", permanent: true };
  try {
    const kind = parseKind(row.kind);
    const config = parseConfig(kind, row.config);
    const req = { deliveryId: row.id, event: row.event, payload: row.payload, timeoutMs: DELIVERY_TIMEOUT_MS, signal };
    if (kind === "webhook") await deliverWebhook(deps.outbound, config as WebhookConfig, req);
    else await deliverMail(deps.outbound, config as SmtpConfig, req);
    return { ok: true };
  } catch (err) {
    const error = ((err as Error).message || String(err)).slice(0, 1000);
    // A stored config that no longer parses will not parse on the next attempt either.
    return { ok: false, error, permanent: !(err instanceof DeliveryError) || err.permanent };
  }
}

/** Writes the outcome while the claim is ours and returns the status written; null when it lapsed and was taken again. */
async function record(prisma: Db, row: ClaimedDelivery, outcome: Outcome): Promise<"PENDING" | "DELIVERED" | "FAILED" | null> {
  const mine = { id: row.id, attempts: row.attempts };
  let count: number;
  let status: "PENDING" | "DELIVERED" | "FAILED" = "PENDING";
  if (outcome.ok) {
    status = "DELIVERED";
    count = await prisma.$executeRaw`
      UPDATE notification_deliveries SET status = 'DELIVERED', delivered_at = now(), claimed_until = NULL, claimed_by = NULL, last_error = NULL
      WHERE id = ${mine.id}::uuid AND status = 'PENDING' AND attempts = ${mine.attempts}`;
  } else if (outcome.permanent || row.attempts >= MAX_DELIVERY_ATTEMPTS) {
    status = "FAILED";
    count = await prisma.$executeRaw`
      UPDATE notification_deliveries SET status = 'FAILED', claimed_until = NULL, claimed_by = NULL, last_error = ${outcome.error}
      WHERE id = ${mine.id}::uuid AND status = 'PENDING' AND attempts = ${mine.attempts}`;
  } else {
    count = await prisma.$executeRaw`
      UPDATE notification_deliveries
      SET next_attempt_at = now() + ${retryDelayMs(row.attempts)}::int * interval '1 millisecond', claimed_until = NULL, claimed_by = NULL, last_error = ${outcome.error}
      WHERE id = ${mine.id}::uuid AND status = 'PENDING' AND attempts = ${mine.attempts}`;
  }
  return count === 1 ? status : null;
}

/** Puts a FAILED delivery back in the queue with a fresh series of attempts (admins). */
export async function retryDelivery(deps: { prisma: Db; pubsub?: Pick<PubSub, "publish"> }, id: string): Promise<string> {
  const [row] = await deps.prisma.$queryRaw<{ event: string; notifierId: string }[]>`
    UPDATE notification_deliveries SET status = 'PENDING', attempts = 0, next_attempt_at = now(), claimed_until = NULL, claimed_by = NULL
    WHERE id = ${id}::uuid AND status = 'FAILED'
    RETURNING event, notifier_id::text AS "notifierId"`;
  if (!row) {
    const current = await deps.prisma.notificationDelivery.findUnique({ where: { id }, select: { status: true } });
    if (!current) throw new NotFoundError("Delivery", id);
    throw new ConflictError(`Only a FAILED delivery can be retried (this one is ${current.status})`, { status: current.status });
  }
  await deps.pubsub?.publish("notifications:queued", { event: row.event, count: 1 });
  await deps.pubsub?.publish("notifications:delivery", { deliveryId: id, notifierId: row.notifierId, status: "PENDING" });
  return id;
}
