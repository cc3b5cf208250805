// Notifications: notifiers (signed webhooks, SMTP) and the deliveries of the events every
// domain declares in its module's `events`.
import { defineDomain } from "../../domain.js";
import { deliveryJob } from "./deliveries.job.js";
import * as deliveriesSchema from "./deliveries.schema.js";
import * as notifiersSchema from "./notifiers.schema.js";
import { routes001 } from "./rest.001.js";
import * as webhooksSchema from "./webhooks.schema.js";

export const notificationsModule = defineDomain({
  name: "notifications",
  schema: [notifiersSchema, deliveriesSchema, webhooksSchema],
  legacyRoutes: routes001,
  jobs: (deps) => [deliveryJob(deps)],
});
