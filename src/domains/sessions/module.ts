// Automation sessions: sessions and their events, IP health per proxy and per target host
// (which steers acquireProxy), statistics, CSV exports and the live event stream.
import { defineDomain } from "../../domain.js";
import { mountExports } from "./export.routes.js";
import * as liveSchema from "./live.schema.js";
import * as exportSchema from "./export.schema.js";
import { routes000 } from "./rest.000.js";
import { abandonJob, pruneJob } from "./sessions.job.js";
import * as sessionsSchema from "./sessions.schema.js";
import * as statsSchema from "./stats.schema.js";
import { sessionSettings } from "./settings.js";
import { sessionsWsChannels } from "./ws.js";

export const sessionsModule = defineDomain({
  name: "sessions",
  schema: [sessionsSchema, statsSchema, liveSchema, exportSchema],
  legacyRoutes: routes000,
  httpRoutes: (app, deps) => mountExports(app, deps),
  wsChannels: sessionsWsChannels,
  jobs: (deps) => [abandonJob(deps), pruneJob(deps)],
  liveSettings: (deps) => [sessionSettings(deps)],
});
