// Webhook delivery: a JSON POST signed with HMAC-SHA256 of the exact body bytes, retried
// with backoff on network errors and non-2xx answers. The URL is admin-named, so it goes
// through the outbound guard like every user-named destination.
import { createHmac } from "node:crypto";
import type { OutboundGuard } from "../../../http/outbound.js";
import type { WebhookConfig } from "./config.js";

export const SIGNATURE_HEADER = "X-Switchyard-Signature";

export const sign = (body: string, secret: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

export interface WebhookOptions {
  attempts?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
}

export async function deliverWebhook(
  guard: OutboundGuard,
  config: WebhookConfig,
  payload: unknown,
  { attempts = 3, baseDelayMs = 250, timeoutMs = 10_000 }: WebhookOptions = {},
): Promise<void> {
  const body = JSON.stringify(payload);
  const headers = { "content-type": "application/json", "user-agent": "switchyard-webhook", [SIGNATURE_HEADER]: sign(body, config.secret) };
  let last: Error = new Error("no attempt made");
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, baseDelayMs * 2 ** (i - 1)));
    try {
      const res = await guard.fetch(config.url, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs), maxRedirects: 0 });
      await res.body?.cancel().catch(() => {});
      if (res.status >= 200 && res.status < 300) return;
      last = new Error(`webhook answered HTTP ${res.status}`);
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) break; // will not get better
    } catch (err) {
      last = err as Error;
      if ((err as { code?: string }).code === "OUTBOUND_BLOCKED") break;
    }
  }
  throw last;
}
