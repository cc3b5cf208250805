// Network probes over real HTTP against loopback peers: ping and traceroute (system tools)
// to 127.0.0.1, DNS against a dns2 server for every record type, whois through a referral
// chain, TCP and HTTP targets; the seed 003 routes, history privacy, quota headers, admin status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, startNode, adminAuth, type TestNode, type TestUser } from "./helpers.js";
import { startDnsPeer, startHttpTarget, startWhoisPeers } from "./probes-peers.js";
import { findTool } from "../src/domains/probes/runners/tools.js";

/** Skipped where ping is not installed (CI installs it; README, "System tools"). */
const withPing = it.skipIf(!findTool("ping"));
/** Skipped where traceroute is not installed (CI installs it; README, "System tools"). */
const withTraceroute = it.skipIf(!findTool("traceroute"));

const RUN = `mutation($input: ProbeInput!) { runProbe(input: $input) { __typename
  ... on RunProbePayload { job { id legacyId kind target success status result resultText durationMs } quota { remainingDay limitDay } }
  ... on Error { code message } } }`;

describe("probes", () => {
  let node: TestNode;
  let dnsPeer: Awaited<ReturnType<typeof startDnsPeer>>;
  let whois: Awaited<ReturnType<typeof startWhoisPeers>>;
  let target: Awaited<ReturnType<typeof startHttpTarget>>;
  let alice: TestUser;
  let bob: TestUser;
  let admin: Record<string, string>;

  beforeAll(async () => {
    [dnsPeer, whois, target] = await Promise.all([startDnsPeer(), startWhoisPeers(), startHttpTarget()]);
    node = await startNode({ env: { WHOIS_SERVER: `127.0.0.1:${whois.rootPort}`, REQUEST_COUNTER_FLUSH_MS: "100" } });
    admin = await adminAuth(node);
    alice = await registerUser(node);
    bob = await registerUser(node);
  });
  afterAll(async () => {
    await node?.close();
    await Promise.all([dnsPeer?.close(), whois?.close(), target?.close()]);
  });

  withPing("pings 127.0.0.1 with the system ping and reports per-packet RTTs", async () => {
    const res = await node.http("POST", "/api/probes/ping", { body: { host: "127.0.0.1", count: 2 }, headers: alice.auth });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, probe_type: "ping", target: "127.0.0.1", job_id: expect.any(Number), timestamp: expect.any(String) });
    expect(res.body.result).toContain("2 packets transmitted, 2 received, 0.0% packet loss");
    const gql = await node.gql(RUN, { input: { kind: "PING", target: "127.0.0.1", count: 1 } }, alice.auth);
    const job = gql.data.runProbe.job;
    expect(job.result.replies).toHaveLength(1);
    expect(job.result.replies[0].rttMs).toBeGreaterThanOrEqual(0);
    expect(job.result.lossPercent).toBe(0);
  });

  withTraceroute("traces the route to 127.0.0.1 hop by hop", async () => {
    const res = await node.http("POST", "/api/probes/traceroute", { body: { host: "127.0.0.1", max_hops: 3 }, headers: alice.auth });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, probe_type: "traceroute" });
    expect(res.body.result).toMatch(/ 1 {2}127\.0\.0\.1 {2}[\d.]+ ms/);
    expect(res.body.result).toContain("Trace complete.");
  });

  it("answers every record type from the chosen nameserver, with TTLs", async () => {
    const types = ["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SOA", "PTR", "SRV", "CAA"];
    const expected: Record<string, string> = {
      A: "192.0.2.10", AAAA: "2001:db8::10", CNAME: "target.example.test.", MX: "10 mail.example.test.", NS: "ns1.example.test.",
      TXT: '"v=spf1 -all"', SOA: "ns1.example.test. hostmaster.example.test. 2026120201", PTR: "host.example.test.",
      SRV: "1 5 5060 sip.example.test.", CAA: '0 issue "letsencrypt.org"',
    };
    for (const type of types) {
      const res = await node.http("POST", "/api/probes/dns", {
        body: { domain: `${type.toLowerCase()}.example.test`, record_type: type, nameserver: `127.0.0.1:${dnsPeer.udpPort}` },
        headers: alice.auth,
      });
      expect(res.status, type).toBe(200);
      expect(res.body.success, type).toBe(true);
      expect(res.body.result, type).toContain(expected[type]);
      expect(res.body.result).toContain(`;; SERVER: 127.0.0.1#${dnsPeer.udpPort}`);
    }
    const gql = await node.gql(RUN, { input: { kind: "DNS", target: "mx.example.test", recordType: "MX", nameserver: `127.0.0.1:${dnsPeer.tcpPort}`, overTcp: true } }, alice.auth);
    expect(gql.data.runProbe.job.result).toMatchObject({ transport: "tcp", answers: [{ type: "MX", ttl: 300, data: { preference: 10, exchange: "mail.example.test" } }] });
    // PTR of an address asks for its reverse name.
    const ptr = await node.gql(RUN, { input: { kind: "DNS", target: "192.0.2.10", recordType: "PTR", nameserver: `127.0.0.1:${dnsPeer.udpPort}` } }, alice.auth);
    expect(ptr.data.runProbe.job.target).toBe("10.2.0.192.in-addr.arpa");
  });

  it("follows the whois referral chain from WHOIS_SERVER and parses the registry's fields", async () => {
    const res = await node.http("POST", "/api/probes/whois", { body: { domain: "example.test" }, headers: alice.auth });
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.result).toContain("WHOIS lookup for domain: example.test");
    expect(res.body.result).toContain("Registrar: Loopback Registrar");
    const gql = await node.gql(RUN, { input: { kind: "WHOIS", target: "example.test" } }, alice.auth);
    const r = gql.data.runProbe.job.result;
    expect(r.servers).toEqual([`127.0.0.1:${whois.rootPort}`, `127.0.0.1:${whois.registryPort}`]);
    expect(r.fields["Name Server"]).toEqual(["ns1.example.test", "ns2.example.test"]);
    expect(r.raw).toContain("Domain Name: EXAMPLE.TEST");
  });

  it("connects over TCP and times an HTTP GET in phases", async () => {
    const tcp = await node.gql(RUN, { input: { kind: "TCP", target: `127.0.0.1:${target.port}` } }, alice.auth);
    expect(tcp.data.runProbe.job).toMatchObject({ success: true, result: { connected: true, port: target.port } });
    const closed = await node.gql(RUN, { input: { kind: "TCP", target: "127.0.0.1", port: 1 } }, alice.auth);
    expect(closed.data.runProbe.job).toMatchObject({ success: false, status: "FAILED", result: { connected: false } });
    const get = await node.gql(RUN, { input: { kind: "HTTP", target: `http://127.0.0.1:${target.port}/` } }, alice.auth);
    const r = get.data.runProbe.job.result;
    expect(r.statusCode).toBe(200);
    expect(r.timings).toMatchObject({ connectMs: expect.any(Number), ttfbMs: expect.any(Number), totalMs: expect.any(Number), tlsMs: null });
    const missing = await node.gql(RUN, { input: { kind: "HTTP", target: `http://127.0.0.1:${target.port}/missing` } }, alice.auth);
    expect(missing.data.runProbe.job).toMatchObject({ success: false, result: { statusCode: 404 } });
  });

  it("refuses bad input with 400 and costs nothing", async () => {
    const before = (await node.http("GET", "/api/users/me", { headers: bob.auth })).headers.get("x-ratelimit-remaining-day");
    for (const body of [{ host: "-c 5 127.0.0.1" }, { host: "127.0.0.1", count: 11 }, { host: "127.1" }, { host: "" }, { count: 2 }, { host: "a".repeat(300) }]) {
      const res = await node.http("POST", "/api/probes/ping", { body, headers: bob.auth });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toEqual({ error: "Bad Request", message: expect.any(String) });
    }
    expect((await node.http("POST", "/api/probes/dns", { body: { domain: "x.test", record_type: "ANY" }, headers: bob.auth })).status).toBe(400);
    expect((await node.http("POST", "/api/probes/traceroute", { body: { host: "127.0.0.1", max_hops: 31 }, headers: bob.auth })).status).toBe(400);
    expect((await node.http("POST", "/api/probes/ping", { body: { host: "127.0.0.1" } })).status).toBe(401);
    const after = (await node.http("GET", "/api/users/me", { headers: bob.auth })).headers.get("x-ratelimit-remaining-day");
    expect(after).toBe(before);
  });

  it("puts the quota on every seed 003 response and counts each probe", async () => {
    const me = await node.http("GET", "/api/users/me", { headers: bob.auth });
    expect(me.headers.get("x-ratelimit-limit-day")).toBe("100");
    expect(me.headers.get("x-ratelimit-limit-month")).toBe("1000");
    expect(Number(me.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    const left = Number(me.headers.get("x-ratelimit-remaining-day"));
    const probe = await node.http("POST", "/api/probes/dns", { body: { domain: "a.example.test", nameserver: `127.0.0.1:${dnsPeer.udpPort}` }, headers: bob.auth });
    expect(Number(probe.headers.get("x-ratelimit-remaining-day"))).toBe(left - 1);
    expect(Number(probe.headers.get("x-ratelimit-remaining-month"))).toBe(Number(me.headers.get("x-ratelimit-remaining-month")) - 1);
    const q = await node.gql(`{ me { probeQuota { limitDay remainingDay limitMonth remainingMonth unlimited } } }`, {}, bob.auth);
    expect(q.data.me.probeQuota).toEqual({ limitDay: 100, remainingDay: left - 1, limitMonth: 1000, remainingMonth: expect.any(Number), unlimited: false });
  });

  it("keeps each user's history private; admins see all; limit/offset pages", async () => {
    const carol = await registerUser(node);
    for (let i = 0; i < 3; i++) {
      await node.http("POST", "/api/probes/dns", { body: { domain: `n${i}.example.test`, nameserver: `127.0.0.1:${dnsPeer.udpPort}` }, headers: carol.auth });
    }
    const page = await node.http("GET", "/api/probes/history?limit=2", { headers: carol.auth });
    expect(page.status).toBe(200);
    expect(page.body.jobs.map((j: { target: string }) => j.target)).toEqual(["n2.example.test", "n1.example.test"]);
    expect(page.body.jobs[0]).toEqual({ id: expect.any(Number), probe_type: "dns", target: "n2.example.test", parameters: expect.stringContaining('"record_type":"A"'), success: true, created_at: expect.any(String) });
    expect(page.body.pagination).toEqual({ total: 3, limit: 2, offset: 0, next: "/api/probes/history?limit=2&offset=2", previous: null });
    const second = await node.http("GET", "/api/probes/history?limit=2&offset=2", { headers: carol.auth });
    expect(second.body.pagination).toMatchObject({ total: 3, next: null, previous: "/api/probes/history?limit=2&offset=0" });
    expect((await node.http("GET", "/api/probes/history", { headers: carol.auth })).body.pagination.limit).toBe(10);
    expect((await node.http("GET", "/api/probes/history?limit=101", { headers: carol.auth })).status).toBe(400);
    // Alice never sees Carol's jobs, by list or by id.
    const aliceHistory = await node.http("GET", "/api/probes/history?limit=100", { headers: alice.auth });
    expect(aliceHistory.body.jobs.some((j: { target: string }) => j.target.startsWith("n1."))).toBe(false);
    const carolJobs = await node.gql(`{ probeJobs(first: 5) { totalCount edges { node { id } } } }`, {}, carol.auth);
    expect(carolJobs.data.probeJobs.totalCount).toBe(3);
    const id = carolJobs.data.probeJobs.edges[0].node.id;
    expect((await node.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, alice.auth)).data.node).toBeNull();
    const all = await node.gql(`{ probeJobs(first: 100, filter: { kind: DNS }) { totalCount } }`, {}, admin);
    expect(all.data.probeJobs.totalCount).toBeGreaterThan(3);
    const users = await node.http("GET", "/api/admin/users", { headers: admin });
    expect(users.body.users.find((u: { email: string }) => u.email === carol.email).probe_job_count).toBe(3);
  });

  withPing("starts a probe asynchronously and completes it", async () => {
    const started = await node.gql(
      `mutation($input: ProbeInput!) { startProbe(input: $input) { __typename ... on RunProbePayload { job { id status } } } }`,
      { input: { kind: "PING", target: "127.0.0.1", count: 3 } },
      alice.auth,
    );
    const { id, status } = started.data.startProbe.job;
    expect(status).toBe("RUNNING");
    let job: any;
    for (let i = 0; i < 100; i++) {
      job = (await node.gql(`query($id: ID!) { node(id: $id) { ... on ProbeJob { status success result } } }`, { id }, alice.auth)).data.node;
      if (job.status !== "RUNNING") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job).toMatchObject({ status: "SUCCEEDED", success: true, result: { received: 3 } });
  });

  it("reports the server status to admins only", async () => {
    const res = await node.http("GET", "/api/admin/status", { headers: admin });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      system: { version: expect.any(String), uptime: expect.any(String), memory_usage: expect.stringMatching(/MB|GB/), cpu_usage: expect.stringMatching(/%$/) },
      database: { status: "connected", size: expect.stringMatching(/MB|GB/), users_count: expect.any(Number), api_keys_count: expect.any(Number), probe_jobs_count: expect.any(Number) },
      requests: { total_today: expect.any(Number), total_this_month: expect.any(Number), average_response_time: expect.stringMatching(/ms$/) },
    });
    expect(res.body.requests.total_today).toBeGreaterThan(10);
    expect(res.body.database.probe_jobs_count).toBeGreaterThan(10);
    expect((await node.http("GET", "/api/admin/status", { headers: alice.auth })).status).toBe(403);
  });
});
