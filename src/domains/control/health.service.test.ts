// The health checks leave no timer behind: a check that answers clears its timeout.
import { afterEach, describe, expect, it, vi } from "vitest";
import { healthReport } from "./health.service.js";
import type { HealthChecks } from "../../graphql/context.js";

describe("healthReport", () => {
  afterEach(() => vi.useRealTimers());

  it("clears each check's timeout once the check answers", async () => {
    vi.useFakeTimers();
    const checks = { database: async () => {}, redis: async () => {}, dataDir: "memory://", startedAt: new Date(), databaseKind: "pglite" } as unknown as HealthChecks;
    const report = await healthReport(checks, "test");
    expect(report.database).toBe("ok");
    expect(report.redis).toBe("ok");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("reports a check that does not answer within 2 s as timed out", async () => {
    vi.useFakeTimers();
    const checks = { database: () => new Promise<void>(() => {}), dataDir: "memory://", startedAt: new Date(), databaseKind: "pglite" } as unknown as HealthChecks;
    const pending = healthReport(checks, "test");
    await vi.advanceTimersByTimeAsync(2_000);
    const report = await pending;
    expect(report.database).toBe("error");
    expect(report.errors).toEqual(["database: timed out after 2000 ms"]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
