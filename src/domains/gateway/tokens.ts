// Worst-case token counts before a request goes upstream, and the per-key token caps.
// OpenAI models: gpt-tokenizer with the model family's encoding (o200k_base for gpt-4o,
// gpt-4.1 and the o-series, cl100k_base for older models and embeddings), plus the chat
// format's fixed overhead per message (4) and per reply (3). Anthropic publishes no
// tokenizer: the estimate is the UTF-8 byte length of the prompt's JSON, an upper bound
// because every Claude token covers at least one byte of text.
import { countTokens as countO200k } from "gpt-tokenizer";
import { countTokens as countCl100k } from "gpt-tokenizer/encoding/cl100k_base";
import type { TokenCapMode } from "../../generated/prisma/client.js";

const NO_SPECIAL = { disallowedSpecial: new Set<string>() };
const LEGACY = /^(gpt-4(?!o|\.)|gpt-3\.5|text-embedding)/;

export function countText(model: string, text: string): number {
  if (!text) return 0;
  return LEGACY.test(model) ? countCl100k(text, NO_SPECIAL) : countO200k(text, NO_SPECIAL);
}

const textOf = (v: unknown): string => (typeof v === "string" ? v : v == null ? "" : JSON.stringify(v));

/**
 * A message's role, counted once per encoding: every message has one, from a handful of
 * names, and a tokenizer call costs a few microseconds however short its text.
 */
const ROLES = new Set(["system", "developer", "user", "assistant", "tool", "function"]);
const roleTokens = { cl100k: new Map<string, number>(), o200k: new Map<string, number>() };
function countRole(model: string, role: unknown): number {
  if (typeof role !== "string" || !ROLES.has(role)) return countText(model, textOf(role));
  const counted = LEGACY.test(model) ? roleTokens.cl100k : roleTokens.o200k;
  let n = counted.get(role);
  if (n === undefined) counted.set(role, (n = countText(model, role)));
  return n;
}

/** Prompt tokens of an OpenAI chat request (messages, tools, response format). */
export function openaiChatInputTokens(body: Record<string, any>): number {
  const model = String(body.model);
  let n = 3;
  for (const m of Array.isArray(body.messages) ? body.messages : []) {
    n += 4 + countRole(model, m?.role);
    const content = m?.content;
    if (Array.isArray(content)) {
      for (const part of content) n += countText(model, part?.type === "text" ? textOf(part.text) : textOf(part));
    } else n += countText(model, textOf(content));
    if (m?.name) n += countText(model, textOf(m.name)) + 1;
    if (m?.tool_calls) n += countText(model, textOf(m.tool_calls));
  }
  for (const k of ["tools", "functions", "response_format"]) if (body[k]) n += countText(model, textOf(body[k]));
  return n;
}

/** Input tokens of an OpenAI embeddings request (strings, or arrays of token ids as sent). */
export function openaiEmbeddingInputTokens(body: Record<string, any>): number {
  const model = String(body.model);
  const input = body.input;
  const items = Array.isArray(input) ? input : [input];
  let n = 0;
  for (const item of items) n += typeof item === "number" ? 1 : Array.isArray(item) ? item.length : countText(model, textOf(item));
  return n;
}

/** Anthropic estimate (see the header): the byte length of everything that becomes prompt. */
export function anthropicInputTokens(body: Record<string, any>): number {
  return Buffer.byteLength(JSON.stringify([body.system ?? null, body.messages ?? null, body.tools ?? null]), "utf8");
}

export interface KeyCaps {
  maxTokensPerRequest: number | null;
  maxReasoningTokens: number | null;
  tokenCapMode: TokenCapMode;
}

export class CapRefused extends Error {
  constructor(
    message: string,
    readonly param: string,
  ) {
    super(message);
  }
}

function capped(value: unknown, cap: number | null, mode: TokenCapMode, param: string): number | undefined {
  if (value === undefined || value === null) return cap ?? undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new CapRefused(`${param} must be a non-negative integer`, param);
  if (cap == null || value <= cap) return value;
  if (mode === "REFUSE") throw new CapRefused(`${param} ${value} exceeds this key's limit of ${cap}`, param);
  return cap;
}

/**
 * Applies the key's caps to an OpenAI chat body (in place) and returns the most output tokens
 * the request can produce, or undefined when neither the request nor the key bounds it.
 * A request with no maximum gets the cap as `max_completion_tokens`. Reasoning tokens count
 * inside that maximum, so the reasoning cap bounds it too for reasoning models.
 */
export function capOpenAIChat(body: Record<string, any>, caps: KeyCaps, reasoningModel: boolean): number | undefined {
  const field = body.max_completion_tokens !== undefined && body.max_completion_tokens !== null ? "max_completion_tokens" : body.max_tokens != null ? "max_tokens" : "max_completion_tokens";
  let cap = caps.maxTokensPerRequest;
  if (reasoningModel && caps.maxReasoningTokens != null) cap = cap == null ? caps.maxReasoningTokens : Math.min(cap, caps.maxReasoningTokens);
  const max = capped(body[field], cap, caps.tokenCapMode, field);
  if (max !== undefined) body[field] = max;
  const n = body.n == null ? 1 : body.n;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 128) throw new CapRefused("n must be an integer between 1 and 128", "n");
  return max === undefined ? undefined : max * n;
}

/** Anthropic: `max_tokens` (the cap when absent) and the extended-thinking `budget_tokens`. */
export function capAnthropic(body: Record<string, any>, caps: KeyCaps): number | undefined {
  const max = capped(body.max_tokens, caps.maxTokensPerRequest, caps.tokenCapMode, "max_tokens");
  if (max !== undefined) body.max_tokens = max;
  const thinking = body.thinking;
  if (thinking && typeof thinking === "object" && thinking.type === "enabled") {
    const budget = capped(thinking.budget_tokens, caps.maxReasoningTokens, caps.tokenCapMode, "thinking.budget_tokens");
    if (budget !== undefined) thinking.budget_tokens = budget;
  }
  return max; // thinking tokens are part of max_tokens
}

export const isReasoningModel = (model: string) => /^o\d/.test(model) || /^gpt-5/.test(model);

/** Builds both encodings' tables now (their first use takes about 15 ms). */
export function warmTokenizers(): void {
  countText("gpt-4o", "warm up");
  countText("gpt-4", "warm up");
}
