// The call to the provider: the request as the provider wants it (its own key, never the
// virtual key), sent with undici's `request` through the outbound guard (fetch's WHATWG layer
// cost several times the CPU per call), with a first-byte and a whole-answer timeout and the
// client's hang-up passed on as an abort.
import { EventEmitter } from "node:events";
import type { Dispatcher } from "undici";
import type { AppDeps } from "../../domain.js";
import { GatewayError, type Provider, type RequestHeaders } from "./wire.js";

/** Response headers worth passing back (the rest describe the upstream connection, not the answer). */
const PASSED_HEADERS = /^(content-type|x-request-id|request-id|openai-|anthropic-|x-ratelimit-|retry-after|cache-control)/;

/**
 * An abort signal for undici, which takes an EventEmitter with `aborted` and `reason` as well
 * as an AbortSignal. Two AbortControllers per proxied request (the client's hang-up and the
 * upstream call) cost about 2 % of the gateway's CPU per request in a profile, most of it in
 * creating their EventTarget signals. Without them, each young-generation collection had
 * about 0.85 MB less to copy at 500 requests a second (BENCHMARKS.md, gateway).
 */
export class Abort extends EventEmitter<{ abort: [] }> {
  aborted = false;
  reason: unknown = undefined;

  /** The first call wins: its reason stays, later calls do nothing. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit("abort");
  }
}

export interface UpstreamAnswer {
  status: number;
  headers: Dispatcher.ResponseData["headers"];
  body: Dispatcher.ResponseData["body"];
  /** Aborted on timeout (reason: a GatewayError) or when the client hangs up. */
  abort: Abort;
  /** Clears the timers and the client listener; call once the body is read or dropped. */
  done(): void;
}

export function createUpstream(deps: AppDeps) {
  const cfg = deps.config.gateway;

  function target(provider: Provider, incoming: RequestHeaders, path: string, withBody: boolean) {
    const up = provider === "openai" ? cfg.openai : cfg.anthropic;
    const headers: Record<string, string> = { accept: incoming.get("accept") ?? "application/json" };
    if (withBody) headers["content-type"] = "application/json";
    if (provider === "openai") {
      if (up.apiKey) headers.authorization = `Bearer ${up.apiKey}`;
    } else {
      if (up.apiKey) headers["x-api-key"] = up.apiKey;
      headers["anthropic-version"] = incoming.get("anthropic-version") ?? "2023-06-01";
      const beta = incoming.get("anthropic-beta");
      if (beta) headers["anthropic-beta"] = beta;
    }
    return { url: `${up.baseUrl}${path}`, headers };
  }

  /** Calls upstream; the first-byte timer covers the wait for the status line and headers. */
  async function call(
    client: Abort,
    provider: Provider,
    incoming: RequestHeaders,
    path: string,
    method: "GET" | "POST",
    body?: string,
  ): Promise<UpstreamAnswer> {
    const { url, headers } = target(provider, incoming, path, body !== undefined);
    const abort = new Abort();
    const onClient = () => abort.abort(new Error("client closed the connection"));
    if (client.aborted) onClient();
    else client.once("abort", onClient);
    const total = setTimeout(() => abort.abort(new GatewayError("timeout", "Upstream request timed out")), cfg.requestTimeoutMs);
    const firstByte = setTimeout(() => abort.abort(new GatewayError("timeout", "Upstream did not answer in time")), cfg.firstByteTimeoutMs);
    const done = () => {
      clearTimeout(total);
      clearTimeout(firstByte);
      client.removeListener("abort", onClient);
    };
    try {
      const res = await deps.outbound.request(url, { method, headers, body, signal: abort });
      clearTimeout(firstByte);
      return { status: res.statusCode, headers: res.headers, body: res.body, abort, done };
    } catch (err) {
      done();
      const reason = abort.reason;
      if (reason instanceof GatewayError) throw reason;
      if (client.aborted) throw new GatewayError("upstream", "client closed the connection");
      deps.log.warn({ err, url: url.replace(/\?.*$/, "") }, "gateway upstream request failed");
      throw new GatewayError("upstream", `Upstream unreachable: ${(err as Error).message}`);
    }
  }

  return { call };
}

/** The answer's headers the client gets. */
export function passHeaders(from: Dispatcher.ResponseData["headers"]): Record<string, string | string[]> {
  const h: Record<string, string | string[]> = {};
  for (const k in from) {
    const v = from[k];
    if (v !== undefined && PASSED_HEADERS.test(k)) h[k] = v;
  }
  return h;
}

export const headerOf = (h: Dispatcher.ResponseData["headers"], name: string): string => {
  const v = h[name];
  return Array.isArray(v) ? v.join(", ") : (v ?? "");
};
