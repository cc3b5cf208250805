// Seed 001's webhooks: webhook notifiers registered by URL, event globs and secret, under a
// generated name, signing in the body too (webhook.ts). Deliveries, retries and their record
// are the notifiers' own (deliveries.service.ts).
import { randomBytes } from "node:crypto";
import type { Db } from "../../db.js";
import { NotFoundError, ValidationError } from "../../errors.js";
import type { EventCatalogue } from "./notifier-config.js";
import { createNotifier } from "./notifiers.service.js";

export interface WebhookInput {
  url: string;
  events: string[];
  secret: string;
}

export async function createWebhook(prisma: Db, catalogue: EventCatalogue, input: WebhookInput) {
  try {
    return await createNotifier(prisma, catalogue, {
      kind: "webhook",
      name: `webhook-${randomBytes(6).toString("hex")}`,
      config: { url: input.url, secret: input.secret, signatureInBody: true },
      events: input.events,
    });
  } catch (err) {
    // The seed names the fields `url` and `secret`, not `config.url`.
    if (err instanceof ValidationError) {
      throw new ValidationError(err.message, err.fields.map((f) => ({ ...f, field: f.field.replace(/^config\./, "") })));
    }
    throw err;
  }
}

export async function deleteWebhook(prisma: Db, id: string) {
  const deleted = await prisma.notifier.deleteMany({ where: { id, kind: "webhook" } });
  if (deleted.count === 0) throw new NotFoundError("Webhook", id);
  return id;
}
