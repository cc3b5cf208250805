import { describe, expect, it } from "vitest";
import { domainRegistry } from "../../http/metrics.js";
import type { UsageRow } from "./budget-sql.js";
import { gatewayMetrics } from "./metrics.js";

const row = (over: Partial<UsageRow>): UsageRow => ({
  keyId: "k",
  userId: null,
  project: null,
  provider: "openai",
  model: "metrics-test-model",
  endpoint: "chat",
  status: 200,
  streamed: false,
  inputTokens: 0,
  outputTokens: 0,
  cachedTokens: 0,
  reasoningTokens: 0,
  costMicros: 0,
  savedMicros: 0,
  cacheHit: false,
  latencyMs: 1,
  ttftMs: 1,
  promptHash: "h",
  error: null,
  ...over,
});

async function value(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const metric = (await domainRegistry.getMetricsAsJSON()).find((m) => m.name === name);
  const v = (metric?.values as { labels: Record<string, string | number>; value: number }[] | undefined)?.find((x) =>
    Object.entries(labels).every(([k, want]) => String(x.labels[k]) === want),
  );
  return v?.value;
}

describe("gateway metrics", () => {
  it("totals requests, spend and tokens by key and model as /metrics is read, and keeps them across reads", async () => {
    const key = { serial: 987_654 };
    gatewayMetrics.record(key, row({ inputTokens: 10, outputTokens: 5, costMicros: 30 }));
    gatewayMetrics.record(key, row({ inputTokens: 7, cachedTokens: 3, reasoningTokens: 2, costMicros: 12 }));
    gatewayMetrics.record(key, row({ status: 502 }));
    const labels = { key: "987654", model: "metrics-test-model" };
    for (let read = 0; read < 2; read++) {
      expect(await value("gateway_requests_total", { ...labels, status: "200" })).toBe(2);
      expect(await value("gateway_requests_total", { ...labels, status: "502" })).toBe(1);
      expect(await value("gateway_spend_microdollars_total", labels)).toBe(42);
      expect(await value("gateway_tokens_total", { ...labels, kind: "input" })).toBe(17);
      expect(await value("gateway_tokens_total", { ...labels, kind: "output" })).toBe(5);
      expect(await value("gateway_tokens_total", { ...labels, kind: "cached" })).toBe(3);
      expect(await value("gateway_tokens_total", { ...labels, kind: "reasoning" })).toBe(2);
    }
    gatewayMetrics.record(key, row({ outputTokens: 1, costMicros: 8 }));
    expect(await value("gateway_spend_microdollars_total", labels)).toBe(50);
    expect(await value("gateway_tokens_total", { ...labels, kind: "output" })).toBe(6);
    const text = await domainRegistry.metrics();
    expect(text).toContain('gateway_requests_total{key="987654",model="metrics-test-model",status="200"} 3');
  });
});
