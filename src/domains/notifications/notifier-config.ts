// Per-kind notifier settings, validated when an admin saves a notifier. Secrets (webhook
// secret, SMTP password) are stored but never shown back (see `redact`).
import { z } from "zod";
import { ValidationError } from "../../errors.js";
import { eventMatches } from "./glob.js";

export const NOTIFIER_KINDS = ["webhook", "smtp"] as const;
export type NotifierKind = (typeof NOTIFIER_KINDS)[number];

export const webhookConfig = z.strictObject({
  url: z.string().url().refine((u) => /^https?:\/\//i.test(u), "must be an http(s) URL"),
  secret: z.string().min(16, "at least 16 characters").max(512),
  /** Also sign inside the body (seed 001's `signature` member), see webhook.ts. */
  signatureInBody: z.boolean().optional(),
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

/** The event catalogue: every domain module's `events`, name -> description. */
export type EventCatalogue = Readonly<Record<string, string>>;

/**
 * Event globs: event-name characters and "*" / "?" only, and each must match at least one
 * catalogued event, so a typo ("proxy.pool-low") is refused instead of silently never firing.
 */
export function parseEvents(events: readonly string[], catalogue: EventCatalogue): string[] {
  const bad = events.filter((e) => !/^[a-z0-9_.*?]{1,100}$/i.test(e));
  if (events.length === 0 || events.length > 50 || bad.length) {
    throw new ValidationError("Invalid event subscriptions", [{ field: "events", message: "1-50 globs of letters, digits, _ . * ?" }]);
  }
  const known = Object.keys(catalogue);
  const unmatched = events.filter((g) => !known.some((name) => eventMatches(name, g)));
  if (unmatched.length) {
    throw new ValidationError(
      `Event subscriptions match no known event: ${unmatched.join(", ")}`,
      unmatched.map((g) => ({ field: "events", message: `"${g}" matches none of: ${known.join(", ")}` })),
    );
  }
  return [...new Set(events)];
}

/** The config as admins may read it back: secrets replaced by a marker. */
export function redact(config: unknown): Record<string, unknown> {
  const c = { ...(config as Record<string, unknown>) };
  for (const k of ["secret", "pass"]) if (k in c) c[k] = "***";
  return c;
}
