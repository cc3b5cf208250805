// Per-kind notifier settings, validated when an admin saves a notifier. Secrets (webhook
// secret, SMTP password) are stored but never shown back (see `redact`).
import { z } from "zod";
import { ValidationError } from "../../../errors.js";

export const NOTIFIER_KINDS = ["webhook", "smtp"] as const;
export type NotifierKind = (typeof NOTIFIER_KINDS)[number];

export const EVENTS = ["proxy.pool_low", "proxy.status_changed", "source.scrape_failed", "credits.low"] as const;
export type NotifierEvent = (typeof EVENTS)[number];

export const webhookConfig = z.strictObject({
  url: z.string().url().refine((u) => /^https?:\/\//i.test(u), "must be an http(s) URL"),
  secret: z.string().min(16, "at least 16 characters").max(512),
});
export type WebhookConfig = z.infer<typeof webhookConfig>;

export const smtpConfig = z.strictObject({
  host: z.string().min(1).max(253),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  from: z.string().email(),
  to: z.array(z.string().email()).min(1).max(50),
  user: z.string().min(1).optional(),
  pass: z.string().min(1).optional(),
});
export type SmtpConfig = z.infer<typeof smtpConfig>;

const SCHEMAS = { webhook: webhookConfig, smtp: smtpConfig } as const;

export function parseKind(kind: string): NotifierKind {
  if ((NOTIFIER_KINDS as readonly string[]).includes(kind)) return kind as NotifierKind;
  throw new ValidationError(`Unknown notifier kind "${kind}"`, [{ field: "kind", message: `one of ${NOTIFIER_KINDS.join(", ")}` }]);
}

/** The config for `kind`, or a ValidationError naming each bad field as `config.<path>`. */
export function parseConfig(kind: NotifierKind, config: unknown): WebhookConfig | SmtpConfig {
  const r = SCHEMAS[kind].safeParse(config);
  if (r.success) return r.data;
  throw new ValidationError(`Invalid ${kind} notifier config`, r.error.issues.map((i) => ({
    field: ["config", ...i.path.map(String)].join("."),
    message: i.message,
  })));
}

/** Event globs: event-name characters and "*" / "?" only, so a typo cannot match silently everything. */
export function parseEvents(events: readonly string[]): string[] {
  const bad = events.filter((e) => !/^[a-z0-9_.*?]{1,100}$/i.test(e));
  if (events.length === 0 || events.length > 50 || bad.length) {
    throw new ValidationError("Invalid event subscriptions", [{ field: "events", message: "1-50 globs of letters, digits, _ . * ?" }]);
  }
  return [...new Set(events)];
}

/** The config as admins may read it back: secrets replaced by a marker. */
export function redact(config: unknown): Record<string, unknown> {
  const c = { ...(config as Record<string, unknown>) };
  for (const k of ["secret", "pass"]) if (k in c) c[k] = "***";
  return c;
}
