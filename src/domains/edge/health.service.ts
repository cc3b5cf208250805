// Active health checks. Due backends are claimed in one statement (FOR UPDATE SKIP LOCKED,
// pushing next_check_at past the interval), so every node can run the job and no backend
// is checked twice per interval. Each result is written in one conditional UPDATE that also
// reports the health before and after; a change raises `backend.down` / `backend.up` and
// reloads every node's routing table.
import type { Logger } from "pino";
import type { Config } from "../../config.js";
import type { Db } from "../../db.js";
import type { OutboundGuard } from "../../http/outbound.js";
import type { PubSub } from "../../pubsub.js";
import { notify } from "../notifications/notify.service.js";
import { announceEdgeChange } from "./changes.js";

export interface HealthDeps {
  prisma: Db;
  pubsub: PubSub;
  outbound: Pick<OutboundGuard, "fetch">;
  config: Pick<Config, "edge">;
  log?: Logger;
  events?: Readonly<Record<string, string>>;
}

export interface DueBackend {
  id: string;
  name: string;
  target: string;
  healthCheckPath: string;
}

export async function claimDueBackends(prisma: Db, limit: number): Promise<DueBackend[]> {
  return prisma.$queryRaw<DueBackend[]>`
    UPDATE backends b SET next_check_at = now() + make_interval(secs => b.health_check_interval)
    WHERE b.id IN (
      SELECT id FROM backends WHERE next_check_at <= now() AND NOT stopped
      ORDER BY next_check_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING b.id::text AS id, b.name, b.target, b.health_check_path AS "healthCheckPath"`;
}

export interface CheckResult {
  ok: boolean;
  ms: number;
  status: number | null;
  error: string | null;
}

/** One GET of the health path through the outbound guard; 2xx and 3xx are healthy. */
export async function probe(deps: Pick<HealthDeps, "outbound" | "config">, b: DueBackend, signal?: AbortSignal): Promise<CheckResult> {
  const started = performance.now();
  const timeout = AbortSignal.timeout(deps.config.edge.health.timeoutMs);
  try {
    const res = await deps.outbound.fetch(`${b.target}${b.healthCheckPath}`, {
      method: "GET",
      headers: { "user-agent": "switchyard-health-check" },
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      maxRedirects: 0,
    });
    await res.body?.cancel().catch(() => {});
    const ms = Math.round(performance.now() - started);
    const ok = res.status >= 200 && res.status < 400;
    return { ok, ms, status: res.status, error: ok ? null : `HTTP ${res.status}` };
  } catch (err) {
    const cause = (err as { cause?: Error & { code?: string } }).cause;
    const e = (err as Error).message === "fetch failed" && cause ? cause : (err as Error & { code?: string });
    return { ok: false, ms: Math.round(performance.now() - started), status: null, error: (e.code ?? e.message ?? String(e)).slice(0, 500) };
  }
}

/** Writes one result; returns the health before and after. */
export async function recordCheck(deps: Pick<HealthDeps, "prisma" | "config">, id: string, r: CheckResult) {
  const after = deps.config.edge.health.unhealthyAfter;
  const [row] = await deps.prisma.$queryRaw<{ before: string; after: string; name: string }[]>`
    WITH old AS (SELECT id, health FROM backends WHERE id = ${id}::uuid FOR UPDATE)
    UPDATE backends b SET
      checks_passed = b.checks_passed + ${r.ok ? 1 : 0},
      checks_failed = b.checks_failed + ${r.ok ? 0 : 1},
      fail_streak = CASE WHEN ${r.ok} THEN 0 ELSE b.fail_streak + 1 END,
      health = CASE WHEN ${r.ok} THEN 'HEALTHY'::"BackendHealth"
                    WHEN b.fail_streak + 1 >= ${after} THEN 'UNHEALTHY'::"BackendHealth"
                    ELSE b.health END,
      last_check_at = now(), last_response_ms = ${r.ms}, last_status_code = ${r.status}, last_error = ${r.error},
      updated_at = now()
    FROM old WHERE b.id = old.id
    RETURNING old.health::text AS before, b.health::text AS after, b.name`;
  return row;
}

export async function checkBackend(deps: HealthDeps, b: DueBackend, signal?: AbortSignal): Promise<void> {
  const result = await probe(deps, b, signal);
  const change = await recordCheck(deps, b.id, result);
  if (!change || change.before === change.after) return;
  await announceEdgeChange(deps.pubsub);
  // UNKNOWN -> HEALTHY is a first check, not a recovery.
  if (change.after === "UNHEALTHY") {
    deps.log?.warn({ backend: b.name, error: result.error }, "backend left rotation");
    await notify(deps, "backend.down", { backend: b.name, target: b.target, error: result.error ?? "Health check failed", status_code: result.status });
  } else if (change.before === "UNHEALTHY" && change.after === "HEALTHY") {
    deps.log?.info({ backend: b.name }, "backend back in rotation");
    await notify(deps, "backend.up", { backend: b.name, target: b.target, response_time: result.ms, status_code: result.status });
  }
}
