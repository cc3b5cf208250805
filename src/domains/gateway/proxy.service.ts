// One proxied request, start to end: authenticate the virtual key, apply its model list and
// token caps, price the worst case and reserve it in SQL, forward through the outbound guard
// with the provider's own key, pass the answer back unchanged (an SSE stream chunk by chunk,
// pulled only as fast as the client reads), then settle the actual cost from the reported
// usage and write the usage event. The virtual key never goes upstream.
import type { AppDeps } from "../../domain.js";
import type { VirtualKey } from "../../generated/prisma/client.js";
import { hashKey, looksLikeApiKey } from "../accounts/keys.js";
import { reserve, settle, type Reservation, type UsageRow } from "./budget-sql.js";
import { afterSettle } from "./events.service.js";
import { costMicros, createPriceBook, type ModelPrice, type PriceBook, type TokenUsage } from "./prices.js";
import { anthropicInputTokens, capAnthropic, CapRefused, capOpenAIChat, isReasoningModel, openaiChatInputTokens, openaiEmbeddingInputTokens } from "./tokens.js";
import { hashVirtualKey, looksLikeVirtualKey } from "./virtual-keys.service.js";
import { anthropicUsage, errorResponse, GatewayError, openaiUsage, promptHash, SseUsage, type Provider } from "./wire.js";

export type Endpoint = "chat" | "embeddings" | "messages";

/** Response headers worth passing back (the rest describe the upstream connection, not the answer). */
const PASSED_HEADERS = /^(content-type|x-request-id|request-id|openai-|anthropic-|x-ratelimit-|retry-after|cache-control)/;

export interface ProxyRequest {
  provider: Provider;
  endpoint: Endpoint;
  headers: Headers;
  rawBody: string;
  /** Aborted when the client hangs up. */
  signal: AbortSignal;
}

export function createGateway(deps: AppDeps) {
  const cfg = deps.config.gateway;
  const prices: PriceBook = createPriceBook(cfg.prices as Record<string, ModelPrice> | undefined, cfg.defaultPrice as Omit<ModelPrice, "provider"> | undefined);
  const ttlMs = cfg.requestTimeoutMs + 60_000;

  /** The virtual key: `X-Virtual-Key`, or a provider credential header carrying a `vk_` key. */
  async function keyOf(headers: Headers): Promise<VirtualKey> {
    let raw = headers.get("x-virtual-key")?.trim();
    if (!raw) {
      // OpenAI SDKs send their key as a Bearer; Anthropic SDKs as x-api-key (and since
      // @anthropic-ai/sdk 1.x as a Bearer too), so both are read for both providers.
      for (const cred of [bearer(headers), headers.get("x-api-key")?.trim()]) if (!raw && cred && looksLikeVirtualKey(cred)) raw = cred;
    }
    if (!raw) throw new GatewayError("auth", "Missing virtual key: send X-Virtual-Key (or the vk_ key as the provider API key)");
    const key = looksLikeVirtualKey(raw) ? await deps.prisma.virtualKey.findUnique({ where: { keyHash: hashVirtualKey(raw) } }) : null;
    if (!key || !key.isActive || key.revokedAt) throw new GatewayError("auth", "Invalid or inactive virtual key");
    return key;
  }

  /**
   * The switchyard user to record (seed 004: optional `Authorization: Bearer`): a login JWT or
   * an API key. A Bearer that is itself a `vk_` key is the virtual key (OpenAI SDKs send it
   * there), never a user. A Bearer that names no live user is refused rather than dropped.
   */
  async function userOf(headers: Headers): Promise<string | null> {
    const token = bearer(headers);
    if (!token || looksLikeVirtualKey(token)) return null;
    if (looksLikeApiKey(token)) {
      const k = await deps.prisma.apiKey.findUnique({ where: { keyHash: hashKey(token) }, select: { userId: true, revokedAt: true, user: { select: { isActive: true } } } });
      if (k && !k.revokedAt && k.user.isActive) return k.userId;
    } else {
      const claims = await deps.tokens.verify(token);
      if (claims) {
        const s = await deps.prisma.loginSession.findFirst({
          where: { id: claims.sessionId, userId: claims.userId, revokedAt: null, expiresAt: { gt: new Date() }, user: { isActive: true } },
          select: { userId: true },
        });
        if (s) return s.userId;
      }
    }
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

  function price(key: VirtualKey, provider: Provider, model: unknown): { model: string; price: ModelPrice } {
    if (typeof model !== "string" || !model || model.length > 200) throw new GatewayError("invalid", "model is required", "model");
    if (key.allowedModels.length && !key.allowedModels.includes(model)) {
      throw new GatewayError("forbidden", `Model ${model} is not allowed for this key`, "model");
    }
    const p = prices.lookup(model);
    if (!p || p.provider !== provider) throw new GatewayError("invalid", `Model ${model} has no price in this gateway (GATEWAY_PRICES, GATEWAY_DEFAULT_PRICE)`, "model");
    return { model, price: p };
  }

  function parse(raw: string): Record<string, any> {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new GatewayError("invalid", "Request body is not valid JSON");
    }
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new GatewayError("invalid", "Request body must be a JSON object");
    return body as Record<string, any>;
  }

  /** Everything before the upstream call: returns the body to send and the worst case. */
  function prepare(req: ProxyRequest, key: VirtualKey, body: Record<string, any>) {
    const { model, price: p } = price(key, req.provider, body.model);
    const caps = { maxTokensPerRequest: key.maxTokensPerRequest, maxReasoningTokens: key.maxReasoningTokens, tokenCapMode: key.tokenCapMode };
    let input: number;
    let maxOut: number | undefined;
    let hashParts: unknown[];
    try {
      if (req.endpoint === "chat") {
        if (!Array.isArray(body.messages)) throw new GatewayError("invalid", "messages must be an array", "messages");
        maxOut = capOpenAIChat(body, caps, isReasoningModel(model));
        input = openaiChatInputTokens(body);
        hashParts = [body.messages, body.tools ?? null];
        if (body.stream === true) body.stream_options = { ...(body.stream_options ?? {}), include_usage: true };
      } else if (req.endpoint === "embeddings") {
        if (body.input === undefined) throw new GatewayError("invalid", "input is required", "input");
        input = openaiEmbeddingInputTokens(body);
        maxOut = 0;
        hashParts = [body.input];
      } else {
        if (!Array.isArray(body.messages)) throw new GatewayError("invalid", "messages: field required", "messages");
        maxOut = capAnthropic(body, caps);
        input = anthropicInputTokens(body);
        hashParts = [body.system ?? null, body.messages, body.tools ?? null];
      }
    } catch (err) {
      if (err instanceof CapRefused) throw new GatewayError("invalid", err.message, err.param);
      throw err;
    }
    const worstOut = maxOut ?? p.maxOutput;
    const worst = costMicros(p, { input, output: worstOut, cached: 0, reasoning: 0 });
    return { model, price: p, input, worst, hash: promptHash(model, hashParts), streamed: body.stream === true };
  }

  function upstreamRequest(req: ProxyRequest, body: string | undefined, path: string, method = "POST") {
    const up = req.provider === "openai" ? cfg.openai : cfg.anthropic;
    const headers: Record<string, string> = { accept: req.headers.get("accept") ?? "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (req.provider === "openai") {
      if (up.apiKey) headers.authorization = `Bearer ${up.apiKey}`;
    } else {
      if (up.apiKey) headers["x-api-key"] = up.apiKey;
      headers["anthropic-version"] = req.headers.get("anthropic-version") ?? "2023-06-01";
      const beta = req.headers.get("anthropic-beta");
      if (beta) headers["anthropic-beta"] = beta;
    }
    return { url: `${up.baseUrl}${path}`, init: { method, headers, body } };
  }

  /** Calls upstream; the first-byte timer covers the wait for the status line and headers. */
  async function callUpstream(req: ProxyRequest, url: string, init: { method: string; headers: Record<string, string>; body: string | undefined }) {
    const abort = new AbortController();
    const onClient = () => abort.abort(new Error("client closed the connection"));
    req.signal.addEventListener("abort", onClient, { once: true });
    if (req.signal.aborted) onClient();
    const total = setTimeout(() => abort.abort(new GatewayError("timeout", "Upstream request timed out")), cfg.requestTimeoutMs);
    const firstByte = setTimeout(() => abort.abort(new GatewayError("timeout", "Upstream did not answer in time")), cfg.firstByteTimeoutMs);
    const done = () => {
      clearTimeout(total);
      clearTimeout(firstByte);
      req.signal.removeEventListener("abort", onClient);
    };
    try {
      // undici's Response is the global one at run time; only the type packages differ.
      const res = (await deps.outbound.fetch(url, { ...init, signal: abort.signal, redirect: "manual" })) as unknown as Response;
      clearTimeout(firstByte);
      return { res, abort, done };
    } catch (err) {
      done();
      const reason = abort.signal.reason;
      if (reason instanceof GatewayError) throw reason;
      if (req.signal.aborted) throw new GatewayError("upstream", "client closed the connection");
      deps.log.warn({ err, url: url.replace(/\?.*$/, "") }, "gateway upstream request failed");
      throw new GatewayError("upstream", `Upstream unreachable: ${(err as Error).message}`);
    }
  }

  function passHeaders(res: Response): Headers {
    const h = new Headers();
    res.headers.forEach((v, k) => PASSED_HEADERS.test(k) && h.set(k, v));
    return h;
  }

  async function handle(req: ProxyRequest): Promise<Response> {
    const started = performance.now();
    let reservation: Reservation | null = null;
    try {
      const key = await keyOf(req.headers);
      const userId = await userOf(req.headers);
      await rateLimit(key);
      if (Buffer.byteLength(req.rawBody) > deps.config.http.maxBodyBytes) throw new GatewayError("too_large", "Request body too large");
      const body = parse(req.rawBody);
      const plan = prepare(req, key, body);
      reservation = await reserve(deps.sql, key.id, plan.worst, deps.nodeId, ttlMs);
      if (!reservation) {
        throw new GatewayError(
          "budget",
          `Monthly budget of this virtual key exhausted: this request may cost up to $${(plan.worst / 1e6).toFixed(6)}, more than remains`,
        );
      }
      const path = req.endpoint === "chat" ? "/chat/completions" : req.endpoint === "embeddings" ? "/embeddings" : "/v1/messages";
      const { url, init } = upstreamRequest(req, JSON.stringify(body), path);
      const base: Omit<UsageRow, "status" | "inputTokens" | "outputTokens" | "cachedTokens" | "reasoningTokens" | "costMicros" | "latencyMs" | "ttftMs" | "error"> = {
        keyId: key.id,
        userId,
        project: key.project,
        provider: req.provider,
        model: plan.model,
        endpoint: req.endpoint,
        streamed: plan.streamed,
        savedMicros: 0,
        cacheHit: false,
        promptHash: plan.hash,
      };
      const finish = async (status: number, usage: TokenUsage | null, ttftMs: number | null, error: string | null) => {
        const u = usage ?? { input: 0, output: 0, cached: 0, reasoning: 0 };
        const row: UsageRow = {
          ...base,
          status,
          inputTokens: u.input,
          outputTokens: u.output,
          cachedTokens: u.cached,
          reasoningTokens: u.reasoning,
          costMicros: usage ? costMicros(plan.price, u) : 0,
          latencyMs: Math.round(performance.now() - started),
          ttftMs,
          error,
        };
        const r = reservation;
        reservation = null;
        const settled = await settle(deps.sql, r?.id ?? null, row);
        afterSettle(deps, key, row, settled);
      };

      let up;
      try {
        up = await callUpstream(req, url, init);
      } catch (err) {
        const e = err instanceof GatewayError ? err : new GatewayError("upstream", String(err));
        await finish(e.status, null, null, e.message);
        return errorResponse(req.provider, e);
      }
      const { res, abort, done } = up;
      const headers = passHeaders(res);
      const isSse = (res.headers.get("content-type") ?? "").includes("text/event-stream");
      if (!isSse || !res.body) {
        let text: string;
        try {
          text = await res.text();
        } catch (err) {
          done();
          const e = abort.signal.reason instanceof GatewayError ? abort.signal.reason : new GatewayError("upstream", `Upstream answer broken: ${(err as Error).message}`);
          await finish(e.status, null, null, e.message);
          return errorResponse(req.provider, e);
        }
        done();
        const usage = res.ok ? (req.provider === "openai" ? openaiUsage : anthropicUsage)(safeJson(text)?.usage) : null;
        const ttft = Math.round(performance.now() - started);
        await finish(res.status, usage, ttft, res.ok ? null : text.slice(0, 500));
        return new Response(text, { status: res.status, headers });
      }
      // Chunked on purpose: @hono/node-server then sends the headers at once instead of first
      // trying to read the body ahead (which would hold back the first token and turn an early
      // upstream cut into a 500).
      headers.set("transfer-encoding", "chunked");
      return new Response(stream(res.body, plan.input, abort, done, finish), { status: res.status, headers });
    } catch (err) {
      if (reservation) await settleFailed(reservation);
      if (err instanceof GatewayError) return errorResponse(req.provider, err);
      throw err;
    }

    function stream(
      body: ReadableStream<Uint8Array>,
      promptTokens: number,
      abort: AbortController,
      done: () => void,
      finish: (status: number, usage: TokenUsage | null, ttftMs: number | null, error: string | null) => Promise<void>,
    ): ReadableStream<Uint8Array> {
      const reader = body.getReader();
      const sse = new SseUsage(req.provider);
      let ttft: number | null = null;
      let ended = false;
      const end = async (error: string | null, status = 200) => {
        if (ended) return;
        ended = true;
        done();
        await finish(status, sse.final(promptTokens), ttft, error).catch((err) => deps.log.error({ err }, "gateway settle failed"));
      };
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          let chunk: ReadableStreamReadResult<Uint8Array>;
          try {
            chunk = await reader.read();
          } catch (err) {
            const reason = abort.signal.reason;
            await end(reason instanceof GatewayError ? reason.message : `upstream stream broken: ${(err as Error).message}`, reason instanceof GatewayError ? reason.status : 502);
            controller.error(err);
            return;
          }
          if (chunk.done) {
            await end(null);
            controller.close();
            return;
          }
          ttft ??= Math.round(performance.now() - started);
          sse.feed(chunk.value);
          controller.enqueue(chunk.value);
        },
        async cancel() {
          abort.abort(new Error("client closed the connection"));
          reader.cancel().catch(() => {});
          await end("client closed the connection", 499);
        },
      }, { highWaterMark: 0 });
    }
  }

  /** A request that failed before any usage: release its whole reservation. */
  async function settleFailed(r: Reservation) {
    await deps.sql({
      text: `WITH d AS (DELETE FROM budget_reservations WHERE id = $1::uuid RETURNING virtual_key_id, amount_micros)
             UPDATE virtual_keys k SET reserved_micros = k.reserved_micros - d.amount_micros FROM d WHERE k.id = d.virtual_key_id`,
      values: [r.id],
    });
  }

  /** GET /models through the key: the upstream list, narrowed to the key's allowed models. */
  async function models(req: Omit<ProxyRequest, "rawBody" | "endpoint">): Promise<Response> {
    try {
      const key = await keyOf(req.headers);
      const { url, init } = upstreamRequest({ ...req, rawBody: "", endpoint: "chat" }, undefined, "/models", "GET");
      const { res, done } = await callUpstream({ ...req, rawBody: "", endpoint: "chat" }, url, init);
      const text = await res.text().finally(done);
      const json = safeJson(text);
      if (!res.ok || !key.allowedModels.length || !Array.isArray(json?.data)) return new Response(text, { status: res.status, headers: passHeaders(res) });
      json.data = json.data.filter((m: { id?: string }) => m?.id && key.allowedModels.includes(m.id));
      const headers = passHeaders(res);
      return new Response(JSON.stringify(json), { status: res.status, headers });
    } catch (err) {
      if (err instanceof GatewayError) return errorResponse(req.provider, err);
      throw err;
    }
  }

  return { handle, models, prices };
}

export type Gateway = ReturnType<typeof createGateway>;

function bearer(headers: Headers): string | undefined {
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
