// The proxy pool: sources and their scrapes, staged validation and scores, the pool query,
// exclusive leases paid in credits, URL tests and pool statistics.
import { defineDomain } from "../../domain.js";
import * as checkSchema from "./check.schema.js";
import * as enumsSchema from "./enums.schema.js";
import * as eventsSchema from "./events.schema.js";
import { mountJudge } from "./judge.routes.js";
import { poolHistoryJob } from "./pool-history.job.js";
import * as poolHistorySchema from "./pool-history.schema.js";
import { leaseEventsJob } from "./leases.job.js";
import * as leasesSchema from "./leases.schema.js";
import * as proxiesSchema from "./proxies.schema.js";
import { routes002 } from "./rest.002.js";
import { routes002Stats } from "./rest.002.stats.js";
import { sourceScrapeJob } from "./sources.job.js";
import * as sourcesSchema from "./sources.schema.js";
import * as statsSchema from "./stats.schema.js";
import * as urlTestSchema from "./url-test.schema.js";
import { judgeWarning } from "./validator.service.js";
import { validatorJob } from "./validator.job.js";
import { proxiesWsChannels } from "./ws.js";

export const proxiesModule = defineDomain({
  name: "proxies",
  schema: [enumsSchema, sourcesSchema, proxiesSchema, leasesSchema, urlTestSchema, statsSchema, eventsSchema, checkSchema, poolHistorySchema],
  legacyRoutes: [...routes002Stats, ...routes002],
  httpRoutes: (app) => mountJudge(app),
  wsChannels: proxiesWsChannels,
  jobs: (deps) => [sourceScrapeJob(deps), validatorJob(deps), leaseEventsJob(deps), poolHistoryJob(deps)],
  events: {
    "proxy.status_changed": "A validation moved a proxy between UNCHECKED, ACTIVE and DEAD",
    "proxy.pool_low": "Fewer active proxies than POOL_LOW_THRESHOLD (checked at most every 10 minutes per node)",
    "source.scrape_failed": "A source scrape failed (fetch or parse error)",
  },
  start: (deps) => {
    const warning = deps.config.validator.enabled ? judgeWarning(deps.config) : undefined;
    if (warning) deps.log.warn(warning);
  },
});
