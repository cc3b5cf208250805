import { describe, expect, it } from "vitest";
import {
  ACTIVE_AT,
  ACTIVE_RECHECK_MS,
  CONSECUTIVE_FAILURES_DEAD,
  computeScore,
  DEAD_BELOW,
  DEAD_RECHECK_MAX_MS,
  nextAvgLatency,
  nextCheckDelayMs,
  nextStatus,
  pushRecent,
  RECENT_WINDOW,
  recentOutcomes,
} from "./score.js";

const now = new Date("2030-01-01T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe("computeScore", () => {
  it("is 1 for a fast proxy that just passed every check, 0 for one that never passed", () => {
    expect(computeScore({ recent: [true], avgLatencyMs: 0, lastSuccessAt: now, now })).toBe(1);
    expect(computeScore({ recent: [false, false], avgLatencyMs: null, lastSuccessAt: null, now })).toBe(0);
    expect(computeScore({ recent: [], avgLatencyMs: null, lastSuccessAt: null, now })).toBe(0);
  });

  it("weighs success 0.6, latency 0.25 and recency 0.15", () => {
    // half the checks passed, 1 s latency (factor 0.5), last success 6 h ago (recency 0.5)
    const s = computeScore({ recent: [true, false, true, false], avgLatencyMs: 1000, lastSuccessAt: hoursAgo(6), now });
    expect(s).toBeCloseTo(0.6 * 0.5 + 0.25 * 0.5 + 0.15 * 0.5, 4);
  });

  it("falls as latency grows and as the last success ages", () => {
    const at = (latency: number, age: number) => computeScore({ recent: [true, true], avgLatencyMs: latency, lastSuccessAt: hoursAgo(age), now });
    expect(at(100, 0)).toBeGreaterThan(at(1000, 0));
    expect(at(1000, 0)).toBeGreaterThan(at(5000, 0));
    expect(at(100, 1)).toBeGreaterThan(at(100, 12));
    expect(at(100, 12)).toBeGreaterThan(at(100, 72));
  });

  it("only counts the most recent 20 outcomes", () => {
    const recent = [...Array(20).fill(true), ...Array(50).fill(false)];
    expect(computeScore({ recent, avgLatencyMs: 0, lastSuccessAt: now, now })).toBe(1);
  });

  it("stays within 0..1 for odd input", () => {
    expect(computeScore({ recent: [true], avgLatencyMs: -5, lastSuccessAt: new Date(now.getTime() + 60_000), now })).toBeLessThanOrEqual(1);
    expect(computeScore({ recent: [false], avgLatencyMs: 1e9, lastSuccessAt: hoursAgo(1e6), now })).toBeGreaterThanOrEqual(0);
  });
});

describe("nextStatus (hysteresis)", () => {
  it("decides an unchecked proxy on its first check", () => {
    const pass = computeScore({ recent: [true], avgLatencyMs: 9000, lastSuccessAt: now, now });
    expect(pass).toBeGreaterThanOrEqual(ACTIVE_AT); // even a slow first pass activates
    expect(nextStatus({ current: "UNCHECKED", score: pass, lastPassed: true, consecutiveFailures: 0 })).toBe("ACTIVE");
    expect(nextStatus({ current: "UNCHECKED", score: 0, lastPassed: false, consecutiveFailures: 1 })).toBe("DEAD");
  });

  it("keeps an active proxy through fewer than 3 failures in a row", () => {
    const recent = [false, false, ...Array(18).fill(true)];
    const score = computeScore({ recent, avgLatencyMs: 200, lastSuccessAt: hoursAgo(0.3), now });
    expect(nextStatus({ current: "ACTIVE", score, lastPassed: false, consecutiveFailures: CONSECUTIVE_FAILURES_DEAD - 1 })).toBe("ACTIVE");
    expect(nextStatus({ current: "ACTIVE", score, lastPassed: false, consecutiveFailures: CONSECUTIVE_FAILURES_DEAD })).toBe("DEAD");
  });

  it("drops an active proxy whose score fell under the lower threshold", () => {
    expect(nextStatus({ current: "ACTIVE", score: DEAD_BELOW - 0.01, lastPassed: true, consecutiveFailures: 0 })).toBe("DEAD");
    // between the thresholds the status does not change either way
    const between = (DEAD_BELOW + ACTIVE_AT) / 2;
    expect(nextStatus({ current: "ACTIVE", score: between, lastPassed: true, consecutiveFailures: 0 })).toBe("ACTIVE");
    expect(nextStatus({ current: "DEAD", score: between, lastPassed: true, consecutiveFailures: 0 })).toBe("DEAD");
  });

  it("needs several passes in a row to revive a long-dead proxy", () => {
    let history: boolean[] = Array(20).fill(false);
    let status: "ACTIVE" | "DEAD" | "UNCHECKED" = "DEAD";
    let passes = 0;
    while (status === "DEAD" && passes < 20) {
      history = [true, ...history];
      passes++;
      const score = computeScore({ recent: history, avgLatencyMs: 100, lastSuccessAt: now, now });
      status = nextStatus({ current: status, score, lastPassed: true, consecutiveFailures: 0 });
    }
    expect(status).toBe("ACTIVE");
    expect(passes).toBeGreaterThan(1);
  });

  it("never activates on a failed check", () => {
    expect(nextStatus({ current: "DEAD", score: 0.9, lastPassed: false, consecutiveFailures: 1 })).toBe("DEAD");
  });
});

describe("scheduling and latency", () => {
  it("re-checks active proxies every 10 minutes and backs dead ones off to 24 hours", () => {
    expect(nextCheckDelayMs("ACTIVE", 0)).toBe(ACTIVE_RECHECK_MS);
    expect(nextCheckDelayMs("DEAD", 1)).toBe(10 * 60_000);
    expect(nextCheckDelayMs("DEAD", 2)).toBe(20 * 60_000);
    expect(nextCheckDelayMs("DEAD", 4)).toBe(80 * 60_000);
    expect(nextCheckDelayMs("DEAD", 9)).toBe(DEAD_RECHECK_MAX_MS);
    expect(nextCheckDelayMs("DEAD", 1000)).toBe(DEAD_RECHECK_MAX_MS);
  });

  it("averages latency, weighting new samples 30 %", () => {
    expect(nextAvgLatency(null, 100)).toBe(100);
    expect(nextAvgLatency(100, 200)).toBe(130);
    expect(nextAvgLatency(100, null)).toBe(100);
  });
});

describe("the rolling window on the proxy row", () => {
  it("keeps the newest RECENT_WINDOW outcomes, newest first, like the list it replaces", () => {
    let w = { bits: 0, count: 0 };
    let list: boolean[] = [];
    for (let i = 0; i < 50; i++) {
      const passed = i % 3 !== 0;
      w = pushRecent(w.bits, w.count, passed);
      list = [passed, ...list].slice(0, RECENT_WINDOW);
      expect(recentOutcomes(w.bits, w.count)).toEqual(list);
    }
    expect(w.count).toBe(RECENT_WINDOW);
    expect(w.bits).toBeLessThan(2 ** RECENT_WINDOW);
    expect(recentOutcomes(0, 0)).toEqual([]);
  });
});
