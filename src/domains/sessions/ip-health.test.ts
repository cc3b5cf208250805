// The IP health rule, transition by transition (ip-health.ts documents it).
import { describe, expect, it } from "vitest";
import { BLACKLIST_AT, FLAG_AT, HEAL_AFTER, INITIAL, next, statusOf, type HealthState, type Outcome } from "./ip-health.js";

const run = (outcomes: Outcome[], from: HealthState = INITIAL) => outcomes.reduce(next, from);
const times = (n: number, o: Outcome) => Array<Outcome>(n).fill(o);

describe("IP health rule", () => {
  it("stays healthy through fewer than FLAG_AT failures in a row, and a success clears them", () => {
    expect(statusOf(run(times(FLAG_AT - 1, "failure")).strikes)).toBe("HEALTHY");
    expect(run([...times(FLAG_AT - 1, "failure"), "success"])).toEqual({ strikes: 0, okStreak: 1 });
    expect(statusOf(run([...times(FLAG_AT - 1, "failure"), "success", ...times(FLAG_AT - 1, "failure")]).strikes)).toBe("HEALTHY");
  });

  it("healthy -> flagged after FLAG_AT failures in a row", () => {
    expect(statusOf(run(times(FLAG_AT, "failure")).strikes)).toBe("FLAGGED");
  });

  it("healthy -> flagged at once on a block (or captcha) event", () => {
    expect(run(["block"])).toEqual({ strikes: FLAG_AT, okStreak: 0 });
    expect(statusOf(run(["block"]).strikes)).toBe("FLAGGED");
  });

  it("flagged -> blacklisted after BLACKLIST_AT strikes without healing", () => {
    const flagged = run(times(FLAG_AT, "failure"));
    expect(statusOf(run(times(BLACKLIST_AT - FLAG_AT - 1, "failure"), flagged).strikes)).toBe("FLAGGED");
    expect(statusOf(run(times(BLACKLIST_AT - FLAG_AT, "failure"), flagged).strikes)).toBe("BLACKLISTED");
    // Blocks count as strikes too, and strikes stop at BLACKLIST_AT.
    expect(run(times(10, "block")).strikes).toBe(BLACKLIST_AT);
  });

  it("a few successes do not heal a flagged address; a failure resets the run", () => {
    const flagged = run(times(FLAG_AT, "failure"));
    const almost = run(times(HEAL_AFTER - 1, "success"), flagged);
    expect(statusOf(almost.strikes)).toBe("FLAGGED");
    expect(almost.okStreak).toBe(HEAL_AFTER - 1);
    const broken = run(["failure", ...times(HEAL_AFTER - 1, "success")], almost);
    expect(statusOf(broken.strikes)).toBe("FLAGGED");
  });

  it("flagged -> healthy after HEAL_AFTER successes in a row", () => {
    const healed = run(times(HEAL_AFTER, "success"), run(times(FLAG_AT, "failure")));
    expect(healed).toEqual({ strikes: 0, okStreak: 0 });
    expect(statusOf(healed.strikes)).toBe("HEALTHY");
  });

  it("blacklisted -> flagged -> healthy, one level per HEAL_AFTER successes in a row", () => {
    const black = run(times(BLACKLIST_AT, "failure"));
    expect(statusOf(black.strikes)).toBe("BLACKLISTED");
    const once = run(times(HEAL_AFTER, "success"), black);
    expect(statusOf(once.strikes)).toBe("FLAGGED");
    // One failure now is FLAG_AT + 1 strikes: still flagged, not back to blacklisted.
    expect(statusOf(next(once, "failure").strikes)).toBe("FLAGGED");
    expect(statusOf(run(times(HEAL_AFTER, "success"), once).strikes)).toBe("HEALTHY");
  });
});
