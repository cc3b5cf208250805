// SMTP delivery with nodemailer. The host is resolved through the outbound guard first and
// nodemailer connects to the checked address (keeping the name for TLS), so an SMTP
// notifier cannot be aimed at internal services either.
import nodemailer from "nodemailer";
import type { OutboundGuard } from "../../../http/outbound.js";
import type { SmtpConfig } from "./config.js";

export async function deliverMail(
  guard: OutboundGuard,
  config: SmtpConfig,
  payload: { event: string; timestamp: string; data: unknown },
  timeoutMs = 10_000,
): Promise<void> {
  const [addr] = await guard.resolve(config.host);
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
      headers: { "X-Switchyard-Event": payload.event },
    });
  } finally {
    transport.close();
  }
}
