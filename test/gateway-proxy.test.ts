// The gateway with the real OpenAI and Anthropic SDKs against a fake upstream on loopback:
// answers pass through unchanged, usage and spend match the fake's reported usage to the
// token, errors come back in the provider's shape, and every reservation is released.
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { costMicros, PRICES } from "../src/domains/gateway/prices.js";
import { createKey, keyRow, useGatewayNode, usageOf } from "./gateway-helpers.js";

const { node, fake, admin } = useGatewayNode({ env: { GATEWAY_FIRST_BYTE_TIMEOUT_MS: "1000" } });

const openai = (key: string) => new OpenAI({ apiKey: key, baseURL: `${node.url}/proxy/openai/v1`, maxRetries: 0 });
const anthropic = (key: string) => new Anthropic({ apiKey: key, baseURL: `${node.url}/proxy/anthropic`, maxRetries: 0 });
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
};

describe("OpenAI", () => {
  it("non-streaming: the answer passes through; usage and cost are the upstream's, to the token", async () => {
    const key = await createKey(node, admin, { monthlyBudgetUsd: 5 });
    fake.promptTokens = 13;
    fake.completionTokens = 5;
    fake.cachedTokens = 4;
    const before = fake.requests.length;
    const res = await openai(key.raw).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hello!" }] });
    fake.cachedTokens = 0;
    expect(res.choices[0].message.content).toBe("w0 w1 w2 w3 w4");
    expect(res.usage).toMatchObject({ prompt_tokens: 13, completion_tokens: 5 });
    const seen = fake.requests[before];
    expect(seen.headers.authorization).toBe("Bearer sk-upstream-openai");
    expect(JSON.stringify(seen.headers)).not.toContain(key.raw);
    const [ev] = await usageOf(node, key.legacyId);
    expect(ev).toMatchObject({ provider: "openai", model: "gpt-4o-mini", status: 200, inputTokens: 13, outputTokens: 5, cachedTokens: 4, streamed: false });
    const cost = costMicros(PRICES["gpt-4o-mini"], { input: 13, output: 5, cached: 4, reasoning: 0 });
    expect(Number(ev.costMicros)).toBe(cost);
    const row = await keyRow(node, key.legacyId);
    expect(Number(row.monthSpendMicros)).toBe(cost);
    expect(Number(row.reservedMicros)).toBe(0);
  });

  it("back-to-back requests near the cap are not refused for the reservation of the request just answered", async () => {
    // Each request holds its worst case (1000 output tokens: 600 micro-dollars, plus the prompt)
    // until its settle, which lands just after its answer went out (a refusal meanwhile waits
    // for it and decides again: test/gateway-landing.test.ts). The cap fits one worst case,
    // never two, and the actual costs of all ten: a client sending its next request the moment
    // it has an answer must not find the previous reservation in the way (seen elsewhere as
    // "reservations that leak and refuse later requests").
    const capMicros = 900;
    const key = await createKey(node, admin, { monthlyBudgetUsd: capMicros / 1e6 });
    fake.promptTokens = 9;
    fake.completionTokens = 5;
    const client = openai(key.raw);
    for (let i = 0; i < 10; i++) {
      const res = await client.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 1000, messages: [{ role: "user", content: `Hi ${i}` }] });
      expect(res.usage?.completion_tokens, `request ${i}`).toBe(5);
    }
    const events = await usageOf(node, key.legacyId);
    expect(events.map((e) => e.status)).toEqual(Array(10).fill(200));
    const spent = costMicros(PRICES["gpt-4o-mini"], { input: 9, output: 5, cached: 0, reasoning: 0 }) * 10;
    const row = await keyRow(node, key.legacyId);
    expect(Number(row.monthSpendMicros)).toBe(spent);
    expect(Number(row.reservedMicros)).toBe(0);
    // The worst case of one more request no longer fits beside two: the cap is still enforced.
    expect(spent + 2 * 600).toBeGreaterThan(capMicros);
  });

  it("streaming: chunks arrive as sent and the final usage chunk is billed", async () => {
    const key = await createKey(node, admin);
    fake.promptTokens = 21;
    fake.completionTokens = 7;
    const stream = await openai(key.raw).chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "Count" }] });
    let text = "";
    let usage: OpenAI.CompletionUsage | undefined | null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? "";
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe("w0 w1 w2 w3 w4 w5 w6 ");
    expect(usage).toMatchObject({ prompt_tokens: 21, completion_tokens: 7 });
    expect(fake.requests.at(-1)!.body.stream_options).toEqual({ include_usage: true });
    const [ev] = await usageOf(node, key.legacyId);
    expect(ev).toMatchObject({ streamed: true, inputTokens: 21, outputTokens: 7, status: 200 });
    expect(ev.ttftMs).not.toBeNull();
    expect(Number(ev.costMicros)).toBe(costMicros(PRICES["gpt-4o-mini"], { input: 21, output: 7, cached: 0, reasoning: 0 }));
    expect(Number((await keyRow(node, key.legacyId)).reservedMicros)).toBe(0);
  });

  it("upstream errors come back unchanged; nothing is billed", async () => {
    const key = await createKey(node, admin);
    const err = await openai(key.raw).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "error:429" }] }).catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    expect(err.error).toMatchObject({ message: "fake upstream error", code: "rate_limit_exceeded" });
    const [ev] = await usageOf(node, key.legacyId);
    expect(ev).toMatchObject({ status: 429, costMicros: 0n });
    expect(Number((await keyRow(node, key.legacyId)).reservedMicros)).toBe(0);
  });

  it("a slow first byte times out as a 504 in OpenAI's error shape", async () => {
    const key = await createKey(node, admin);
    const err = await openai(key.raw).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "slow:2500" }] }).catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(err.status).toBe(504);
    expect(err.error).toMatchObject({ type: "api_error", code: "upstream_timeout" });
    expect(Number((await keyRow(node, key.legacyId)).reservedMicros)).toBe(0);
  });

  it("a stream the upstream cuts is billed for the deltas seen, never zero", async () => {
    const key = await createKey(node, admin);
    fake.promptTokens = 9;
    fake.completionTokens = 10;
    const stream = await openai(key.raw).chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "cut:3" }] });
    const got: string[] = [];
    const err = await (async () => {
      for await (const c of stream) got.push(c.choices[0]?.delta?.content ?? "");
    })().catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    await until(async () => (await usageOf(node, key.legacyId)).length > 0);
    const [ev] = await usageOf(node, key.legacyId);
    expect(ev.outputTokens).toBe(3);
    expect(ev.inputTokens).toBeGreaterThan(0);
    expect(ev.status).toBe(502);
    expect(Number(ev.costMicros)).toBeGreaterThan(0);
    expect(Number((await keyRow(node, key.legacyId)).reservedMicros)).toBe(0);
  });

  it("a client that hangs up aborts the upstream request and settles", async () => {
    const key = await createKey(node, admin);
    fake.completionTokens = 50;
    fake.chunkDelayMs = 30;
    const abortedBefore = fake.aborted;
    const ctl = new AbortController();
    const stream = await openai(key.raw).chat.completions.create(
      { model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "long" }] },
      { signal: ctl.signal },
    );
    let n = 0;
    await (async () => {
      for await (const _ of stream) if (++n === 3) ctl.abort();
    })().catch(() => {});
    await until(async () => fake.aborted > abortedBefore && (await usageOf(node, key.legacyId)).length > 0);
    fake.chunkDelayMs = 0;
    expect(fake.aborted).toBeGreaterThan(abortedBefore);
    const [ev] = await usageOf(node, key.legacyId);
    expect(ev.status).toBe(499);
    expect(ev.outputTokens).toBeGreaterThan(0);
    expect(ev.outputTokens).toBeLessThan(50);
    expect(Number((await keyRow(node, key.legacyId)).reservedMicros)).toBe(0);
  });

  it("a client that hangs up before the upstream's first byte aborts the upstream request and releases its reservation", async () => {
    const key = await createKey(node, admin);
    const abortedBefore = fake.aborted;
    const ctl = new AbortController();
    const sent = openai(key.raw)
      .chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "slow:800" }] }, { signal: ctl.signal })
      .catch((e) => e);
    // The upstream holds its status line for 800 ms (under the 1 s first-byte timeout): hang up while it waits.
    await until(async () => Number((await keyRow(node, key.legacyId)).reservedMicros) > 0);
    ctl.abort();
    expect(await sent).toBeInstanceOf(OpenAI.APIUserAbortError);
    await until(async () => fake.aborted > abortedBefore && (await usageOf(node, key.legacyId)).length > 0);
    expect(fake.aborted).toBeGreaterThan(abortedBefore);
    const [ev] = await usageOf(node, key.legacyId);
    expect(ev.status).toBe(499);
    expect(ev.outputTokens).toBe(0);
    expect(Number((await keyRow(node, key.legacyId)).reservedMicros)).toBe(0);
  });

  it("token caps: clamp lowers the maximum, an absent maximum gets the cap, refuse answers 400", async () => {
    const clamp = await createKey(node, admin, { maxTokensPerRequest: 3 });
    await openai(clamp.raw).chat.completions.create({ model: "gpt-4o-mini", max_tokens: 100, messages: [{ role: "user", content: "a" }] });
    expect(fake.requests.at(-1)!.body.max_tokens).toBe(3);
    await openai(clamp.raw).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "a" }] });
    expect(fake.requests.at(-1)!.body.max_completion_tokens).toBe(3);
    const refuse = await createKey(node, admin, { maxTokensPerRequest: 3, tokenCapMode: "REFUSE" });
    const err = await openai(refuse.raw).chat.completions.create({ model: "gpt-4o-mini", max_completion_tokens: 4, messages: [{ role: "user", content: "a" }] }).catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(err.error).toMatchObject({ param: "max_completion_tokens" });
  });

  it("a budget that cannot hold the worst case refuses with 402 in OpenAI's shape", async () => {
    const key = await createKey(node, admin, { monthlyBudgetUsd: 0.000001 });
    const err = await openai(key.raw).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }).catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(err.status).toBe(402);
    expect(err.error).toMatchObject({ type: "insufficient_quota", code: "budget_exceeded" });
  });

  it("models are filtered by the key's allowed models; other models are refused", async () => {
    const key = await createKey(node, admin, { allowedModels: ["gpt-4o-mini"] });
    const list = await openai(key.raw).models.list();
    expect(list.data.map((m) => m.id)).toEqual(["gpt-4o-mini"]);
    const err = await openai(key.raw).chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "a" }] }).catch((e) => e);
    expect(err.status).toBe(403);
  });

  it("embeddings are billed from the upstream's usage", async () => {
    const key = await createKey(node, admin);
    fake.promptTokens = 8;
    const res = await openai(key.raw).embeddings.create({ model: "text-embedding-3-small", input: ["a", "b"] });
    expect(res.data).toHaveLength(2);
    const [ev] = await usageOf(node, key.legacyId);
    expect(ev).toMatchObject({ endpoint: "embeddings", inputTokens: 8, outputTokens: 0 });
  });

  it("refuses a missing, unknown or revoked key with 401", async () => {
    const err = await openai("vk_not-a-real-key-at-all-000000").chat.completions.create({ model: "gpt-4o-mini", messages: [] }).catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    const res = await node.http("POST", "/proxy/openai/v1/chat/completions", { body: { model: "gpt-4o-mini", messages: [] } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("invalid_api_key");
  });

  it("records the switchyard user of an optional Bearer next to X-Virtual-Key", async () => {
    const key = await createKey(node, admin);
    const me = await node.gql("{ me { id } }", {}, admin);
    const res = await node.http("POST", "/proxy/openai/v1/chat/completions", {
      headers: { ...admin, "x-virtual-key": key.raw },
      body: { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] },
    });
    expect(res.status).toBe(200);
    const [ev] = await usageOf(node, key.legacyId);
    expect(ev.userId).toBe(Buffer.from(me.data.me.id, "base64").toString().split(":").pop());
  });
});

describe("Anthropic", () => {
  it("non-streaming through the SDK with the virtual key as its API key", async () => {
    const key = await createKey(node, admin);
    fake.promptTokens = 17;
    fake.completionTokens = 4;
    fake.cachedTokens = 5;
    const msg = await anthropic(key.raw).messages.create({ model: "claude-3-5-sonnet-20241022", max_tokens: 1024, messages: [{ role: "user", content: "Hello!" }] });
    fake.cachedTokens = 0;
    expect(msg.content[0]).toMatchObject({ type: "text", text: "w0 w1 w2 w3" });
    const seen = fake.requests.at(-1)!;
    expect(seen.headers["x-api-key"]).toBe("sk-ant-upstream");
    const [ev] = await usageOf(node, key.legacyId);
    expect(ev).toMatchObject({ provider: "anthropic", inputTokens: 17, outputTokens: 4, cachedTokens: 5 });
    expect(Number(ev.costMicros)).toBe(costMicros(PRICES["claude-3-5-sonnet-20241022"], { input: 17, output: 4, cached: 5, reasoning: 0 }));
  });

  it("streaming: message_start and message_delta usage are billed", async () => {
    const key = await createKey(node, admin);
    fake.promptTokens = 30;
    fake.completionTokens = 6;
    const stream = anthropic(key.raw).messages.stream({ model: "claude-3-5-sonnet-20241022", max_tokens: 1024, messages: [{ role: "user", content: "Hi" }] });
    const final = await stream.finalMessage();
    expect(final.usage.output_tokens).toBe(6);
    const [ev] = await usageOf(node, key.legacyId);
    expect(ev).toMatchObject({ streamed: true, inputTokens: 30, outputTokens: 6 });
  });

  it("errors in Anthropic's shape; thinking budgets are capped", async () => {
    const key = await createKey(node, admin, { maxReasoningTokens: 100 });
    const err = await anthropic(key.raw).messages.create({ model: "claude-3-5-sonnet-20241022", max_tokens: 10, messages: [{ role: "user", content: "error:529" }] }).catch((e) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(err.status).toBe(529);
    await anthropic(key.raw).messages.create({
      model: "claude-3-7-sonnet-20250219", max_tokens: 2000, thinking: { type: "enabled", budget_tokens: 1500 },
      messages: [{ role: "user", content: "think" }],
    });
    expect(fake.requests.at(-1)!.body.thinking.budget_tokens).toBe(100);
    const bad = await anthropic("vk_wrong-key-0000000000000000").messages.create({ model: "claude-3-5-sonnet-20241022", max_tokens: 10, messages: [] }).catch((e) => e);
    expect(bad).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(bad.error).toMatchObject({ type: "error", error: { type: "authentication_error" } });
  });
});
