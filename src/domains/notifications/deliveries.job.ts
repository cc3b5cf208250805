// The delivery job: every node runs it (claims keep nodes apart, so it needs no singleton),
// woken at once when notify() queues rows and polling for retries that come due.
import type { AppDeps } from "../../domain.js";
import type { ClaimJob } from "../../jobs/job.js";
import { claimDeliveries, deliver, type ClaimedDelivery } from "./deliveries.service.js";

/** Sends in flight per node: enough to hide one slow receiver, few enough to be polite. */
export const DELIVERY_CONCURRENCY = 8;

export function deliveryJob(deps: Pick<AppDeps, "config" | "prisma" | "outbound"> & Partial<Pick<AppDeps, "pubsub" | "nodeId">>): ClaimJob<ClaimedDelivery> {
  return {
    name: "notifications.deliveries",
    enabled: deps.config.notify.delivery.enabled,
    intervalMs: deps.config.notify.delivery.pollMs,
    // A rebalance hands back a departed node's claims and wakes every node to take its share.
    wakeOn: ["notifications:queued", "cluster:rebalance"],
    concurrency: DELIVERY_CONCURRENCY,
    claim: (limit) => claimDeliveries(deps.prisma, limit, deps.nodeId ?? null),
    handle: async (row, ctx) => void (await deliver({ prisma: deps.prisma, outbound: deps.outbound, pubsub: deps.pubsub, log: ctx.log }, row, ctx.signal)),
  };
}
