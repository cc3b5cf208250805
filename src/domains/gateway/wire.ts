// The providers' wire formats: error bodies, usage objects and the SSE usage events, so the
// gateway answers every refusal the way the SDKs expect and reads usage from either API.
import { createHash } from "node:crypto";
import type { TokenUsage } from "./prices.js";

export type Provider = "openai" | "anthropic";

/** Error kinds the gateway itself raises, with their status (README "LLM gateway" lists them). */
export type GatewayErrorKind = "auth" | "forbidden" | "invalid" | "budget" | "rate_limit" | "upstream" | "timeout" | "too_large" | "internal";

const STATUS: Record<GatewayErrorKind, number> = {
  auth: 401,
  forbidden: 403,
  invalid: 400,
  budget: 402,
  rate_limit: 429,
  upstream: 502,
  timeout: 504,
  too_large: 413,
  internal: 500,
};
const OPENAI_TYPE: Record<GatewayErrorKind, [type: string, code: string]> = {
  auth: ["invalid_request_error", "invalid_api_key"],
  forbidden: ["invalid_request_error", "model_not_allowed"],
  invalid: ["invalid_request_error", "invalid_request"],
  budget: ["insufficient_quota", "budget_exceeded"],
  rate_limit: ["rate_limit_error", "rate_limit_exceeded"],
  upstream: ["api_error", "upstream_unavailable"],
  timeout: ["api_error", "upstream_timeout"],
  too_large: ["invalid_request_error", "request_too_large"],
  internal: ["api_error", "internal_error"],
};
const ANTHROPIC_TYPE: Record<GatewayErrorKind, string> = {
  auth: "authentication_error",
  forbidden: "permission_error",
  invalid: "invalid_request_error",
  budget: "billing_error",
  rate_limit: "rate_limit_error",
  upstream: "api_error",
  timeout: "timeout_error",
  too_large: "request_too_large",
  internal: "api_error",
};

export class GatewayError extends Error {
  constructor(
    readonly kind: GatewayErrorKind,
    message: string,
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  get status() {
    return STATUS[this.kind];
  }
}

/** The request headers the gateway reads: node's, or a WHATWG `Headers`. Names are lower case. */
export interface RequestHeaders {
  get(name: string): string | null;
}

/** A streamed answer's body: the next chunk (null at the end), or the client's hang-up. */
export interface AnswerStream {
  next(): Promise<Buffer | null>;
  cancel(): Promise<void>;
}

/** What the gateway answers: the HTTP layer (proxy.http.ts) writes it to the client. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[]>;
  body: string | AnswerStream;
}

export function errorAnswer(provider: Provider, err: GatewayError): Answer {
  const body =
    provider === "openai"
      ? { error: { message: err.message, type: OPENAI_TYPE[err.kind][0], param: err.param, code: OPENAI_TYPE[err.kind][1] } }
      : { type: "error", error: { type: ANTHROPIC_TYPE[err.kind], message: err.message } };
  return { status: err.status, headers: { "content-type": "application/json", ...err.headers }, body: JSON.stringify(body) };
}

const int = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);

/** OpenAI `usage` (chat and embeddings): prompt tokens include cached, completion include reasoning. */
export function openaiUsage(u: any): TokenUsage | null {
  if (!u || typeof u !== "object") return null;
  return {
    input: int(u.prompt_tokens ?? u.input_tokens),
    output: int(u.completion_tokens ?? u.output_tokens),
    cached: int(u.prompt_tokens_details?.cached_tokens),
    reasoning: int(u.completion_tokens_details?.reasoning_tokens),
  };
}

/**
 * Anthropic `usage`: `input_tokens` excludes cache reads and writes, so input is their sum
 * (cache writes priced as input); `cached` is the cache reads. Thinking tokens are billed as
 * output and not reported apart, so `reasoning` stays 0.
 */
export function anthropicUsage(u: any): TokenUsage | null {
  if (!u || typeof u !== "object") return null;
  const cached = int(u.cache_read_input_tokens);
  return { input: int(u.input_tokens) + cached + int(u.cache_creation_input_tokens), output: int(u.output_tokens), cached, reasoning: 0 };
}

/**
 * Reads usage out of an SSE stream as it passes, without holding it back: OpenAI's final
 * chunk (`stream_options.include_usage`), Anthropic's `message_start` (input) and
 * `message_delta` (cumulative output). Content deltas are counted too, one token each (both
 * providers stream about a token per delta), as the fallback when a stream ends before its
 * usage arrived, so a cut stream is never recorded as zero output.
 */
export class SseUsage {
  usage: TokenUsage | null = null;
  deltas = 0;
  private rest = "";
  private readonly decoder = new TextDecoder();

  constructor(private readonly provider: Provider) {}

  feed(chunk: Uint8Array) {
    const text = this.rest + this.decoder.decode(chunk, { stream: true });
    const lines = text.split("\n");
    this.rest = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith("data:")) this.line(line.slice(5).trim());
  }

  private line(data: string) {
    if (this.provider === "openai") {
      if (data.includes('"usage"') && data.includes("_tokens")) {
        const u = openaiUsage(safeParse(data)?.usage);
        if (u) this.usage = u;
      } else if (/"(content|refusal|arguments)":"[^"]/.test(data)) this.deltas++;
      return;
    }
    if (data.includes('"message_start"')) {
      const u = anthropicUsage(safeParse(data)?.message?.usage);
      if (u) this.usage = u;
    } else if (data.includes('"message_delta"')) {
      const out = int(safeParse(data)?.usage?.output_tokens);
      if (this.usage) this.usage.output = Math.max(this.usage.output, out);
      else this.usage = { input: 0, output: out, cached: 0, reasoning: 0 };
    } else if (data.includes('"content_block_delta"')) this.deltas++;
  }

  /** Usage to bill: reported where known, else at least the counted deltas and the counted prompt. */
  final(promptTokens: number): TokenUsage {
    const u = this.usage ?? { input: 0, output: 0, cached: 0, reasoning: 0 };
    return { input: u.input || promptTokens, output: Math.max(u.output, this.deltas), cached: u.cached, reasoning: u.reasoning };
  }
}

function safeParse(s: string): any {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

/**
 * The waste detector's key: model plus the prompt with whitespace runs collapsed and trimmed
 * (so re-sent prompts that differ only in formatting match), hashed with SHA-256. The text
 * hashed is `JSON.stringify([model, parts])` with every string so normalised, written out
 * directly: building normalised copies of the messages first was a tenth of the gateway's own
 * JavaScript per request. wire.test.ts holds it to that definition.
 */
export function promptHash(model: string, parts: unknown[]): string {
  return createHash("sha256").update(`[${JSON.stringify(model)},${normJson(parts)}]`).digest("hex");
}

/** Whitespace that `replace(/\s+/g, " ").trim()` would change: any but a single inner space. */
const UNNORMAL = /[^\S ]| {2}|^ | $/;

/** `JSON.stringify(v)` of `v` with its strings normalised, for values as JSON.parse gives them. */
function normJson(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(UNNORMAL.test(v) ? v.replace(/\s+/g, " ").trim() : v);
  if (Array.isArray(v)) {
    let out = "[";
    for (let i = 0; i < v.length; i++) out += (i ? "," : "") + (skipped(v[i]) ? "null" : normJson(v[i]));
    return out + "]";
  }
  if (v && typeof v === "object") {
    let out = "{";
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (!skipped(x)) out += (out.length > 1 ? "," : "") + JSON.stringify(k) + ":" + normJson(x);
    }
    return out + "}";
  }
  return JSON.stringify(v) ?? "null";
}

/** What JSON.stringify leaves out of objects (and writes as null in arrays). */
const skipped = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";
