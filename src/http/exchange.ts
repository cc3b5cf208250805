// One HTTP exchange's facts and what they add to its answer: the request id, the client
// address, cookies and rate-limit headers set while serving it, its access-log line and its
// metrics. Shared by the Hono routes (server.ts) and /graphql, which Yoga serves on its own
// (graphql-http.ts), so both answer and count the same way.
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { RequestMeta } from "../graphql/context.js";
import type { createClientIp } from "./client-ip.js";
import type { Metrics } from "./metrics.js";

export type ClientIp = ReturnType<typeof createClientIp>;

export interface ExchangeDeps {
  log: Logger;
  metrics: Metrics;
  clientIp: ClientIp;
  /** Told of every exchange recorded here, once each (the domains' `onExchange`). Must not throw. */
  onExchange?: ExchangeObserver;
}

/** What an observer hears of an answered exchange. */
export interface AnsweredExchange {
  method: string;
  route: string;
  status: number;
  ms: number;
}

export type ExchangeObserver = (exchange: AnsweredExchange) => void;

/** The facts of a new request, from its headers and the socket it came on. */
export function newMeta(clientIp: ClientIp, header: (name: string) => string | null | undefined, peer: string | undefined): RequestMeta {
  return {
    requestId: header("x-request-id")?.slice(0, 128) || randomUUID(),
    clientIp: clientIp(peer, header("x-forwarded-for") ?? null),
    userAgent: header("user-agent") ?? undefined,
    setCookies: [],
  };
}

/**
 * Headers the exchange adds to its answer: [name, value, append]. Rate-limit headers only
 * when the answer does not carry its own (a legacy 429 sets them from the error).
 */
export function exchangeHeaders(meta: RequestMeta, hasRateLimitHeaders: boolean): [string, string, boolean][] {
  const out: [string, string, boolean][] = [["X-Request-Id", meta.requestId, false]];
  for (const cookie of meta.setCookies) out.push(["Set-Cookie", cookie, true]);
  if (meta.rateLimit && !hasRateLimitHeaders) {
    out.push(["X-RateLimit-Limit", String(meta.rateLimit.limit), false]);
    out.push(["X-RateLimit-Remaining", String(meta.rateLimit.remaining), false]);
    out.push(["X-RateLimit-Reset", String(meta.rateLimit.reset), false]);
  }
  return out;
}

export interface ExchangeOutcome {
  method: string;
  path: string;
  status: number;
  /** The route pattern that served it ("unmatched" when none did): bounded metric labels. */
  route: string;
  /** performance.now() when the request arrived. */
  started: number;
}

/**
 * Counts the exchange in the metrics, tells the observer and writes its access-log line.
 * The one place every answered request passes (Hono routes and /graphql alike), once.
 */
export function recordExchange({ log, metrics, onExchange }: Pick<ExchangeDeps, "log" | "metrics" | "onExchange">, meta: RequestMeta, out: ExchangeOutcome) {
  const seconds = (performance.now() - out.started) / 1000;
  metrics.observe({ method: out.method, status: out.status, route: out.route, operation: meta.operation ?? "" }, seconds);
  onExchange?.({ method: out.method, route: out.route, status: out.status, ms: seconds * 1000 });
  // The line's object is built only for a logger that writes it (production runs at warn).
  if (!log.isLevelEnabled("info")) return;
  log.info(
    { reqId: meta.requestId, method: out.method, path: out.path, status: out.status, ms: Math.round(seconds * 1000), op: meta.operation, ip: meta.clientIp },
    "request",
  );
}
