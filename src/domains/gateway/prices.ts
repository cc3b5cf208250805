// The model price table, shipped as data. Prices are the providers' list prices in US
// dollars per million tokens as published on PRICES_DATE; the gateway keeps money in integer
// micro-dollars, so "$0.15 per million" is 0.15 micro-dollars per token. GATEWAY_PRICES (a JSON
// object of the same shape) overrides or adds entries; GATEWAY_DEFAULT_PRICE prices models
// missing from both, and without it such models are refused (docs: README "LLM gateway").
export const PRICES_DATE = "2025-06-01";

export interface ModelPrice {
  provider: "openai" | "anthropic";
  /** USD per million tokens. */
  input: number;
  output: number;
  /** Cached (prompt-cache read) input tokens; defaults to `input`. */
  cachedInput?: number;
  /** Reasoning tokens; defaults to `output` (both providers bill them as output). */
  reasoning?: number;
  /** Largest output the model can produce: the worst case when a request names no maximum. */
  maxOutput: number;
}

export const PRICES: Record<string, ModelPrice> = {
  "gpt-4o": { provider: "openai", input: 2.5, output: 10, cachedInput: 1.25, maxOutput: 16_384 },
  "gpt-4o-mini": { provider: "openai", input: 0.15, output: 0.6, cachedInput: 0.075, maxOutput: 16_384 },
  "gpt-4.1": { provider: "openai", input: 2, output: 8, cachedInput: 0.5, maxOutput: 32_768 },
  "gpt-4.1-mini": { provider: "openai", input: 0.4, output: 1.6, cachedInput: 0.1, maxOutput: 32_768 },
  "gpt-4.1-nano": { provider: "openai", input: 0.1, output: 0.4, cachedInput: 0.025, maxOutput: 32_768 },
  "gpt-4-turbo": { provider: "openai", input: 10, output: 30, maxOutput: 4_096 },
  "gpt-3.5-turbo": { provider: "openai", input: 0.5, output: 1.5, maxOutput: 4_096 },
  o1: { provider: "openai", input: 15, output: 60, cachedInput: 7.5, maxOutput: 100_000 },
  "o1-mini": { provider: "openai", input: 1.1, output: 4.4, cachedInput: 0.55, maxOutput: 65_536 },
  o3: { provider: "openai", input: 2, output: 8, cachedInput: 0.5, maxOutput: 100_000 },
  "o3-mini": { provider: "openai", input: 1.1, output: 4.4, cachedInput: 0.55, maxOutput: 100_000 },
  "o4-mini": { provider: "openai", input: 1.1, output: 4.4, cachedInput: 0.275, maxOutput: 100_000 },
  "text-embedding-3-small": { provider: "openai", input: 0.02, output: 0, maxOutput: 0 },
  "text-embedding-3-large": { provider: "openai", input: 0.13, output: 0, maxOutput: 0 },
  "text-embedding-ada-002": { provider: "openai", input: 0.1, output: 0, maxOutput: 0 },
  "claude-3-5-sonnet-20241022": { provider: "anthropic", input: 3, output: 15, cachedInput: 0.3, maxOutput: 8_192 },
  "claude-3-5-sonnet-20240620": { provider: "anthropic", input: 3, output: 15, cachedInput: 0.3, maxOutput: 8_192 },
  "claude-3-5-haiku-20241022": { provider: "anthropic", input: 0.8, output: 4, cachedInput: 0.08, maxOutput: 8_192 },
  "claude-3-7-sonnet-20250219": { provider: "anthropic", input: 3, output: 15, cachedInput: 0.3, maxOutput: 64_000 },
  "claude-sonnet-4-20250514": { provider: "anthropic", input: 3, output: 15, cachedInput: 0.3, maxOutput: 64_000 },
  "claude-opus-4-20250514": { provider: "anthropic", input: 15, output: 75, cachedInput: 1.5, maxOutput: 32_000 },
  "claude-3-opus-20240229": { provider: "anthropic", input: 15, output: 75, cachedInput: 1.5, maxOutput: 4_096 },
  "claude-3-haiku-20240307": { provider: "anthropic", input: 0.25, output: 1.25, cachedInput: 0.03, maxOutput: 4_096 },
};

export interface PriceBook {
  /** The price of `model`: exact name, else the longest listed name it starts with (dated variants), else the default. */
  lookup(model: string): ModelPrice | undefined;
}

export function createPriceBook(overrides: Record<string, ModelPrice> = {}, fallback?: Omit<ModelPrice, "provider">): PriceBook {
  const table = { ...PRICES, ...overrides };
  const names = Object.keys(table).sort((a, b) => b.length - a.length);
  const cache = new Map<string, ModelPrice | undefined>();
  return {
    lookup(model) {
      if (cache.has(model)) return cache.get(model);
      let found = table[model] ?? table[names.find((n) => model.startsWith(`${n}-`)) ?? ""];
      if (!found && fallback) found = { provider: model.startsWith("claude") ? "anthropic" : "openai", ...fallback };
      if (cache.size < 1000) cache.set(model, found);
      return found;
    },
  };
}

export interface TokenUsage {
  input: number;
  output: number;
  cached: number;
  reasoning: number;
}

/**
 * Cost in micro-dollars, rounded up. `input` counts every prompt token, cached ones included
 * (OpenAI's prompt_tokens; for Anthropic the caller adds cache reads to input_tokens); `output`
 * counts every generated token, reasoning included (both providers report it that way).
 */
export function costMicros(price: ModelPrice, u: TokenUsage): number {
  const cached = Math.min(u.cached, u.input);
  const reasoning = Math.min(u.reasoning, u.output);
  const total =
    (u.input - cached) * price.input +
    cached * (price.cachedInput ?? price.input) +
    (u.output - reasoning) * price.output +
    reasoning * (price.reasoning ?? price.output);
  // USD per million tokens times tokens = micro-dollars; the epsilon absorbs float noise.
  return Math.ceil(total - 1e-9);
}
