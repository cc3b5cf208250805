// The LLM gateway: virtual keys with budgets and token caps, the OpenAI and Anthropic
// proxies, usage events, spend and waste.
import { defineDomain } from "../../domain.js";
import { THRESHOLD_EVENTS } from "./events.service.js";
import { gatewayInterceptor, stopGateway } from "./proxy.http.js";
import { reservationSweepJob } from "./reservations.job.js";
import { routes004 } from "./rest.004.js";
import * as usageSchema from "./usage.schema.js";
import * as virtualKeysSchema from "./virtual-keys.schema.js";

export const gatewayModule = defineDomain({
  name: "gateway",
  schema: [virtualKeysSchema, usageSchema],
  legacyRoutes: routes004,
  intercept: (deps) => gatewayInterceptor(deps),
  stop: stopGateway,
  jobs: (deps) => [reservationSweepJob(deps)],
  events: {
    [THRESHOLD_EVENTS[50]]: "A virtual key's month spend reached 50 % of its budget",
    [THRESHOLD_EVENTS[80]]: "A virtual key's month spend reached 80 % of its budget",
    [THRESHOLD_EVENTS[100]]: "A virtual key's month spend reached its budget: further requests are refused",
  },
});
