// Middleware on the Hono routes: counts every request for the admin status (in memory, see
// request-counter.ts), and puts the caller's probe quota on every seed 003 response as
// X-RateLimit-Limit-Day / -Remaining-Day / -Limit-Month / -Remaining-Month / -Reset.
import type { Hono } from "hono";
import type { AppDeps } from "../../domain.js";
import { apiForPath } from "../../http/legacy.js";
import type { HttpEnv } from "../../http/server.js";
import { counterFor } from "./request-counter.js";
import { quotaState } from "./quota.service.js";

export function mountProbeMiddleware(app: Hono<HttpEnv>, deps: AppDeps) {
  const counter = counterFor(deps.prisma, deps.sql);
  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    counter.record(performance.now() - started);
    const principal = c.get("meta")?.principal;
    if (!principal || apiForPath(c.req.path) !== "seed003" || c.res.headers.has("X-RateLimit-Limit-Day")) return;
    try {
      const q = await quotaState(deps.sql, deps.config.probes.quotas, principal);
      c.header("X-RateLimit-Limit-Day", String(q.limitDay));
      c.header("X-RateLimit-Remaining-Day", String(q.remainingDay));
      c.header("X-RateLimit-Limit-Month", String(q.limitMonth));
      c.header("X-RateLimit-Remaining-Month", String(q.remainingMonth));
      c.header("X-RateLimit-Reset", String(q.reset));
    } catch (err) {
      deps.log.warn({ err }, "probe quota headers skipped");
    }
  });
}
