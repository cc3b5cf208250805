// Probe quotas decided in SQL: 50 concurrent probes against 10 left run exactly 10, and a
// probe the month refuses gives its day unit back. Also the target checks: loopback forms
// are refused without the allow-list (no packet sent: the lookup is a stub).
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../src/errors.js";
import { createOutboundGuard } from "../src/http/outbound.js";
import { parseHost, parseHostPort, resolveTarget } from "../src/domains/probes/target.js";
import { closerFor, listen } from "./peers.js";
import { registerUser, startNode, type TestNode } from "./helpers.js";

describe("probe targets", () => {
  // The stub answers what /etc/hosts would, so nothing leaves the machine.
  const guard = createOutboundGuard({ allow: [], dnsLookup: async (h) => (h === "localhost" ? [{ address: "127.0.0.1", family: 4 }] : []) });

  it("refuses option injection and IPv4 shorthands as syntax", () => {
    for (const bad of ["-c1", "--help", "127.1", "0x7f000001", "0177.0.0.1", "2130706433", "a b", "a".repeat(254), "x..y", ""]) {
      expect(() => parseHost(bad, "host"), bad).toThrow(ValidationError);
    }
    expect(parseHost("Example.COM.", "host")).toBe("example.com");
    expect(parseHostPort("[::1]:5353", "ns", 53)).toEqual({ host: "::1", port: 5353 });
    expect(parseHostPort("ns.example.test", "ns", 53)).toEqual({ host: "ns.example.test", port: 53 });
    expect(() => parseHostPort("h.test:70000", "ns", 53)).toThrow(ValidationError);
  });

  it("refuses loopback forms without the allow-list", async () => {
    for (const host of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "localhost", "169.254.169.254", "10.0.0.1"]) {
      await expect(resolveTarget(guard, parseHost(host, "host"), "host"), host).rejects.toThrow(/not allowed/);
    }
  });
});

describe("probe quotas", () => {
  let node: TestNode;
  let port: number;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const server = net.createServer((s) => s.end());
    port = await listen(server);
    close = closerFor(server);
    node = await startNode({ env: { PROBE_QUOTA_FREE_DAY: "10", PROBE_QUOTA_FREE_MONTH: "15" } });
  });
  afterAll(async () => {
    await node?.close();
    await close?.();
  });

  const RUN = `mutation($input: ProbeInput!) { runProbe(input: $input) { __typename ... on RateLimitedError { retryAfter } } }`;
  const userId = async (email: string) => (await node.app.db.prisma.user.findUniqueOrThrow({ where: { email } })).id;
  const usage = async (email: string) =>
    (await node.app.db.prisma.probeUsage.findMany({ where: { user: { email } }, orderBy: { period: "asc" } })).map((u) => u.used);

  it("runs exactly the 10 probes left of 50 concurrent ones; the refused cost nothing", async () => {
    const u = await registerUser(node);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => node.gql(RUN, { input: { kind: "TCP", target: `127.0.0.1:${port}` } }, u.auth)),
    );
    const kinds = results.map((r) => r.data?.runProbe.__typename);
    expect(kinds.filter((k) => k === "RunProbePayload")).toHaveLength(10);
    expect(kinds.filter((k) => k === "RateLimitedError")).toHaveLength(40);
    expect(await node.app.db.prisma.probeJob.count({ where: { user: { email: u.email } } })).toBe(10);
    // Day and month rows (sorted "YYYY-MM" < "YYYY-MM-DD"): both exactly 10.
    expect(await usage(u.email)).toEqual([10, 10]);
    const legacy = await node.http("POST", "/api/probes/whois", { body: { domain: "example.test" }, headers: u.auth });
    expect(legacy.status).toBe(429);
    expect(Number(legacy.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(legacy.headers.get("x-ratelimit-remaining-day")).toBe("0");
    expect(legacy.body).toEqual({ error: "Too Many Requests", message: expect.stringContaining("per day") });
  });

  it("gives the day unit back when the month refuses", async () => {
    const u = await registerUser(node);
    const month = new Date().toISOString().slice(0, 7);
    await node.app.db.prisma.probeUsage.create({ data: { userId: await userId(u.email), period: month, used: 13 } });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => node.gql(RUN, { input: { kind: "TCP", target: `127.0.0.1:${port}` } }, u.auth)),
    );
    expect(results.filter((r) => r.data?.runProbe.__typename === "RunProbePayload")).toHaveLength(2);
    expect(await usage(u.email)).toEqual([15, 2]);
  });

  it("applies a live change of a tier's quota to the next probe, and refuses a day above the month", async () => {
    const { adminAuth } = await import("./helpers.js");
    const admin = await adminAuth(node);
    const u = await registerUser(node);
    const probe = () => node.gql(RUN, { input: { kind: "TCP", target: `127.0.0.1:${port}` } }, u.auth);
    const bad = await node.http("PUT", "/api/v1/config", { headers: admin, body: { probe_quotas: { free: { day: 20, month: 15 } } } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(["probe_quotas.free.day"]);
    const set = await node.http("PUT", "/api/v1/config", { headers: admin, body: { probe_quotas: { free: { day: 1, month: 15 } } } });
    expect(set.status).toBe(200);
    expect((await probe()).data?.runProbe.__typename).toBe("RunProbePayload");
    expect((await probe()).data?.runProbe.__typename).toBe("RateLimitedError");
    const headers = await node.http("GET", "/api/probes/history", { headers: u.auth });
    expect(headers.headers.get("x-ratelimit-limit-day")).toBe("1");
    const back = await node.http("PUT", "/api/v1/config", { headers: admin, body: { probe_quotas: { free: { day: 10, month: 15 } } } });
    expect(back.status).toBe(200);
    expect((await probe()).data?.runProbe.__typename).toBe("RunProbePayload");
  });

  it("does not limit admins", async () => {
    const { adminAuth } = await import("./helpers.js");
    const admin = await adminAuth(node);
    const results = await Promise.all(Array.from({ length: 12 }, () => node.gql(RUN, { input: { kind: "TCP", target: `127.0.0.1:${port}` } }, admin)));
    expect(results.every((r) => r.data?.runProbe.__typename === "RunProbePayload")).toBe(true);
  });
});
