// The proxy score and the status it implies: one formula, kept here so the pool's sort
// order, the validator and the tests agree on what "good" means.
//
//   score = 0.60 * successRate + 0.25 * latencyFactor + 0.15 * recency        (0..1)
//
//   successRate   share of passed validations among the last RECENT_WINDOW (0 when none)
//   latencyFactor 1 / (1 + avgLatencyMs / 1000): 1 at 0 ms, 0.5 at 1 s, 0.2 at 4 s; 0 when unknown
//   recency       0.5 ^ (hours since the last success / 6): halves every 6 hours; 0 when never
//
// Status moves with hysteresis so a proxy does not flap on one bad or one good check:
//   - ACTIVE -> DEAD when CONSECUTIVE_FAILURES_DEAD checks failed in a row or score < DEAD_BELOW;
//   - UNCHECKED/DEAD -> ACTIVE only when the latest check passed and score >= ACTIVE_AT;
//   - an UNCHECKED proxy whose first check fails is DEAD.
// A new proxy passing once scores about 1 (ACTIVE at once); a long-dead one needs several
// passes in a row before its window's success rate lifts it over ACTIVE_AT.
import type { ProxyStatus } from "../../generated/prisma/client.js";

export const RECENT_WINDOW = 20;
export const WEIGHTS = { success: 0.6, latency: 0.25, recency: 0.15 } as const;
export const LATENCY_REF_MS = 1000;
export const RECENCY_HALF_LIFE_HOURS = 6;
export const ACTIVE_AT = 0.5;
export const DEAD_BELOW = 0.3;
export const CONSECUTIVE_FAILURES_DEAD = 3;

export interface ScoreInput {
  /** Outcomes of the latest validations, newest first (only the first RECENT_WINDOW count). */
  recent: boolean[];
  avgLatencyMs: number | null;
  lastSuccessAt: Date | null;
  now: Date;
}

export function computeScore({ recent, avgLatencyMs, lastSuccessAt, now }: ScoreInput): number {
  const window = recent.slice(0, RECENT_WINDOW);
  const successRate = window.length ? window.filter(Boolean).length / window.length : 0;
  const latencyFactor = avgLatencyMs == null || avgLatencyMs < 0 ? 0 : 1 / (1 + avgLatencyMs / LATENCY_REF_MS);
  const ageHours = lastSuccessAt ? Math.max(0, now.getTime() - lastSuccessAt.getTime()) / 3_600_000 : Infinity;
  const recency = Number.isFinite(ageHours) ? 0.5 ** (ageHours / RECENCY_HALF_LIFE_HOURS) : 0;
  const score = WEIGHTS.success * successRate + WEIGHTS.latency * latencyFactor + WEIGHTS.recency * recency;
  return Math.min(1, Math.max(0, Math.round(score * 10_000) / 10_000));
}

export interface StatusInput {
  current: ProxyStatus;
  score: number;
  lastPassed: boolean;
  consecutiveFailures: number;
}

export function nextStatus({ current, score, lastPassed, consecutiveFailures }: StatusInput): ProxyStatus {
  if (current === "ACTIVE") {
    return consecutiveFailures >= CONSECUTIVE_FAILURES_DEAD || score < DEAD_BELOW ? "DEAD" : "ACTIVE";
  }
  // A first pass scores at least 0.75 (success 0.6 + recency 0.15), so UNCHECKED ends ACTIVE or DEAD.
  return lastPassed && score >= ACTIVE_AT ? "ACTIVE" : "DEAD";
}

/** Moving average of the latency of passing validations (new samples weigh 30 %). */
export function nextAvgLatency(previous: number | null, sample: number | null): number | null {
  if (sample == null) return previous;
  return previous == null ? sample : Math.round((0.7 * previous + 0.3 * sample) * 100) / 100;
}

export const ACTIVE_RECHECK_MS = 10 * 60_000;
export const DEAD_RECHECK_MAX_MS = 24 * 3_600_000;

/** When to check again: active (and unchecked) every 10 minutes; dead doubling from 10 minutes to 24 hours. */
export function nextCheckDelayMs(status: ProxyStatus, consecutiveFailures: number): number {
  if (status !== "DEAD") return ACTIVE_RECHECK_MS;
  const doublings = Math.max(0, Math.min(consecutiveFailures - 1, 20));
  return Math.min(DEAD_RECHECK_MAX_MS, ACTIVE_RECHECK_MS * 2 ** doublings);
}

/**
 * The rolling window as stored on the proxy row (recent_results / recent_count): bit i is the
 * (i+1)-th newest validation. Adding one shifts the others up; the oldest falls out.
 */
export function pushRecent(bits: number, count: number, passed: boolean): { bits: number; count: number } {
  const mask = (1 << RECENT_WINDOW) - 1;
  return { bits: ((bits << 1) | (passed ? 1 : 0)) & mask, count: Math.min(RECENT_WINDOW, count + 1) };
}

/** The window as computeScore takes it: outcomes, newest first. */
export function recentOutcomes(bits: number, count: number): boolean[] {
  return Array.from({ length: Math.min(RECENT_WINDOW, Math.max(0, count)) }, (_, i) => ((bits >>> i) & 1) === 1);
}
