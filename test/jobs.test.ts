// The job runner: intervals, wake-ups on a topic, bounded concurrency, backoff after
// errors, graceful stop, and cluster singletons that move to another node when their holder
// dies. Runners are driven directly over a real node's database and pub/sub.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClaimJob, RunJob } from "../src/jobs/job.js";
import { createJobRunner, type JobRunner } from "../src/jobs/runner.js";
import { describeIfPostgres, startNode, type TestNode } from "./helpers.js";

const silent = pino({ level: "silent" });
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(20);
  }
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("job runner", () => {
  let node: TestNode;
  const runners: JobRunner[] = [];
  const runner = (nodeId = "test-node", leaseTtlMs = 6_000, log = silent) => {
    const r = createJobRunner({ prisma: node.app.db.prisma, pubsub: node.app.pubsub, log, nodeId, leaseTtlMs });
    runners.push(r);
    return r;
  };

  beforeAll(async () => {
    node = await startNode();
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await node?.close();
  });

  it("runs a job on its interval and not when it is disabled", async () => {
    let runs = 0;
    let disabledRuns = 0;
    const r = runner();
    r.start([
      { name: "tick", enabled: true, intervalMs: 20, initialDelayMs: 0, run: async () => void runs++ },
      { name: "off", enabled: false, intervalMs: 20, run: async () => void disabledRuns++ },
    ]);
    await waitFor(() => runs >= 3);
    await r.stop();
    const after = runs;
    await sleep(100);
    expect(runs).toBe(after); // nothing runs after stop
    expect(disabledRuns).toBe(0);
  });

  it("calls onStop of a disabled job too (it may own resources other callers use)", async () => {
    let stopped = 0;
    const r = runner();
    r.start([{ name: "off-with-resources", enabled: false, intervalMs: 20, run: async () => undefined, onStop: () => void stopped++ }]);
    await r.stop();
    expect(stopped).toBe(1);
  });

  it("refuses two jobs with one name", () => {
    const job: RunJob = { name: "twin", enabled: true, intervalMs: 1000, run: async () => undefined };
    expect(() => runner().start([job, { ...job }])).toThrow(/two jobs are named twin/);
  });

  it("runs at once when a wake-up topic is published, long before its interval", async () => {
    let runs = 0;
    const r = runner();
    r.start([{ name: "woken", enabled: true, intervalMs: 3_600_000, initialDelayMs: 0, wakeOn: ["proxies:discovered"], run: async () => void runs++ }]);
    await waitFor(() => runs === 1);
    await node.app.pubsub.publish("proxies:discovered", { sourceId: "s", count: 1 });
    await waitFor(() => runs === 2);
    await r.stop();
  });

  it("runs again at once when a run reports more work", async () => {
    let runs = 0;
    const r = runner();
    r.start([{ name: "more", enabled: true, intervalMs: 3_600_000, initialDelayMs: 0, run: async () => ({ more: ++runs < 5 }) }]);
    await waitFor(() => runs === 5);
    await sleep(50);
    expect(runs).toBe(5);
    await r.stop();
  });

  it("logs a failed run and backs off, doubling the pause after each failure", async () => {
    const at: number[] = [];
    const logged: string[] = [];
    const log = pino({ level: "error" }, { write: (line: string) => void logged.push(JSON.parse(line).msg) });
    const r = runner("test-node", 6_000, log);
    const interval = 20;
    r.start([
      {
        name: "failing",
        enabled: true,
        intervalMs: interval,
        initialDelayMs: 0,
        run: async () => {
          at.push(performance.now());
          throw new Error("boom");
        },
      },
    ]);
    await waitFor(() => at.length >= 4);
    await r.stop();
    expect(logged.filter((m) => m === "job run failed").length).toBeGreaterThanOrEqual(3);
    // After failure n the pause is interval * 2^n: 40, 80, 160 ms (timers never fire early
    // by more than a millisecond, so these are lower bounds, not timing assertions).
    for (let i = 1; i < 4; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(interval * 2 ** i - 2);
  });

  it("keeps at most `concurrency` claimed items in flight and handles every item once", async () => {
    const queue = Array.from({ length: 25 }, (_, i) => i);
    const handled: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let claims = 0;
    const job: ClaimJob<number> = {
      name: "claims",
      enabled: true,
      intervalMs: 3_600_000,
      initialDelayMs: 0,
      concurrency: 3,
      claim: async (limit) => {
        claims++;
        expect(limit).toBeGreaterThan(0);
        expect(limit).toBeLessThanOrEqual(3);
        return queue.splice(0, limit);
      },
      handle: async (item) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await sleep(5 + (item % 4) * 3);
        inFlight--;
        handled.push(item);
      },
    };
    const r = runner();
    r.start([job]);
    await waitFor(() => handled.length === 25);
    await r.stop();
    expect(maxInFlight).toBe(3);
    expect([...handled].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(claims).toBeGreaterThan(25 / 3); // refilled as slots freed, not one big claim
  });

  it("stop waits for items in flight, calls onStop first and claims nothing more", async () => {
    const gate = deferred();
    const events: string[] = [];
    let claims = 0;
    const r = runner();
    r.start([
      {
        name: "slow",
        enabled: true,
        intervalMs: 10,
        initialDelayMs: 0,
        concurrency: 2,
        claim: async () => (claims++ === 0 ? ["a", "b"] : []),
        handle: async (item: string) => {
          await gate.promise;
          events.push(`done ${item}`);
        },
        onStop: () => void events.push("onStop"),
      } satisfies ClaimJob<string>,
    ]);
    await waitFor(() => claims >= 1);
    let stopped = false;
    const stopping = r.stop().then(() => (stopped = true));
    await sleep(50);
    expect(stopped).toBe(false); // still waiting for a and b
    gate.resolve();
    await stopping;
    expect(events).toEqual(["onStop", "done a", "done b"]);
    expect(claims).toBe(1);
  });

  it("a failed claim still lets the claimed items finish", async () => {
    let call = 0;
    const done: string[] = [];
    const r = runner();
    r.start([
      {
        name: "claim-fails",
        enabled: true,
        intervalMs: 3_600_000,
        initialDelayMs: 0,
        concurrency: 2,
        claim: async () => {
          if (call++ === 0) return ["x"];
          throw new Error("database went away");
        },
        handle: async (item: string) => {
          await sleep(30);
          done.push(item);
        },
      } satisfies ClaimJob<string>,
    ]);
    await waitFor(() => done.length === 1);
    await r.stop();
    expect(done).toEqual(["x"]);
  });

  it("runs a singleton on one runner only; a graceful stop hands it over at once", async () => {
    const ran = new Set<string>();
    const job = (id: string): RunJob => ({ name: "singleton-handover", enabled: true, intervalMs: 20, initialDelayMs: 0, singleton: true, run: async () => void ran.add(id) });
    const a = runner("node-a");
    const b = runner("node-b");
    a.start([job("a")]);
    await waitFor(() => ran.has("a"));
    b.start([job("b")]);
    await sleep(300);
    expect(ran.has("b")).toBe(false);
    expect(await a.leases.holder("singleton-handover")).toBe("node-a");
    await a.stop(); // releases the lease row
    await waitFor(() => ran.has("b"), 5_000); // well inside the 6 s TTL: no expiry was needed
    expect(b.held()).toEqual(["singleton-handover"]);
  });

  it("lease renewals wake no job: other jobs keep their own interval", async () => {
    let singletonRuns = 0;
    let otherRuns = 0;
    const r = runner("node-renew", 300); // renews every 100 ms
    r.start([
      { name: "renewed-singleton", enabled: true, intervalMs: 3_600_000, initialDelayMs: 0, singleton: true, run: async () => void singletonRuns++ },
      { name: "hourly", enabled: true, intervalMs: 3_600_000, initialDelayMs: 0, run: async () => void otherRuns++ },
    ]);
    await waitFor(() => singletonRuns === 1 && otherRuns === 1);
    await sleep(700); // several renewals
    expect(singletonRuns).toBe(1);
    expect(otherRuns).toBe(1);
    await r.stop();
  });

  it("moves a singleton to another runner when its holder dies (lease expiry)", async () => {
    const ran: string[] = [];
    const ttl = 1_000;
    const job = (id: string): RunJob => ({ name: "singleton-death", enabled: true, intervalMs: 20, initialDelayMs: 0, singleton: true, run: async () => void ran.push(id) });
    const a = runner("node-a", ttl);
    const b = runner("node-b", ttl);
    a.start([job("a")]);
    await waitFor(() => ran.includes("a"));
    b.start([job("b")]);
    await a.stop({ releaseLeases: false }); // dies: the row stays until it expires
    const diedAt = Date.now();
    await waitFor(() => ran.includes("b"));
    // Takeover needs the TTL to lapse plus at most one renewal interval (TTL / 3).
    expect(Date.now() - diedAt).toBeLessThan(15_000);
    expect(await b.leases.holder("singleton-death")).toBe("node-b");
  });
});

describeIfPostgres("job runner: singleton across two nodes on PostgreSQL", () => {
  let a: TestNode;
  let b: TestNode;
  beforeAll(async () => {
    a = await startNode({ redis: false });
    b = await startNode({ redis: false, databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("with the default TTL, the other node takes over within 10 s of the holder dying", async () => {
    const ran: string[] = [];
    const ttl = a.app.config.jobs.leaseTtlMs;
    const job = (id: string): RunJob => ({ name: "cluster-singleton", enabled: true, intervalMs: 50, initialDelayMs: 0, singleton: true, run: async () => void ran.push(id) });
    const ra = createJobRunner({ prisma: a.app.db.prisma, pubsub: a.app.pubsub, log: silent, nodeId: a.app.nodeId, leaseTtlMs: ttl });
    const rb = createJobRunner({ prisma: b.app.db.prisma, pubsub: b.app.pubsub, log: silent, nodeId: b.app.nodeId, leaseTtlMs: ttl });
    ra.start([job("a")]);
    await waitFor(() => ran.includes("a"));
    rb.start([job("b")]);
    await sleep(500);
    expect(ran.includes("b")).toBe(false);
    await ra.stop({ releaseLeases: false });
    const diedAt = Date.now();
    await waitFor(() => ran.includes("b"), 20_000);
    const tookMs = Date.now() - diedAt;
    await rb.stop();
    expect(ttl + Math.floor(ttl / 3)).toBeLessThanOrEqual(10_000); // the configured bound
    expect(tookMs).toBeLessThan(20_000);
  });
});
