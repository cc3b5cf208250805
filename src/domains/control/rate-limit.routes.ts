// Seed 001's rate limit: every /api/v1 response carries X-RateLimit-Limit, -Remaining and
// -Reset (a fixed window per client address, shared by all nodes through Redis when
// configured); over the limit the answer is 429 with Retry-After and `retry_after`. It runs
// before authentication, so a flood of bad credentials is limited too.
import type { Hono } from "hono";
import type { AppDeps } from "../../domain.js";
import { failWith } from "../../http/legacy.js";
import type { HttpEnv } from "../../http/server.js";
import { liveSettings } from "./config.service.js";

export function apiV1RateLimit(app: Hono<HttpEnv>, deps: AppDeps) {
  app.use("/api/v1/*", async (c, next) => {
    const meta = c.get("meta");
    const { max, windowSeconds } = liveSettings(deps).rateLimits.apiV1;
    const windowMs = windowSeconds * 1000;
    const { count, resetMs } = await deps.counters.hit(`api-v1:${windowSeconds}:${meta.clientIp}`, windowMs);
    const reset = Math.ceil((Date.now() + resetMs) / 1000);
    const rateLimit = { limit: max, remaining: Math.max(0, max - count), reset };
    meta.rateLimit = rateLimit;
    if (count > max) {
      const retryAfter = Math.max(1, Math.ceil(resetMs / 1000));
      return failWith(c, "seed001", { code: "RATE_LIMITED", message: "API rate limit exceeded", details: {}, retryAfter, rateLimit });
    }
    await next();
    // A field's own limit (login) may have replaced ours on the way: the route's is the one shown.
    meta.rateLimit = rateLimit;
  });
}
