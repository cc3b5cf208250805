// The pool's size over time: the sampling job writes counts by status (one statement, pruning
// old rows) and announces each sample on `poolSampled`; `poolHistory` returns a window oldest
// first, bucketed to at most `points`, with its arguments validated.
import { print, type FormattedExecutionResult } from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { beforeAll, describe, expect, it } from "vitest";
import { takeSample } from "../src/domains/proxies/pool-history.service.js";
import { graphql } from "../src/generated/graphql/index.js";
import { registerUser, useNode, type TestUser } from "./helpers.js";

const HISTORY = graphql(`query PoolHistoryTest($hours: Int, $points: Int) { poolHistory(hours: $hours, points: $points) { takenAt total active dead unchecked } }`);
const SAMPLED = graphql(`subscription PoolSampledTest { poolSampled { takenAt total active dead unchecked } }`);

const MINUTE = 60_000;

describe("pool history", () => {
  // Sampling on, every 100 ms: the subscription below sees the job's own samples.
  const { node } = useNode({ env: { POOL_SAMPLES_ENABLED: "true", POOL_SAMPLE_INTERVAL_MS: "100", POOL_SAMPLE_RETENTION_HOURS: "48" } });
  let user: TestUser;
  beforeAll(async () => {
    await node.app.db.prisma.proxy.createMany({
      data: [
        { ip: "198.51.100.1", port: 8080, protocol: "HTTP", status: "ACTIVE", score: 0.9 },
        { ip: "198.51.100.2", port: 8080, protocol: "HTTP", status: "ACTIVE", score: 0.8 },
        { ip: "198.51.100.3", port: 8080, protocol: "HTTP", status: "DEAD", score: 0.1 },
        { ip: "198.51.100.4", port: 8080, protocol: "HTTP", status: "UNCHECKED", score: 0 },
      ],
    });
    user = await registerUser(node);
  });

  it("the job's samples arrive on poolSampled with the pool's counts", async () => {
    const client = createClient({ url: `${node.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: user.auth, retryAttempts: 0 });
    try {
      const events = client.iterate({ query: print(SAMPLED) }) as AsyncIterableIterator<FormattedExecutionResult<{ poolSampled: Record<string, unknown> }>>;
      const { value } = await events.next();
      expect(value?.errors).toBeUndefined();
      expect(value?.data?.poolSampled).toMatchObject({ total: 4, active: 2, dead: 1, unchecked: 1, takenAt: expect.any(String) });
      await events.return?.();
      // Buckets average their samples, and the job also sampled before beforeAll's insert:
      // keep only samples from this one on, so the last bucket holds the pool as it is now.
      await node.app.db.prisma.poolSample.deleteMany({ where: { takenAt: { lt: new Date(value!.data!.poolSampled.takenAt as string) } } });
    } finally {
      await client.dispose();
    }
    const listed = await node.gql(HISTORY, {}, user.auth);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.poolHistory.at(-1)).toMatchObject({ total: 4, active: 2, dead: 1, unchecked: 1 });
  });

  it("lists a window oldest first, bucketed to at most `points`, and prunes past the retention", async () => {
    const prisma = node.app.db.prisma;
    await node.app.jobs.stop();
    await prisma.poolSample.deleteMany({});
    const now = Date.now();
    // Two hours of minute samples with `active` counting up, one sample past the retention.
    await prisma.poolSample.createMany({
      data: [
        ...Array.from({ length: 120 }, (_, i) => ({ takenAt: new Date(now - (120 - i) * MINUTE), total: 10, active: i, dead: 0, unchecked: 10 - Math.min(i, 10) })),
        { takenAt: new Date(now - 49 * 60 * MINUTE), total: 1, active: 1, dead: 0, unchecked: 0 },
      ],
    });
    const hour = (await node.gql(HISTORY, { hours: 1, points: 240 }, user.auth)).data!.poolHistory;
    expect(hour.length).toBeGreaterThanOrEqual(59);
    expect(hour.length).toBeLessThanOrEqual(61);
    const times = hour.map((s) => Date.parse(s.takenAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(hour.at(-1)!.active).toBe(119);

    const coarse = (await node.gql(HISTORY, { hours: 2, points: 12 }, user.auth)).data!.poolHistory;
    expect(coarse.length).toBeLessThanOrEqual(12);
    expect(coarse.length).toBeGreaterThanOrEqual(11);
    // Buckets average their samples: ten minutes of 0..119 counting up.
    const actives = coarse.map((s) => s.active);
    expect(actives).toEqual([...actives].sort((a, b) => a - b));
    expect(actives.at(-1)).toBeGreaterThan(100);

    const week = (await node.gql(HISTORY, { hours: 72 }, user.auth)).data!.poolHistory;
    expect(week[0]).toMatchObject({ total: 1, active: 1 });
    const sample = await takeSample(prisma, 48);
    expect(sample).toMatchObject({ total: 4, active: 2, dead: 1, unchecked: 1 });
    const after = (await node.gql(HISTORY, { hours: 72 }, user.auth)).data!.poolHistory;
    expect(after[0].total).toBe(10);
    // Fine buckets (4 s over an hour) keep the new sample apart from the minute samples.
    const fine = (await node.gql(HISTORY, { hours: 1, points: 1000 }, user.auth)).data!.poolHistory;
    expect(fine.at(-1)).toMatchObject({ total: 4, active: 2, dead: 1, unchecked: 1 });
  });

  it("needs a login and refuses bad windows", async () => {
    const anonymous = await node.gql(HISTORY, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    for (const vars of [{ hours: 0 }, { hours: 9000 }, { points: 1 }, { points: 1001 }]) {
      const res = await node.gql(HISTORY, vars, user.auth);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(vars)).toBe("VALIDATION_ERROR");
    }
  });
});
