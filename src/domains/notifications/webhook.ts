// Webhook delivery: one JSON POST signed with HMAC-SHA256 of the exact body bytes. Retries
// are the delivery job's (one attempt per claim, with backoff between them), so a restart
// loses none. The URL is admin-named, so it goes through the outbound guard like every
// user-named destination.
import { createHmac } from "node:crypto";
import type { OutboundGuard } from "../../http/outbound.js";
import type { WebhookConfig } from "./notifier-config.js";

export const SIGNATURE_HEADER = "X-Switchyard-Signature";
/** The delivery's id, the same on every attempt: receivers de-duplicate on it. */
export const DELIVERY_HEADER = "X-Switchyard-Delivery";
export const EVENT_HEADER = "X-Switchyard-Event";

export const sign = (body: string, secret: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

/** A failed attempt; `permanent` ones are not retried (another attempt would fail the same way). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface WebhookRequest {
  deliveryId: string;
  event: string;
  payload: unknown;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * The body sent. With `signatureInBody` (webhooks registered through seed 001's
 * /api/v1/webhooks) the payload gains a last member `signature`: `sha256=` + HMAC-SHA256,
 * keyed with the secret, of the compact JSON of the payload without it, i.e. of the body
 * with `,"signature":"sha256=<hex>"` cut out. The header signs the whole body as always.
 */
export function webhookBody(config: WebhookConfig, payload: unknown): string {
  const inner = JSON.stringify(payload);
  if (!config.signatureInBody || !payload || typeof payload !== "object") return inner;
  return JSON.stringify({ ...(payload as object), signature: sign(inner, config.secret) });
}

export async function deliverWebhook(guard: OutboundGuard, config: WebhookConfig, req: WebhookRequest): Promise<void> {
  const body = webhookBody(config, req.payload);
  const headers = {
    "content-type": "application/json",
    "user-agent": "switchyard-webhook",
    [SIGNATURE_HEADER]: sign(body, config.secret),
    [DELIVERY_HEADER]: req.deliveryId,
    [EVENT_HEADER]: req.event,
  };
  const timeout = AbortSignal.timeout(req.timeoutMs ?? 10_000);
  const signal = req.signal ? AbortSignal.any([timeout, req.signal]) : timeout;
  let res: Awaited<ReturnType<OutboundGuard["fetch"]>>;
  try {
    res = await guard.fetch(config.url, { method: "POST", headers, body, signal, maxRedirects: 0 });
  } catch (err) {
    // undici wraps connect-time failures ("fetch failed"); the cause says what happened.
    const cause = (err as { cause?: Error & { code?: string } }).cause;
    const real = (err as Error).message === "fetch failed" && cause ? cause : (err as Error & { code?: string });
    throw new DeliveryError(real.message || String(real), real.code === "OUTBOUND_BLOCKED");
  }
  await res.body?.cancel().catch(() => {});
  if (res.status >= 200 && res.status < 300) return;
  // A 4xx other than timeout / rate limit will not get better by itself.
  const permanent = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
  throw new DeliveryError(`webhook answered HTTP ${res.status}`, permanent);
}
