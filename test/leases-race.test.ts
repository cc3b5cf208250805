// 64 concurrent clients acquiring (and releasing) from a pool of 20 proxies over HTTP.
// Runs on PGlite (one connection: a smoke test) and on PostgreSQL when TEST_DATABASE_URL is
// set, where the guarantees are proven: never two live leases on one proxy, no balance
// below zero, every charge matched by exactly one lease.
import { beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { registerUser, TEST_DATABASE_URL, useNode } from "./helpers.js";

const ACQUIRE = graphql(`mutation LeasesRaceAcquire { acquireProxy(input: { leaseDurationSeconds: 600 }) { __typename
  ... on AcquireProxyPayload { creditsRemaining lease { id proxy { id } } }
  ... on Error { code } } }`);
const RELEASE = graphql(`mutation LeasesRaceRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename ... on Error { code } } }`);

const PROXIES = 20;
const USERS = 16;
const CLIENTS_PER_USER = 4; // 64 clients
const CREDITS = 3;
const ROUNDS = 3;

describe(`lease race (${TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  const { node } = useNode();
  beforeAll(async () => {
    await node.app.db.prisma.proxy.createMany({
      data: Array.from({ length: PROXIES }, (_, i) => ({
        ip: `192.0.2.${i + 1}`,
        port: 3128,
        protocol: "HTTP" as const,
        status: "ACTIVE" as const,
        score: (i % 7) / 10, // ties on purpose: many clients want the same best rows
      })),
    });
  });

  it("never double-leases, never overdraws, and charges exactly once per lease", { timeout: 120_000 }, async () => {
    const users = await Promise.all(Array.from({ length: USERS }, () => registerUser(node)));
    const prisma = node.app.db.prisma;
    const uuid = (gid: string) => Buffer.from(gid, "base64").toString().split(":")[1];
    await prisma.user.updateMany({ where: { id: { in: users.map((u) => uuid(u.id)) } }, data: { credits: CREDITS } });

    // Client-side holding intervals in causal order (a counter, not a clock): a proxy handed
    // to one client while another still holds it, between its acquire answer and its
    // release request, is a double lease.
    let tick = 0;
    const holds: { proxy: string; from: number; to: number }[] = [];
    const outcomes: string[] = [];
    const leased: string[] = [];
    const client = async (auth: Record<string, string>, c: number) => {
      for (let round = 0; round < ROUNDS; round++) {
        const res = await node.gql(ACQUIRE, {}, auth);
        const r = res.data?.acquireProxy;
        if (!r) throw new Error(JSON.stringify(res));
        if (r.__typename !== "AcquireProxyPayload") {
          outcomes.push(r.code);
          continue;
        }
        outcomes.push("OK");
        expect(r.creditsRemaining).toBeGreaterThanOrEqual(0);
        leased.push(r.lease.id);
        const hold = { proxy: r.lease.proxy.id, from: ++tick, to: Number.POSITIVE_INFINITY };
        holds.push(hold);
        if ((c + round) % 2 === 0) {
          hold.to = ++tick;
          const rel = await node.gql(RELEASE, { id: r.lease.id }, auth);
          expect(rel.data?.releaseLease.__typename).toBe("Lease");
        }
      }
    };
    await Promise.all(users.flatMap((u) => Array.from({ length: CLIENTS_PER_USER }, (_, i) => client(u.auth, i))));

    // Only the documented refusals; something always matches, so never NOT_FOUND.
    expect(new Set(outcomes.filter((o) => o !== "OK"))).toSatisfy((s: Set<string>) => [...s].every((o) => o === "CONFLICT" || o === "INSUFFICIENT_CREDITS"));
    expect(outcomes.filter((o) => o === "OK").length).toBeGreaterThanOrEqual(PROXIES);
    expect(new Set(leased).size).toBe(leased.length);

    for (const a of holds) {
      for (const b of holds) {
        if (a !== b && a.proxy === b.proxy) expect(b.from > a.to || a.from > b.to, `proxy ${a.proxy} handed out twice`).toBe(true);
      }
    }

    const doubles = await prisma.$queryRaw<{ proxy_id: string }[]>`
      SELECT proxy_id::text FROM leases WHERE released_at IS NULL AND expires_at > now()
      GROUP BY proxy_id HAVING count(*) > 1`;
    expect(doubles).toEqual([]);
    // Every live lease is the one its proxy names, and no proxy claims a lease that ended.
    const mismatched = await prisma.$queryRaw<{ id: string }[]>`
      SELECT l.id::text FROM leases l JOIN proxies p ON p.id = l.proxy_id
      WHERE l.released_at IS NULL AND l.expires_at > now()
        AND (p.current_lease_id IS DISTINCT FROM l.id OR p.leased_until IS DISTINCT FROM l.expires_at)
      UNION ALL
      SELECT p.id::text FROM proxies p JOIN leases l ON l.id = p.current_lease_id
      WHERE p.leased_until > now() AND (l.released_at IS NOT NULL OR l.expires_at <= now())`;
    expect(mismatched).toEqual([]);

    for (const u of users) {
      const id = uuid(u.id);
      const [row, leases, charges] = await Promise.all([
        prisma.user.findUniqueOrThrow({ where: { id } }),
        prisma.lease.count({ where: { userId: id } }),
        prisma.creditTransaction.findMany({ where: { userId: id, txType: "ACQUIRE" } }),
      ]);
      expect(row.credits).toBeGreaterThanOrEqual(0);
      expect(row.credits).toBe(CREDITS - leases);
      expect(charges.length).toBe(leases);
      expect(charges.every((t) => t.amount === -1 && t.balanceAfter >= 0)).toBe(true);
    }
    expect(await prisma.lease.count()).toBe(leased.length);
  });

  it("a user with exactly N credits racing for many free proxies gets N leases, and a lost charge leaves no proxy held", { timeout: 120_000 }, async () => {
    const prisma = node.app.db.prisma;
    // Free the pool: only this test's leases count below.
    await prisma.$executeRaw`UPDATE proxies SET leased_until = NULL, current_lease_id = NULL`;
    await prisma.$executeRaw`UPDATE leases SET released_at = now() WHERE released_at IS NULL`;
    const N = 2;
    const u = await registerUser(node);
    const id = Buffer.from(u.id, "base64").toString().split(":")[1];
    await prisma.user.update({ where: { id }, data: { credits: N } });
    // Every client passes the lock-free balance look before the first charge lands, so some
    // picks lock a proxy and then lose the charge: those must change nothing.
    const results = await Promise.all(Array.from({ length: 12 }, () => node.gql(ACQUIRE, {}, u.auth)));
    const outcomes = results.map((r) => {
      const a = r.data?.acquireProxy;
      if (!a) throw new Error(JSON.stringify(r));
      return a.__typename === "AcquireProxyPayload" ? "OK" : a.code;
    });
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(N);
    expect(outcomes.filter((o) => o !== "OK").every((o) => o === "INSUFFICIENT_CREDITS")).toBe(true);
    const [user, leases, charges, held] = await Promise.all([
      prisma.user.findUniqueOrThrow({ where: { id } }),
      prisma.lease.count({ where: { userId: id } }),
      prisma.creditTransaction.count({ where: { userId: id, txType: "ACQUIRE" } }),
      prisma.proxy.count({ where: { leasedUntil: { gt: new Date() } } }),
    ]);
    expect(user.credits).toBe(0);
    expect(leases).toBe(N);
    expect(charges).toBe(N);
    expect(held).toBe(N);
  });
});
