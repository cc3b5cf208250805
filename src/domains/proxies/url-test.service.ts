// URL test: a GET to a user-named URL through N good proxies at once, reporting per proxy
// whether the target answered. Free (no credit), read-only on the pool. The target passes
// the outbound guard before anything is sent; each proxy address passes it too, and we
// connect to the checked literal. The dispatchers are the validator's (dispatcherFor).
import { request, type Dispatcher } from "undici";
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { OutboundBlockedError, type OutboundGuard } from "../../http/outbound.js";
import { ValidationError } from "../../errors.js";
import { describeError } from "./checkers/errors.js";
import { dispatcherFor } from "./checkers/http-anonymity.js";
import { round } from "./checkers/tcp-connect.js";
import { proxyOrderBy, proxyWhere, type ProxyFilter } from "./pool-query.service.js";

export const DEFAULT_COUNT = 5;
export const MAX_COUNT = 50;
export const DEFAULT_TIMEOUT_SECONDS = 10;
export const MAX_TIMEOUT_SECONDS = 60;

/** Rules of the test's own fields (the filter's are filterRules), for GraphQL and legacy input alike. */
export const urlTestRules = {
  url: z.string().max(2048),
  count: z.number().int().min(1).max(MAX_COUNT),
  timeoutSeconds: z.number().int().min(1).max(MAX_TIMEOUT_SECONDS),
};

export interface UrlTestInput extends Pick<ProxyFilter, "protocol" | "country" | "anonymity" | "minScore"> {
  url: string;
  count?: number | null;
  timeoutSeconds?: number | null;
}

export interface UrlTestResult {
  proxyId: string;
  ip: string;
  port: number;
  reachable: boolean;
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
}

export interface UrlTestReport {
  url: string;
  results: UrlTestResult[];
  /** reachable / tested; 0 when no proxy matched. */
  successRate: number;
}

interface Deps {
  prisma: PrismaClient;
  outbound: OutboundGuard;
}

/** Parses the URL and checks its host with the guard; a refused host is a ValidationError. */
async function checkTarget(guard: OutboundGuard, raw: string): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ValidationError("url is not a valid URL", [{ field: "url", message: "not a valid URL" }]);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ValidationError("url must be http or https", [{ field: "url", message: "must be http or https" }]);
  try {
    await guard.resolve(url.hostname);
  } catch (err) {
    if (err instanceof OutboundBlockedError) throw new ValidationError("url is not allowed", [{ field: "url", message: err.message }]);
    throw new ValidationError("url host does not resolve", [{ field: "url", message: describeError(err) }]);
  }
  return url;
}

export async function testProxies(deps: Deps, input: UrlTestInput): Promise<UrlTestReport> {
  // Field rules (urlTestRules, filterRules) were checked where the input arrived.
  const count = input.count ?? DEFAULT_COUNT;
  const timeoutMs = (input.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const url = await checkTarget(deps.outbound, input.url);
  // "Good" = active and free now; a leased proxy belongs to its holder until the lease ends.
  const proxies = await deps.prisma.proxy.findMany({
    where: {
      ...proxyWhere({ protocol: input.protocol, country: input.country, anonymity: input.anonymity, minScore: input.minScore }),
      status: "ACTIVE",
      OR: [{ leasedUntil: null }, { leasedUntil: { lt: new Date() } }],
    },
    orderBy: proxyOrderBy("SCORE"),
    take: count,
    select: { id: true, ip: true, port: true, protocol: true, username: true, password: true },
  });
  const results = await Promise.all(proxies.map((p) => probe(deps.outbound, url, p, timeoutMs)));
  const ok = results.filter((r) => r.reachable).length;
  return { url: url.href, results, successRate: results.length ? ok / results.length : 0 };
}

type Target = Parameters<typeof dispatcherFor>[0];

async function probe(guard: OutboundGuard, url: URL, proxy: Target, timeoutMs: number): Promise<UrlTestResult> {
  const base = { proxyId: proxy.id, ip: proxy.ip, port: proxy.port };
  const started = performance.now();
  let dispatcher: Dispatcher | undefined;
  try {
    const [{ address }] = await guard.resolve(proxy.ip);
    dispatcher = dispatcherFor(proxy, address, url.protocol, timeoutMs);
    const res = await request(url, {
      dispatcher,
      headers: { "user-agent": "switchyard-url-test" },
      signal: AbortSignal.timeout(timeoutMs),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    // Only the status matters; drop the body so the socket can close.
    await res.body.dump().catch(() => undefined);
    return { ...base, reachable: true, statusCode: res.statusCode, latencyMs: round(performance.now() - started), error: null };
  } catch (err) {
    const e = err as { name?: string };
    const timedOut = e?.name === "TimeoutError" || e?.name === "HeadersTimeoutError" || e?.name === "BodyTimeoutError";
    return { ...base, reachable: false, statusCode: null, latencyMs: null, error: timedOut ? `timed out after ${timeoutMs} ms` : describeError(err) };
  } finally {
    void dispatcher?.destroy().catch(() => undefined);
  }
}
