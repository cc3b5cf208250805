// SMTP delivery with nodemailer. The host is resolved through the outbound guard first and
// nodemailer connects to the checked address (keeping the name for TLS), so an SMTP
// notifier cannot be aimed at internal services either. One attempt; the delivery job retries.
import type { OutboundGuard } from "../../http/outbound.js";
import type { SmtpConfig } from "./notifier-config.js";
import { DELIVERY_HEADER, DeliveryError, EVENT_HEADER } from "./webhook.js";

export interface MailRequest {
  deliveryId: string;
  payload: { event: string; timestamp: string; data: unknown };
  timeoutMs?: number;
}

export async function deliverMail(guard: OutboundGuard, config: SmtpConfig, { deliveryId, payload, timeoutMs = 10_000 }: MailRequest): Promise<void> {
  let addr: { address: string } | undefined;
  try {
    [addr] = await guard.resolve(config.host);
  } catch (err) {
    throw new DeliveryError((err as Error).message, (err as { code?: string }).code === "OUTBOUND_BLOCKED");
  }
  // Loaded on the first mail: most nodes send none, and it is a tenth of a second of start-up.
  const { default: nodemailer } = await import("nodemailer");
  const transport = nodemailer.createTransport({
    host: addr!.address,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.pass ?? "" } : undefined,
    tls: { servername: config.host },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  try {
    await transport.sendMail({
      from: config.from,
      to: config.to,
      subject: `[switchyard] ${payload.event}`,
      text: `${payload.event} at ${payload.timestamp}\n\n${JSON.stringify(payload.data, null, 2)}\n`,
      // The same Message-ID on every attempt lets mail systems drop a duplicate.
      messageId: `<${deliveryId}@switchyard>`,
      headers: { [EVENT_HEADER]: payload.event, [DELIVERY_HEADER]: deliveryId },
    });
  } catch (err) {
    // 5xx replies are the server's final word (unknown mailbox, relaying denied); 4xx are not.
    const code = (err as { responseCode?: number }).responseCode;
    throw new DeliveryError((err as Error).message, code !== undefined && code >= 500);
  } finally {
    transport.close();
  }
}
