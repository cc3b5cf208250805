// The LLM gateway: virtual keys with budgets and token caps, the OpenAI and Anthropic
// proxies, usage events, spend and waste.
import { defineDomain } from "../../domain.js";
import { THRESHOLD_EVENTS } from "./events.service.js";
import { mountGateway } from "./proxy.routes.js";
import { reservationSweepJob } from "./reservations.job.js";
import * as virtualKeysSchema from "./virtual-keys.schema.js";

export const gatewayModule = defineDomain({
  name: "gateway",
  schema: [virtualKeysSchema],
  httpRoutes: (app, deps) => mountGateway(app, deps),
  jobs: (deps) => [reservationSweepJob(deps)],
  events: {
    [THRESHOLD_EVENTS[50]]: "A virtual key's month spend reached 50 % of its budget",
    [THRESHOLD_EVENTS[80]]: "A virtual key's month spend reached 80 % of its budget",
    [THRESHOLD_EVENTS[100]]: "A virtual key's month spend reached its budget: further requests are refused",
  },
});
