// One proxied request, start to end: authenticate the virtual key (cached per node), plan it
// (plan.ts: model list, token caps, price, worst case), answer from the response cache when
// the key has one, else reserve the worst case (budget and tokens per minute) in SQL, forward
// through the outbound guard with the provider's own key (upstream.ts), pass the answer back
// unchanged (an SSE stream chunk by chunk, pulled only as fast as the client reads), and as the
// answer goes out settle the actual cost and tokens from the reported usage and write the usage
// event (settling.ts: what waits for that settle, and why the answer does not). The virtual key
// never goes upstream.
import type { AppDeps } from "../../domain.js";
import type { VirtualKey } from "../../generated/prisma/client.js";
import { release, type Reservation, type UsageRow } from "./budget-sql.js";
import { createBudgetWriter } from "./budget-writer.js";
import { afterSettle } from "./events.service.js";
import { createKeyCache } from "./key-cache.js";
import { costMicros, createPriceBook, type ModelPrice, type PriceBook, type TokenUsage } from "./prices.js";
import { parseBody, planRequest, type Endpoint } from "./plan.js";
import { warmTokenizers } from "./tokens.js";
import { createResponseCache, requestHash } from "./response-cache.js";
import { Settling } from "./settling.js";
import { createUpstream, headerOf, passHeaders, type Abort } from "./upstream.js";
import { hashVirtualKey, looksLikeVirtualKey } from "./virtual-keys.service.js";
import { anthropicUsage, errorAnswer, GatewayError, openaiUsage, SseUsage, type Answer, type AnswerStream, type Provider, type RequestHeaders } from "./wire.js";

/** On answers of keys with a response cache: `hit` (served from it) or `miss`. */
export const CACHE_HEADER = "x-switchyard-cache";

/** Anthropic's request headers that change the answer, so they are part of the cache key. */
const anthropicHeaders = (req: ProxyRequest) =>
  req.provider === "anthropic" ? [req.headers.get("anthropic-version"), req.headers.get("anthropic-beta")] : null;

export interface ProxyRequest {
  provider: Provider;
  endpoint: Endpoint;
  headers: RequestHeaders;
  rawBody: string;
  /** Aborted when the client hangs up. */
  signal: Abort;
}

export function createGateway(deps: AppDeps) {
  const cfg = deps.config.gateway;
  const prices: PriceBook = createPriceBook(cfg.prices as Record<string, ModelPrice> | undefined, cfg.defaultPrice as Omit<ModelPrice, "provider"> | undefined);
  const ttlMs = cfg.requestTimeoutMs + 60_000;
  const durable = cfg.durableCommit;
  const keys = createKeyCache({
    prisma: deps.prisma,
    pubsub: deps.pubsub,
    ttlMs: deps.config.authCacheSeconds * 1000,
    onError: (err, what) =>
      what === "listener" ? deps.log.error({ err }, "gateway key cache listener stopped") : deps.log.warn({ err }, "gateway key cache: reading a key again failed"),
  });
  const upstream = createUpstream(deps);
  const cache = createResponseCache({ redis: deps.redis, maxBytes: cfg.cacheMaxMb * 1024 * 1024, log: deps.log });
  const budget = createBudgetWriter(deps.sql, { nodeId: deps.nodeId, ttlMs, durable });
  // The encodings build their tables on first use (about 15 ms): at start-up, not in a request.
  warmTokenizers();

  // Settlements in flight: reads and refusals on this node wait for them, shutdown lets them
  // finish before the database closes. Never rejects: a failed settle is logged and its
  // reservation released when it expires.
  const settling = new Settling();
  function settleTracked(key: VirtualKey, reservation: Reservation | null, row: UsageRow): Promise<void> {
    const p = budget
      .settle(reservation, row)
      .then((settled) => afterSettle(deps, key, row, settled))
      .catch((err) => deps.log.error({ err, keyId: key.id }, "gateway settle failed; the reservation is released when it expires"));
    settling.track(key.id, p);
    return p;
  }

  /** The virtual key: `X-Virtual-Key`, or a provider credential header carrying a `vk_` key. */
  async function keyOf(headers: RequestHeaders): Promise<VirtualKey> {
    let raw = headers.get("x-virtual-key")?.trim();
    if (!raw) {
      // OpenAI SDKs send their key as a Bearer; Anthropic SDKs as x-api-key (and since
      // @anthropic-ai/sdk 1.x as a Bearer too), so both are read for both providers.
      for (const cred of [bearer(headers), headers.get("x-api-key")?.trim()]) if (!raw && cred && looksLikeVirtualKey(cred)) raw = cred;
    }
    if (!raw) throw new GatewayError("auth", "Missing virtual key: send X-Virtual-Key (or the vk_ key as the provider API key)");
    const key = looksLikeVirtualKey(raw) ? await keys.get(hashVirtualKey(raw)) : null;
    if (!key || !key.isActive || key.revokedAt) throw new GatewayError("auth", "Invalid or inactive virtual key");
    return key;
  }

  /**
   * The switchyard user to record (seed 004: optional `Authorization: Bearer`): a login JWT or
   * an API key, checked by the identity (cached per node like every route's credentials). A
   * Bearer that is itself a `vk_` key is the virtual key (OpenAI SDKs send it there), never a
   * user. A Bearer that names no live user is refused rather than dropped.
   */
  async function userOf(headers: RequestHeaders): Promise<string | null> {
    const token = bearer(headers);
    if (!token || looksLikeVirtualKey(token)) return null;
    const { principal } = await deps.authenticate(new Headers({ authorization: `Bearer ${token}` }), "");
    if (principal) return principal.userId;
    throw new GatewayError("auth", "Invalid switchyard credentials in Authorization");
  }

  async function rateLimit(key: VirtualKey) {
    if (!key.rpmLimit) return;
    const { count, resetMs } = await deps.counters.hit(`gw:rpm:${key.id}`, 60_000);
    if (count > key.rpmLimit) {
      const retry = Math.max(1, Math.ceil(resetMs / 1000));
      throw new GatewayError("rate_limit", `Rate limit of ${key.rpmLimit} requests per minute reached for this key`, null, { "retry-after": String(retry) });
    }
  }

  async function handle(req: ProxyRequest): Promise<Answer> {
    const started = performance.now();
    let reservation: Reservation | null = null;
    try {
      const key = await keyOf(req.headers);
      const userId = await userOf(req.headers);
      await rateLimit(key);
      const body = parseBody(req.rawBody);
      const plan = planRequest(prices, req.provider, req.endpoint, key, body);
      const base: RequestFacts = { keyId: key.id, userId, project: key.project, provider: req.provider, model: plan.model, endpoint: req.endpoint, streamed: plan.streamed, promptHash: plan.hash };
      // The response cache (keys with a TTL; never streams): a hit reserves nothing and costs 0.
      const cacheTtl = plan.streamed ? null : key.cacheTtlSeconds;
      const cacheKey = cacheTtl ? requestHash([req.provider, req.endpoint, body, anthropicHeaders(req)]) : null;
      if (cacheKey) {
        const hit = await cache.get(key.id, cacheKey);
        if (hit) {
          const ms = Math.round(performance.now() - started);
          const row = usageRow(base, hit.status, null, 0, ms, ms, null, costMicros(plan.price, hit.usage));
          settleTracked(key, null, row);
          const headers: Answer["headers"] = Object.fromEntries(hit.headers);
          headers[CACHE_HEADER] = "hit";
          return { status: hit.status, headers, body: hit.body };
        }
      }
      if (key.tpmLimit != null && plan.tokens > key.tpmLimit) {
        // Never fits, whenever retried: no Retry-After.
        throw new GatewayError(
          "rate_limit",
          `This request may use up to ${plan.tokens} tokens (prompt estimate + maximum output), more than this key's limit of ${key.tpmLimit} tokens per minute: lower the maximum output`,
        );
      }
      let held = await budget.reserve(key.id, plan.worst, plan.tokens);
      // Refused while settles of this key's answers already sent are landing: one of them (this
      // client's last request, say) may hold what stands in the way. Decided again once they have.
      const landing = held.ok || held.reason === "inactive" ? null : settling.landed(key.id);
      if (landing) {
        await landing;
        held = await budget.reserve(key.id, plan.worst, plan.tokens);
      }
      if (!held.ok) {
        if (held.reason === "inactive") {
          keys.forget(key.id);
          throw new GatewayError("auth", "Invalid or inactive virtual key");
        }
        if (held.reason === "tpm") {
          throw new GatewayError(
            "rate_limit",
            `Rate limit of ${held.limit} tokens per minute reached for this key: this request may use up to ${plan.tokens} (prompt estimate + maximum output)`,
            null,
            { "retry-after": String(Math.max(1, Math.ceil(held.resetMs / 1000))) },
          );
        }
        throw new GatewayError(
          "budget",
          `Monthly budget of this virtual key exhausted: this request may cost up to $${(plan.worst / 1e6).toFixed(6)}, more than remains`,
        );
      }
      reservation = held.reservation;
      const path = req.endpoint === "chat" ? "/chat/completions" : req.endpoint === "embeddings" ? "/embeddings" : "/v1/messages";
      /**
       * Settles once (the reservation is taken here). The answer does not wait for it, unless
       * the upstream reported more than was held (more prompt tokens than estimated, say): then
       * the settle raises the key's figures, and until it lands a request decided after this
       * answer could be let through on figures too low. Only then is a promise returned, and
       * the answer ends once it resolves.
       */
      const finish = (status: number, usage: TokenUsage | null, ttftMs: number | null, error: string | null): Promise<void> | null => {
        // A failure while the client was gone is its hang-up (499), whether before the answer
        // began, while its body was read or mid-stream.
        const recorded = error !== null && req.signal.aborted ? 499 : status;
        const cost = usage ? costMicros(plan.price, usage) : 0;
        const row = usageRow(base, recorded, usage, cost, Math.round(performance.now() - started), ttftMs, error, null);
        const r = reservation;
        reservation = null;
        const landing = settleTracked(key, r, row);
        const exceeds = usage !== null && (cost > plan.worst || usage.input + usage.output > plan.tokens);
        return exceeds ? landing : null;
      };

      let up;
      try {
        // The body as parsed and capped, never the client's bytes: a provider that read a
        // repeated key (`"max_tokens"` twice) otherwise than JSON.parse would see a maximum
        // other than the one reserved for.
        up = await upstream.call(req.signal, req.provider, req.headers, path, "POST", JSON.stringify(body));
      } catch (err) {
        const e = err instanceof GatewayError ? err : new GatewayError("upstream", String(err));
        finish(e.status, null, null, e.message);
        return errorAnswer(req.provider, e);
      }
      const headers = passHeaders(up.headers);
      const ok = up.status >= 200 && up.status < 300;
      if (!headerOf(up.headers, "content-type").includes("text/event-stream")) {
        let text: string;
        try {
          text = await up.body.text();
        } catch (err) {
          up.done();
          const reason = up.abort.reason;
          const e = reason instanceof GatewayError ? reason : new GatewayError("upstream", `Upstream answer broken: ${(err as Error).message}`);
          finish(e.status, null, null, e.message);
          return errorAnswer(req.provider, e);
        }
        up.done();
        const usage = ok ? (req.provider === "openai" ? openaiUsage : anthropicUsage)(safeJson(text)?.usage) : null;
        const ttft = Math.round(performance.now() - started);
        await finish(up.status, usage, ttft, ok ? null : text.slice(0, 500));
        if (cacheKey) {
          headers[CACHE_HEADER] = "miss";
          const type = headers["content-type"];
          if (ok && usage) cache.put(key.id, cacheKey, { status: up.status, headers: [["content-type", String(type ?? "application/json")]], body: text, usage }, cacheTtl!);
        }
        return { status: up.status, headers, body: text };
      }
      return { status: up.status, headers, body: relay(up, plan.input, finish) };
    } catch (err) {
      if (reservation) await release(deps.sql, reservation, durable);
      if (err instanceof GatewayError) return errorAnswer(req.provider, err);
      throw err;
    }

    /**
     * The upstream's SSE body as the client's: one upstream chunk per `next()`, which the
     * writer calls only once the client took the previous one, so nothing is read ahead and the
     * client's pace is the upstream's. Usage is read on the way; the end, a break or `cancel()`
     * (the client hung up) settles once.
     */
    function relay(
      up: { body: AsyncIterable<Buffer> & { destroy(err?: Error): unknown }; abort: Abort; done(): void },
      promptTokens: number,
      finish: (status: number, usage: TokenUsage | null, ttftMs: number | null, error: string | null) => Promise<void> | null,
    ): AnswerStream {
      const chunks = up.body[Symbol.asyncIterator]();
      const sse = new SseUsage(req.provider);
      let ttft: number | null = null;
      let ended = false;
      const end = async (error: string | null, status = 200) => {
        if (ended) return;
        ended = true;
        up.done();
        await finish(status, sse.final(promptTokens), ttft, error);
      };
      return {
        async next() {
          let chunk: IteratorResult<Buffer>;
          try {
            chunk = await chunks.next();
          } catch (err) {
            const reason = up.abort.reason;
            await end(reason instanceof GatewayError ? reason.message : `upstream stream broken: ${(err as Error).message}`, reason instanceof GatewayError ? reason.status : 502);
            throw err;
          }
          if (chunk.done) {
            await end(null);
            return null;
          }
          ttft ??= Math.round(performance.now() - started);
          sse.feed(chunk.value);
          return chunk.value;
        },
        async cancel() {
          if (ended) return;
          up.abort.abort(new Error("client closed the connection"));
          up.body.destroy();
          await end("client closed the connection", 499);
        },
      };
    }
  }

  /** GET /models through the key: the upstream list, narrowed to the key's allowed models. */
  async function models(req: Omit<ProxyRequest, "rawBody" | "endpoint">): Promise<Answer> {
    try {
      const key = await keyOf(req.headers);
      const up = await upstream.call(req.signal, req.provider, req.headers, "/models", "GET");
      const text = await up.body.text().finally(up.done);
      const json = safeJson(text);
      const headers = passHeaders(up.headers);
      if (up.status !== 200 || !key.allowedModels.length || !Array.isArray(json?.data)) return { status: up.status, headers, body: text };
      json.data = json.data.filter((m: { id?: string }) => m?.id && key.allowedModels.includes(m.id));
      return { status: up.status, headers, body: JSON.stringify(json) };
    } catch (err) {
      if (err instanceof GatewayError) return errorAnswer(req.provider, err);
      throw err;
    }
  }

  return { handle, models, prices, landed: () => settling.landed(), drain: () => settling.drain() };
}

export type Gateway = ReturnType<typeof createGateway>;

/** What a request's usage event records from before the upstream call. */
type RequestFacts = Pick<UsageRow, "keyId" | "userId" | "project" | "provider" | "model" | "endpoint" | "streamed" | "promptHash">;

/**
 * The usage event, every field named. Not `{ ...facts, status, ... }`: on this Node (V8 11.3)
 * an object spread followed by further properties keeps the objects it makes alive across
 * young-generation collections, which then copy and promote them (a 20-line loop making such
 * objects at 10,000 a second: 11 MB surviving each scavenge against 0.4 MB for the same object
 * written out, and pauses of 24 against 0.7 ms). Per request, that was most of what the
 * gateway's scavenges copied (BENCHMARKS.md, gateway).
 */
function usageRow(
  f: RequestFacts,
  status: number,
  usage: TokenUsage | null,
  cost: number,
  latencyMs: number,
  ttftMs: number | null,
  error: string | null,
  /** A cache hit: what the upstream call it spared would have cost. Null: not a cache hit. */
  savedMicros: number | null,
): UsageRow {
  return {
    keyId: f.keyId,
    userId: f.userId,
    project: f.project,
    provider: f.provider,
    model: f.model,
    endpoint: f.endpoint,
    streamed: f.streamed,
    promptHash: f.promptHash,
    status,
    inputTokens: usage ? usage.input : 0,
    outputTokens: usage ? usage.output : 0,
    cachedTokens: usage ? usage.cached : 0,
    reasoningTokens: usage ? usage.reasoning : 0,
    costMicros: cost,
    savedMicros: savedMicros ?? 0,
    cacheHit: savedMicros !== null,
    latencyMs,
    ttftMs,
    error,
  };
}

function bearer(headers: RequestHeaders): string | undefined {
  const h = headers.get("authorization");
  const m = h && /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? m[1] : undefined;
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
