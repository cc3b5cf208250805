// Tokens-per-minute limits (tpmLimit): a request counts its prompt estimate + maximum output
// against the key's current UTC minute in the reserve statement itself, is refused with 429
// in the provider's shape and Retry-After once the minute is full, and is corrected to the
// tokens the upstream reported when it settles. Concurrent requests never together pass the
// limit (proved on PostgreSQL; PGlite runs the same test).
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { openaiChatInputTokens } from "../src/domains/gateway/tokens.js";
import { createKey, keyRow, useGatewayNode, usageOf } from "./gateway-helpers.js";

const { node, fake, admin } = useGatewayNode({ env: { DATABASE_POOL_SIZE: "20" } });

const messages = [{ role: "user" as const, content: "count my tokens" }];
const input = openaiChatInputTokens({ model: "gpt-4o-mini", messages });
const chat = (key: string, extra: Record<string, unknown> = {}) =>
  node.http("POST", "/proxy/openai/v1/chat/completions", {
    headers: { authorization: `Bearer ${key}` },
    body: { model: "gpt-4o-mini", max_tokens: 20, messages, ...extra },
  });

/** A window check near the end of a minute could see the next minute start: begin early in one. */
async function earlyInAMinute() {
  const s = new Date().getUTCSeconds();
  if (s >= 45) await new Promise((r) => setTimeout(r, (61 - s) * 1000));
}

describe("tokens per minute", () => {
  it("refuses with 429, OpenAI's shape and Retry-After once the minute's tokens are spent", async () => {
    await earlyInAMinute();
    // The upstream uses every token asked for: a request counts input + 20 and keeps it.
    fake.promptTokens = input;
    fake.completionTokens = 20;
    const key = await createKey(node, admin, { tpmLimit: 3 * (input + 20) });
    for (let i = 0; i < 3; i++) expect((await chat(key.raw)).status).toBe(200);
    const refused = await chat(key.raw);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ type: "rate_limit_error", code: "rate_limit_exceeded" });
    expect(refused.body.error.message).toContain("tokens per minute");
    const retry = Number(refused.headers.get("retry-after"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    // A refused request costs nothing and holds nothing.
    expect(await usageOf(node, key.legacyId)).toHaveLength(3);
    const row = await keyRow(node, key.legacyId);
    expect(Number(row.reservedMicros)).toBe(0);
    expect(Number(row.tpmTokens)).toBe(3 * (input + 20));
  });

  it("Anthropic's shape for Anthropic requests", async () => {
    await earlyInAMinute();
    const key = await createKey(node, admin, { tpmLimit: 2000 });
    const client = new Anthropic({ apiKey: key.raw, baseURL: `${node.url}/proxy/anthropic`, maxRetries: 0 });
    const ask = () => client.messages.create({ model: "claude-3-5-haiku-20241022", max_tokens: 900, messages: [{ role: "user", content: "Hi" }] });
    fake.promptTokens = 900;
    fake.completionTokens = 900;
    await ask();
    const err = await ask().catch((e) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    expect(err.error).toMatchObject({ type: "error", error: { type: "rate_limit_error" } });
    expect(Number(err.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("corrects the count to the reported tokens when a request settles", async () => {
    await earlyInAMinute();
    // Each request reserves input + 100 but uses input + 5: uncorrected, only 2 would fit.
    fake.promptTokens = input;
    fake.completionTokens = 5;
    const key = await createKey(node, admin, { tpmLimit: 2 * (input + 100) + 10 });
    for (let i = 0; i < 6; i++) expect((await chat(key.raw, { max_tokens: 100 })).status).toBe(200);
    expect(Number((await keyRow(node, key.legacyId)).tpmTokens)).toBe(6 * (input + 5));
    // An upstream error uses no tokens: its reservation is taken back whole.
    expect((await chat(key.raw, { max_tokens: 100, messages: [{ role: "user", content: "error:500" }] })).status).toBe(500);
    expect(Number((await keyRow(node, key.legacyId)).tpmTokens)).toBe(6 * (input + 5));
  });

  it("a request larger than the whole limit is refused without Retry-After: waiting cannot help", async () => {
    const key = await createKey(node, admin, { tpmLimit: 50 });
    const res = await chat(key.raw, { max_tokens: 1000 });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeNull();
    expect(res.body.error.message).toContain("lower the maximum output");
    expect(Number((await keyRow(node, key.legacyId)).tpmTokens)).toBe(0);
  });

  it("cached answers use no tokens: served even when the minute is full", async () => {
    await earlyInAMinute();
    fake.promptTokens = input;
    fake.completionTokens = 20;
    const key = await createKey(node, admin, { tpmLimit: input + 20, cacheTtlSeconds: 60 });
    expect((await chat(key.raw)).status).toBe(200);
    expect((await chat(key.raw, { temperature: 1 })).status).toBe(429);
    const again = await chat(key.raw);
    expect(again.status).toBe(200);
    expect(again.headers.get("x-switchyard-cache")).toBe("hit");
  });

  it("concurrent requests never together pass the limit", async () => {
    await earlyInAMinute();
    fake.promptTokens = input;
    fake.completionTokens = 20;
    const per = input + 20;
    const key = await createKey(node, admin, { tpmLimit: 5 * per });
    const client = new OpenAI({ apiKey: key.raw, baseURL: `${node.url}/proxy/openai/v1`, maxRetries: 0 });
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        client.chat.completions.create({ model: "gpt-4o-mini", max_tokens: 20, messages }).then(
          () => 200,
          (err) => (err as { status?: number }).status ?? String(err),
        ),
      ),
    );
    expect(results.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(results.filter((s) => s === 200)).toHaveLength(5);
    await usageOf(node, key.legacyId);
    const row = await keyRow(node, key.legacyId);
    expect(Number(row.tpmTokens)).toBe(5 * per);
    expect(Number(row.reservedMicros)).toBe(0);
  });
});
