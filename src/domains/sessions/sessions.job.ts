// The sessions domain's jobs, on every node: sessions left active past the timeout
// (SESSION_TIMEOUT_SECONDS, live as `sessions.timeout_seconds`) end as failed (`abandoned`),
// and events and ended sessions older than the retention (SESSION_RETENTION_DAYS,
// `sessions.retention_days`) are deleted. Both claim in their own statements (an end only takes
// an ACTIVE session; deletes skip locked rows), so nodes never do one unit twice.
import type { AppDeps } from "../../domain.js";
import type { RunJob } from "../../jobs/job.js";
import { abandonStale, pruneOld } from "./sessions.service.js";
import { sessionSettings } from "./settings.js";

export function abandonJob(deps: AppDeps): RunJob {
  return {
    name: "sessions.abandon",
    enabled: deps.config.sessions.jobsEnabled,
    intervalMs: deps.config.sessions.tickMs,
    run: async (ctx) => {
      const { ended, more } = await abandonStale(deps, sessionSettings(deps).current().timeout_seconds);
      if (ended) ctx.log.info({ ended }, "abandoned stale sessions");
      return { more };
    },
  };
}

export function pruneJob(deps: AppDeps): RunJob {
  return {
    name: "sessions.prune",
    enabled: deps.config.sessions.jobsEnabled,
    intervalMs: deps.config.sessions.tickMs,
    run: async (ctx) => {
      const r = await pruneOld(deps.prisma, sessionSettings(deps).current().retention_days * 86_400);
      if (r.events || r.sessions) ctx.log.info({ events: r.events, sessions: r.sessions }, "pruned old session data");
      return { more: r.more };
    },
  };
}
