// A request's plan, before anything leaves the gateway: the body parsed, the key's model list
// and token caps applied, the model priced, the prompt counted, and the worst case (cost and
// tokens) that the budget and the tokens-per-minute window hold until the request settles.
import type { VirtualKey } from "../../generated/prisma/client.js";
import { costMicros, type ModelPrice, type PriceBook } from "./prices.js";
import { anthropicInputTokens, capAnthropic, CapRefused, capOpenAIChat, isReasoningModel, openaiChatInputTokens, openaiEmbeddingInputTokens } from "./tokens.js";
import { GatewayError, promptHash, type Provider } from "./wire.js";

export type Endpoint = "chat" | "embeddings" | "messages";

function price(prices: PriceBook, key: VirtualKey, provider: Provider, model: unknown): { model: string; price: ModelPrice } {
  if (typeof model !== "string" || !model || model.length > 200) throw new GatewayError("invalid", "model is required", "model");
  if (key.allowedModels.length && !key.allowedModels.includes(model)) {
    throw new GatewayError("forbidden", `Model ${model} is not allowed for this key`, "model");
  }
  const p = prices.lookup(model);
  if (!p || p.provider !== provider) throw new GatewayError("invalid", `Model ${model} has no price in this gateway (GATEWAY_PRICES, GATEWAY_DEFAULT_PRICE)`, "model");
  return { model, price: p };
}

export function parseBody(raw: string): Record<string, any> {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new GatewayError("invalid", "Request body is not valid JSON");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new GatewayError("invalid", "Request body must be a JSON object");
  return body as Record<string, any>;
}

/**
 * Everything before the upstream call, from the request alone: applies the key's model list
 * and caps to the body (in place) and returns the price, the prompt estimate, the worst-case
 * cost and tokens, and the waste detector's prompt hash.
 */
export function planRequest(prices: PriceBook, provider: Provider, endpoint: Endpoint, key: VirtualKey, body: Record<string, any>) {
  const { model, price: p } = price(prices, key, provider, body.model);
  const caps = { maxTokensPerRequest: key.maxTokensPerRequest, maxReasoningTokens: key.maxReasoningTokens, tokenCapMode: key.tokenCapMode };
  let input: number;
  let maxOut: number | undefined;
  let hashParts: unknown[];
  try {
    if (endpoint === "chat") {
      if (!Array.isArray(body.messages)) throw new GatewayError("invalid", "messages must be an array", "messages");
      maxOut = capOpenAIChat(body, caps, isReasoningModel(model));
      input = openaiChatInputTokens(body);
      hashParts = [body.messages, body.tools ?? null];
      if (body.stream === true) {
        // Copied then set, not `{ ...options, include_usage: true }`: a spread followed by a new
        // property makes objects that young-generation collections keep (see proxy.service.ts `usageRow`).
        const options = Object.assign({}, body.stream_options);
        options.include_usage = true;
        body.stream_options = options;
      }
    } else if (endpoint === "embeddings") {
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
  // What the request counts against the key's tokens per minute until it settles.
  const tokens = input + worstOut;
  return { model, price: p, input, worst, tokens, hash: promptHash(model, hashParts), streamed: body.stream === true };
}

export type Plan = ReturnType<typeof planRequest>;
