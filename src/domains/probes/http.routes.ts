// Middleware on the Hono routes: puts the caller's probe quota on every seed 003 response as
// X-RateLimit-Limit-Day / -Remaining-Day / -Limit-Month / -Remaining-Month / -Reset. A probe
// route sets them itself from its charge; others read the quota (one statement). A request
// refused before its operation ran (a 400 on the body, a 404, a 413) has no principal on its
// meta yet, so its credentials are checked here (the identity's cache makes that cheap).
import type { Hono } from "hono";
import { probeQuotas } from "./settings.js";
import type { AppDeps } from "../../domain.js";
import { apiForPath } from "../../http/legacy.js";
import { setAnswerHeader, type HttpEnv } from "../../http/server.js";
import { quotaHeaders, quotaState } from "./quota.service.js";

export function mountProbeMiddleware(app: Hono<HttpEnv>, deps: AppDeps) {
  app.use("*", async (c, next) => {
    await next();
    if (apiForPath(c.req.path) !== "seed003" || c.res.headers.has("X-RateLimit-Limit-Day") || c.req.raw.signal.aborted) return;
    try {
      const meta = c.get("meta");
      const principal = meta.principal !== undefined ? meta.principal : (await deps.authenticate(c.req.raw.headers, meta.clientIp)).principal;
      if (!principal) return;
      for (const [name, value] of Object.entries(quotaHeaders(await quotaState(deps.sql, probeQuotas(deps), principal)))) setAnswerHeader(c, name, value);
    } catch (err) {
      deps.log.warn({ err }, "probe quota headers skipped");
    }
  });
}
