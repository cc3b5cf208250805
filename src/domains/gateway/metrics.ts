// Gateway figures on /metrics: spend, tokens and requests by virtual key (its integer id,
// a bounded label) and model (bounded by the price table: unpriced models are refused).
// A request adds to plain totals; the prom-client counters take them when /metrics is read.
// prom-client's `inc` hashes and validates its labels on every call, six calls a request: in
// a profile of the gateway that was about 1.5 % of its CPU per request, and without them each
// young-generation collection had about 0.85 MB less to copy (BENCHMARKS.md, gateway).
import { Counter } from "prom-client";
import { domainRegistry } from "../../http/metrics.js";
import type { VirtualKey } from "../../generated/prisma/client.js";
import type { UsageRow } from "./budget-sql.js";

/** Totals by label set, for one counter. */
class Totals<L extends Record<string, string>> {
  private readonly byKey = new Map<string, { labels: L; value: number }>();

  add(key: string, labels: () => L, n: number) {
    const e = this.byKey.get(key);
    if (e) e.value += n;
    else this.byKey.set(key, { labels: labels(), value: n });
  }

  /** Sets the counter to the totals (called by prom-client as /metrics is read). */
  copyTo(counter: Counter<keyof L & string>) {
    counter.reset();
    for (const { labels, value } of this.byKey.values()) counter.inc(labels, value);
  }
}

const KINDS = ["input", "output", "cached", "reasoning"] as const;
const spendTotals = new Totals<{ key: string; model: string }>();
const tokenTotals = new Totals<{ key: string; model: string; kind: string }>();
const requestTotals = new Totals<{ key: string; model: string; status: string }>();

new Counter({
  name: "gateway_spend_microdollars_total",
  help: "LLM spend through the gateway in micro-dollars",
  labelNames: ["key", "model"] as const,
  registers: [domainRegistry],
  collect() {
    spendTotals.copyTo(this);
  },
});
new Counter({
  name: "gateway_tokens_total",
  help: "LLM tokens through the gateway (kind: input, output, cached, reasoning)",
  labelNames: ["key", "model", "kind"] as const,
  registers: [domainRegistry],
  collect() {
    tokenTotals.copyTo(this);
  },
});
new Counter({
  name: "gateway_requests_total",
  help: "Requests through the gateway by upstream status",
  labelNames: ["key", "model", "status"] as const,
  registers: [domainRegistry],
  collect() {
    requestTotals.copyTo(this);
  },
});

export const gatewayMetrics = {
  record(key: Pick<VirtualKey, "serial">, row: UsageRow) {
    const k = String(key.serial);
    const base = `${k}\u0000${row.model}`;
    requestTotals.add(`${base}\u0000${row.status}`, () => ({ key: k, model: row.model, status: String(row.status) }), 1);
    if (row.costMicros) spendTotals.add(base, () => ({ key: k, model: row.model }), row.costMicros);
    const counts = [row.inputTokens, row.outputTokens, row.cachedTokens, row.reasoningTokens];
    for (let i = 0; i < KINDS.length; i++) {
      const n = counts[i];
      if (n) tokenTotals.add(`${base}\u0000${KINDS[i]}`, () => ({ key: k, model: row.model, kind: KINDS[i] }), n);
    }
  },
};
