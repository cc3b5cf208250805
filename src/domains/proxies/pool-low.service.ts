// The `proxy.pool_low` event: raised by the validator job after a run, throttled per node.
import { NOTIFY_DEFAULTS } from "../../config.js";
import { notify, type NotifyDeps } from "../notifications/notify.service.js";

export const POOL_LOW_INTERVAL_MS = 10 * 60_000;
const lastPoolCheck = new WeakMap<object, number>();

/**
 * Raises `proxy.pool_low` when the active count is under `threshold`, at most once per
 * 10 minutes per node (keyed by the Prisma client, so two nodes in one process stay apart).
 */
export async function checkPoolLow(deps: NotifyDeps, threshold = NOTIFY_DEFAULTS.poolLowThreshold, now = Date.now()): Promise<void> {
  const last = lastPoolCheck.get(deps.prisma) ?? 0;
  if (now - last < POOL_LOW_INTERVAL_MS) return;
  lastPoolCheck.set(deps.prisma, now);
  try {
    const active = await deps.prisma.proxy.count({ where: { status: "ACTIVE" } });
    if (active < threshold) await notify(deps, "proxy.pool_low", { activeProxies: active, threshold });
  } catch (err) {
    deps.log?.warn({ err }, "pool_low check failed");
  }
}
