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

/**
 * Totals by label set, for one counter, keyed by the label values joined with NUL (no key id,
 * model name, status or kind holds one), so a request builds one string and no label object.
 */
class Totals {
  private readonly byKey = new Map<string, number>();

  constructor(private readonly labelNames: readonly string[]) {}

  add(values: string, n: number) {
    this.byKey.set(values, (this.byKey.get(values) ?? 0) + n);
  }

  /** Sets the counter to the totals (called by prom-client as /metrics is read). */
  copyTo(counter: Counter<string>) {
    counter.reset();
    for (const [values, n] of this.byKey) {
      const parts = values.split("\u0000");
      counter.inc(Object.fromEntries(this.labelNames.map((name, i) => [name, parts[i]])), n);
    }
  }
}

const KINDS = ["input", "output", "cached", "reasoning"] as const;
const spendTotals = new Totals(["key", "model"]);
const tokenTotals = new Totals(["key", "model", "kind"]);
const requestTotals = new Totals(["key", "model", "status"]);

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
    const base = `${key.serial}\u0000${row.model}`;
    requestTotals.add(`${base}\u0000${row.status}`, 1);
    if (row.costMicros) spendTotals.add(base, row.costMicros);
    const counts = [row.inputTokens, row.outputTokens, row.cachedTokens, row.reasoningTokens];
    for (let i = 0; i < KINDS.length; i++) if (counts[i]) tokenTotals.add(`${base}\u0000${KINDS[i]}`, counts[i]);
  },
};
