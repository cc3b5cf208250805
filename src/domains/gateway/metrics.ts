// Gateway figures on /metrics: spend, tokens and requests by virtual key (its integer id,
// a bounded label) and model (bounded by the price table: unpriced models are refused).
import { Counter } from "prom-client";
import { domainRegistry } from "../../http/metrics.js";
import type { VirtualKey } from "../../generated/prisma/client.js";
import type { UsageRow } from "./budget-sql.js";

const spend = new Counter({
  name: "gateway_spend_microdollars_total",
  help: "LLM spend through the gateway in micro-dollars",
  labelNames: ["key", "model"] as const,
  registers: [domainRegistry],
});
const tokens = new Counter({
  name: "gateway_tokens_total",
  help: "LLM tokens through the gateway (kind: input, output, cached, reasoning)",
  labelNames: ["key", "model", "kind"] as const,
  registers: [domainRegistry],
});
const requests = new Counter({
  name: "gateway_requests_total",
  help: "Requests through the gateway by upstream status",
  labelNames: ["key", "model", "status"] as const,
  registers: [domainRegistry],
});

export const gatewayMetrics = {
  record(key: Pick<VirtualKey, "serial">, row: UsageRow) {
    const labels = { key: String(key.serial), model: row.model };
    requests.inc({ ...labels, status: String(row.status) });
    if (row.costMicros) spend.inc(labels, row.costMicros);
    for (const [kind, n] of [["input", row.inputTokens], ["output", row.outputTokens], ["cached", row.cachedTokens], ["reasoning", row.reasoningTokens]] as const) {
      if (n) tokens.inc({ ...labels, kind }, n);
    }
  },
};
