// What follows a settle: live events for the subscriptions, the budget thresholds (50, 80,
// 100 %, each announced once per month by a conditional UPDATE, so concurrent requests that
// cross it together raise it once) as `budget.*` notifications, and the /metrics counters.
import type { AppDeps } from "../../domain.js";
import type { VirtualKey } from "../../generated/prisma/client.js";
import { notify } from "../notifications/notify.service.js";
import { claimThreshold, type Settled, type UsageRow } from "./budget-sql.js";
import { gatewayMetrics } from "./metrics.js";

export const THRESHOLDS = [50, 80, 100] as const;
export const THRESHOLD_EVENTS: Record<(typeof THRESHOLDS)[number], string> = {
  50: "budget.threshold_50",
  80: "budget.threshold_80",
  100: "budget.exhausted",
};

export function afterSettle(deps: AppDeps, key: VirtualKey, row: UsageRow, s: Settled): void {
  gatewayMetrics.record(key, row);
  void (async () => {
    await deps.pubsub.publish("gateway:usage", { eventId: s.eventId, keyId: key.id, ownerId: key.ownerId, costMicros: row.costMicros });
    if (row.costMicros > 0) {
      await deps.pubsub.publish("gateway:spend", { keyId: key.id, ownerId: key.ownerId, spendMicros: s.spend, capMicros: s.cap });
    }
    if (!s.cap || row.costMicros <= 0) return;
    for (const percent of THRESHOLDS) {
      if (s.spend * 100 < s.cap * percent || s.thresholdNotified >= percent) continue;
      if (!(await claimThreshold(deps.sql, key.id, percent))) continue;
      const payload = { keyId: key.id, ownerId: key.ownerId, percent, spendMicros: s.spend, capMicros: s.cap };
      await deps.pubsub.publish("gateway:threshold", payload);
      await notify(deps, THRESHOLD_EVENTS[percent], {
        virtual_key_id: key.serial,
        name: key.name,
        user_email: key.userEmail,
        percent,
        spend_usd: s.spend / 1e6,
        budget_usd: s.cap / 1e6,
      });
    }
  })().catch((err) => deps.log.error({ err }, "gateway events failed"));
}
