// The exact-match response cache of keys with cacheTtlSeconds: a repeated non-streaming
// request is answered without an upstream call (the fake counts its calls), recorded as a
// usage event with cost 0 and its saving, and reserves nothing; entries expire with the TTL,
// belong to one key, and streams never use them. With TEST_REDIS_URL set the entries live in
// Redis, and a second node sharing it serves what the first stored.
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { costMicros, PRICES } from "../src/domains/gateway/prices.js";
import type { FakeLlm } from "./fake-llm.js";
import { createKey, keyRow, startGatewayNode, useGatewayNode, usageOf } from "./gateway-helpers.js";
import { describeIfRedis, TEST_DATABASE_URL, type TestNode } from "./helpers.js";

const body = (extra: Record<string, unknown> = {}) => ({ model: "gpt-4o-mini", max_tokens: 20, temperature: 0, messages: [{ role: "user", content: "What is 2+2?" }], ...extra });
const post = (node: TestNode, key: string, b: unknown = body()) =>
  node.http("POST", "/proxy/openai/v1/chat/completions", { headers: { authorization: `Bearer ${key}` }, body: b });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("response cache", () => {
  const { node, fake, admin } = useGatewayNode();
  const calls = () => fake.requests.filter((r) => r.path === "/v1/chat/completions").length;

  it("answers a repeated request without calling upstream: cost 0, the saving recorded, nothing reserved", async () => {
    const key = await createKey(node, admin, { cacheTtlSeconds: 60, monthlyBudgetUsd: 1 });
    fake.promptTokens = 12;
    fake.completionTokens = 4;
    const before = calls();
    const first = await post(node, key.raw);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-switchyard-cache")).toBe("miss");
    expect(calls()).toBe(before + 1);
    const spendAfterFirst = Number((await keyRow(node, key.legacyId)).monthSpendMicros);
    const reservationsBefore = await node.app.db.prisma.budgetReservation.count();

    const second = await post(node, key.raw);
    expect(second.status).toBe(200);
    expect(second.headers.get("x-switchyard-cache")).toBe("hit");
    expect(second.headers.get("content-type")).toContain("application/json");
    expect(second.body).toEqual(first.body);
    expect(calls()).toBe(before + 1);

    const [hit, miss] = await usageOf(node, key.legacyId);
    const cost = costMicros(PRICES["gpt-4o-mini"], { input: 12, output: 4, cached: 0, reasoning: 0 });
    expect(miss).toMatchObject({ cacheHit: false, costMicros: BigInt(cost), inputTokens: 12, outputTokens: 4 });
    expect(hit).toMatchObject({ cacheHit: true, costMicros: 0n, savedMicros: BigInt(cost), status: 200, inputTokens: 0, outputTokens: 0 });
    const row = await keyRow(node, key.legacyId);
    expect(Number(row.monthSpendMicros)).toBe(spendAfterFirst);
    expect(Number(row.reservedMicros)).toBe(0);
    expect(await node.app.db.prisma.budgetReservation.count()).toBe(reservationsBefore);
  });

  it("the key's exact request only: other parameters miss, the order of fields does not matter", async () => {
    const key = await createKey(node, admin, { cacheTtlSeconds: 60 });
    const before = calls();
    expect((await post(node, key.raw)).headers.get("x-switchyard-cache")).toBe("miss");
    expect((await post(node, key.raw, body({ temperature: 0.5 }))).headers.get("x-switchyard-cache")).toBe("miss");
    expect((await post(node, key.raw, body({ messages: [{ role: "user", content: "What is 2+3?" }] }))).headers.get("x-switchyard-cache")).toBe("miss");
    const { messages, model, ...rest } = body();
    expect((await post(node, key.raw, { messages, ...rest, model })).headers.get("x-switchyard-cache")).toBe("hit");
    expect(calls()).toBe(before + 3);
  });

  it("entries expire with the key's TTL", async () => {
    const key = await createKey(node, admin, { cacheTtlSeconds: 1 });
    const before = calls();
    await post(node, key.raw);
    expect((await post(node, key.raw)).headers.get("x-switchyard-cache")).toBe("hit");
    await sleep(1_200);
    expect((await post(node, key.raw)).headers.get("x-switchyard-cache")).toBe("miss");
    expect(calls()).toBe(before + 2);
  });

  it("keys do not share entries, and keys without a TTL never use the cache", async () => {
    const a = await createKey(node, admin, { cacheTtlSeconds: 60 });
    const b = await createKey(node, admin, { cacheTtlSeconds: 60 });
    const off = await createKey(node, admin);
    const before = calls();
    expect((await post(node, a.raw)).headers.get("x-switchyard-cache")).toBe("miss");
    expect((await post(node, b.raw)).headers.get("x-switchyard-cache")).toBe("miss");
    const plain = await post(node, off.raw);
    expect(plain.headers.get("x-switchyard-cache")).toBeNull();
    await post(node, off.raw);
    expect(calls()).toBe(before + 4);
    expect((await usageOf(node, off.legacyId)).every((e) => !e.cacheHit)).toBe(true);
  });

  it("streaming requests bypass the cache: never served from it, never stored", async () => {
    const key = await createKey(node, admin, { cacheTtlSeconds: 60 });
    const before = calls();
    await post(node, key.raw); // stored, non-streaming
    for (let i = 0; i < 2; i++) {
      const res = await post(node, key.raw, body({ stream: true }));
      expect(res.status).toBe(200);
      expect(res.text).toContain("data: [DONE]");
      expect(res.headers.get("x-switchyard-cache")).toBeNull();
    }
    expect(calls()).toBe(before + 3);
    const events = await usageOf(node, key.legacyId);
    expect(events.filter((e) => e.streamed).every((e) => !e.cacheHit && e.costMicros > 0n)).toBe(true);
  });

  it("Anthropic answers are cached too, per anthropic-version", async () => {
    const key = await createKey(node, admin, { cacheTtlSeconds: 60 });
    const client = new Anthropic({ apiKey: key.raw, baseURL: `${node.url}/proxy/anthropic`, maxRetries: 0 });
    const before = fake.requests.length;
    const ask = () => client.messages.create({ model: "claude-3-5-haiku-20241022", max_tokens: 10, messages: [{ role: "user", content: "Hi" }] });
    const first = await ask();
    const again = await ask();
    expect(again.content).toEqual(first.content);
    expect(fake.requests.length).toBe(before + 1);
    await client.messages.create(
      { model: "claude-3-5-haiku-20241022", max_tokens: 10, messages: [{ role: "user", content: "Hi" }] },
      { headers: { "anthropic-version": "2024-01-01" } },
    );
    expect(fake.requests.length).toBe(before + 2);
  });

  it("the spend overview counts cache hits and what they saved (GraphQL and seed 004)", async () => {
    const owner = `cache-owner-${Date.now()}@example.test`;
    const key = await createKey(node, admin, { cacheTtlSeconds: 60, userEmail: owner });
    fake.promptTokens = 100;
    fake.completionTokens = 10;
    for (let i = 0; i < 3; i++) await post(node, key.raw, body({ messages: [{ role: "user", content: "overview" }] }));
    const events = await usageOf(node, key.legacyId);
    const saved = events.filter((e) => e.cacheHit).reduce((a, e) => a + Number(e.savedMicros), 0);
    expect(saved).toBe(2 * costMicros(PRICES["gpt-4o-mini"], { input: 100, output: 10, cached: 0, reasoning: 0 }));
    const gql = await node.gql(`{ gatewaySpend { totalRequests cache { hits savedUsd } waste { repeatedPromptsCount } } }`, {}, admin);
    expect(gql.data.gatewaySpend.cache.hits).toBeGreaterThanOrEqual(2);
    expect(gql.data.gatewaySpend.cache.savedUsd).toBeGreaterThanOrEqual(saved / 1e6);
    const legacy = await node.http("GET", "/api/metrics/overview", { headers: admin });
    expect(legacy.body.cache).toEqual({ hits: gql.data.gatewaySpend.cache.hits, saved: gql.data.gatewaySpend.cache.savedUsd });
  });
});

const describeCluster = TEST_DATABASE_URL ? describeIfRedis : describe.skip;

describeCluster("response cache in Redis, shared by two nodes", () => {
  let a: TestNode;
  let b: TestNode;
  let fake: FakeLlm;
  let admin: Record<string, string>;
  beforeAll(async () => {
    ({ node: a, fake, admin } = await startGatewayNode({ redis: true }));
    // b's upstream is its own fake: a hit on b must not reach any upstream at all.
    ({ node: b } = await startGatewayNode({ redis: true, databaseUrl: a.databaseUrl, redisPrefix: a.redisPrefix }));
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("an answer stored through one node is served by the other", async () => {
    const key = await createKey(a, admin, { cacheTtlSeconds: 60 });
    expect((await post(a, key.raw)).headers.get("x-switchyard-cache")).toBe("miss");
    const before = fake.requests.length;
    const res = await post(b, key.raw);
    expect(res.headers.get("x-switchyard-cache")).toBe("hit");
    expect(res.body.choices[0].message.content).toBe("w0 w1 w2 w3 w4");
    expect(fake.requests.length).toBe(before);
  });
});
