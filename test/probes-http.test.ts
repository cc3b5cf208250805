// Probes and the HTTP exchange around them: a probe stops when its client goes away (the ping
// process is killed, the job fails with "client went away"), every seed 003 answer to a known
// caller carries the quota headers (refusals before the operation ran too), and the admin
// status counts every answered request, /graphql included, once, with no write per request.
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminAuth, registerUser, startNode, type TestNode, type TestUser } from "./helpers.js";
import { findTool } from "../src/domains/probes/runners/tools.js";

/** Skipped where ping is not installed (CI installs it; README, "System tools"). */
const withPing = it.skipIf(!findTool("ping"));

/** Pids of this process's children running `comm` (the node under test runs in this process). */
function children(comm: string): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid ...": comm may hold spaces, so read around its parentheses.
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (name === comm && ppid === process.pid) out.push(Number(entry));
    } catch {
      /* exited while we looked */
    }
  }
  return out;
}

const alive = (pid: number) => {
  try {
    return !readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.startsWith("Z");
  } catch {
    return false;
  }
};

async function until<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const QUOTA_HEADERS = ["x-ratelimit-limit-day", "x-ratelimit-remaining-day", "x-ratelimit-limit-month", "x-ratelimit-remaining-month", "x-ratelimit-reset"];
const quotaOf = (h: Headers) => Object.fromEntries(QUOTA_HEADERS.map((n) => [n, h.get(n)]));

describe("probes over HTTP", () => {
  let node: TestNode;
  let admin: Record<string, string>;
  beforeAll(async () => {
    // Counters are flushed by the status read only, so the test sees exactly what was counted.
    node = await startNode({ env: { REQUEST_COUNTER_FLUSH_MS: "3600000" } });
    admin = await adminAuth(node);
  });
  afterAll(() => node?.close());

  const lastJob = (u: TestUser) => node.app.db.prisma.probeJob.findFirst({ where: { user: { email: u.email } }, orderBy: { serial: "desc" } });
  const usedToday = async (u: TestUser) =>
    (await node.app.db.prisma.probeUsage.findFirst({ where: { user: { email: u.email }, period: new Date().toISOString().slice(0, 10) } }))?.used ?? 0;

  /** Starts `send(signal)`, waits for its ping process, aborts the client, and returns what happened. */
  async function abandonPing(u: TestUser, send: (signal: AbortSignal) => Promise<Response>) {
    const before = new Set(children("ping"));
    const client = new AbortController();
    const answered = send(client.signal).then(
      () => "answered",
      (err: Error) => err.name,
    );
    const pid = await until("the ping process", () => children("ping").find((p) => !before.has(p)));
    client.abort();
    expect(await answered).toBe("AbortError");
    await until(`ping ${pid} to exit`, () => !alive(pid), 5_000);
    return until("the job to finish", async () => {
      const job = await lastJob(u);
      return job && job.status !== "RUNNING" ? job : null;
    });
  }

  withPing("kills a legacy ping when its client goes away and fails the job", async () => {
    const u = await registerUser(node);
    const job = await abandonPing(u, (signal) =>
      fetch(`${node.url}/api/probes/ping`, {
        method: "POST",
        headers: { "content-type": "application/json", ...u.auth },
        body: JSON.stringify({ host: "127.0.0.1", count: 10 }),
        signal,
      }),
    );
    expect(job).toMatchObject({ status: "FAILED", success: false, kind: "PING" });
    const result = job.result as Record<string, unknown>;
    // Killed by us, before its ten replies (0.2 s apart) could all arrive.
    expect(result).toMatchObject({ error: "client went away before the probe finished", killed: true, stopped: "client went away", timedOut: false });
    expect(result.received).toBeLessThan(10);
    expect(job.resultText).toContain("Probe stopped: the client went away before the probe finished.");
    // It ran, so it counted.
    expect(await usedToday(u)).toBe(1);
  });

  withPing("kills a GraphQL runProbe's ping when its client goes away", async () => {
    const u = await registerUser(node);
    const job = await abandonPing(u, (signal) =>
      fetch(`${node.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...u.auth },
        body: JSON.stringify({
          query: `mutation($input: ProbeInput!) { runProbe(input: $input) { __typename } }`,
          variables: { input: { kind: "PING", target: "127.0.0.1", count: 10 } },
        }),
        signal,
      }),
    );
    expect(job).toMatchObject({ status: "FAILED", success: false });
    expect(job.result).toMatchObject({ error: "client went away before the probe finished", killed: true });
  });

  withPing("lets a startProbe job run on after its client has gone", async () => {
    const u = await registerUser(node);
    const res = await node.gql(
      `mutation($input: ProbeInput!) { startProbe(input: $input) { __typename ... on RunProbePayload { job { id } } } }`,
      { input: { kind: "PING", target: "127.0.0.1", count: 2 } },
      u.auth,
    );
    expect(res.data.startProbe.__typename).toBe("RunProbePayload");
    const job = await until("the job to finish", async () => {
      const j = await lastJob(u);
      return j && j.status !== "RUNNING" ? j : null;
    });
    expect(job).toMatchObject({ status: "SUCCEEDED", result: { received: 2, killed: false } });
  });

  it("puts the quota headers on every seed 003 answer to a known caller, refusals included", async () => {
    const u = await registerUser(node);
    const expected = (remainingDay: number, remainingMonth: number) => ({
      "x-ratelimit-limit-day": "100",
      "x-ratelimit-remaining-day": String(remainingDay),
      "x-ratelimit-limit-month": "1000",
      "x-ratelimit-remaining-month": String(remainingMonth),
      "x-ratelimit-reset": expect.stringMatching(/^\d+$/),
    });
    const refusals: [string, string, unknown, number][] = [
      ["POST", "/api/probes/ping", { host: "-c 5 127.0.0.1" }, 400], // refused by the route's body check, before any GraphQL
      ["POST", "/api/probes/ping", { host: "127.0.0.1", count: 11 }, 400],
      ["POST", "/api/probes/dns", { domain: "x.test", record_type: "ANY" }, 400],
      ["POST", "/api/probes/traceroute", "{not json", 400],
      ["POST", "/api/probes/ping", { host: "10.0.0.1" }, 400], // refused in the service by the outbound guard (nothing sent)
      ["GET", "/api/probes/history?limit=101", undefined, 400],
      ["GET", "/api/probes/nothing-here", undefined, 404],
      ["POST", "/api/probes/ping", { host: "a".repeat(1024 * 1024) }, 413],
      ["GET", "/api/admin/status", undefined, 403],
    ];
    for (const [method, path, body, status] of refusals) {
      const res = await node.http(method, path, { body, headers: u.auth });
      expect(res.status, `${method} ${path}`).toBe(status);
      expect(quotaOf(res.headers), `${method} ${path}`).toEqual(expected(100, 1000));
    }
    // The same with an API key in X-API-Key, and for the 200s.
    const viaKey = await node.http("POST", "/api/probes/ping", { body: { count: 2 }, headers: { "x-api-key": u.key } });
    expect(viaKey.status).toBe(400);
    expect(quotaOf(viaKey.headers)).toEqual(expected(100, 1000));
    for (const path of ["/api/users/me", "/api/probes/history", "/api/apikeys"]) {
      const res = await node.http("GET", path, { headers: u.auth });
      expect(res.status, path).toBe(200);
      expect(quotaOf(res.headers), path).toEqual(expected(100, 1000));
    }
    // A probe's own answer carries the quota its charge left.
    const probe = await node.http("POST", "/api/probes/ping", { body: { host: "127.0.0.1", count: 1 }, headers: u.auth });
    expect(probe.status).toBe(200);
    expect(quotaOf(probe.headers)).toEqual(expected(99, 999));
    // No caller, no quota; other APIs never carry them.
    const anonymous = await node.http("POST", "/api/probes/ping", { body: { host: "127.0.0.1" } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("x-ratelimit-limit-day")).toBeNull();
    expect((await node.http("GET", "/account", { headers: u.auth })).headers.get("x-ratelimit-limit-day")).toBeNull();
    expect((await node.http("GET", "/api/admin/status", { headers: admin })).headers.get("x-ratelimit-limit-day")).not.toBeNull();
  });

  it("counts every answered request, /graphql included, once each, without writing per request", async () => {
    const status = async () => (await node.http("GET", "/api/admin/status", { headers: admin })).body.requests;
    const before = await status();
    const recorded = node.recordSql();
    await node.gql(`{ __typename }`, {}, recorded.headers);
    await node.gql(`{ me { email } }`, {}, { ...admin, ...recorded.headers });
    await node.gql(`{ nope }`); // a GraphQL error is an answer too
    await fetch(`${node.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, { headers: { accept: "application/json" } });
    await node.http("GET", "/api/users/me", { headers: { ...admin, ...recorded.headers } }); // a legacy route runs GraphQL inside: one request
    await node.http("GET", "/health");
    const after = await status();
    // The six above and the first status read, answered before the second one flushed.
    expect(after.total_today - before.total_today).toBe(7);
    expect(after.total_this_month - before.total_this_month).toBe(7);
    expect(after.average_response_time).toMatch(/^\d+ms$/);
    expect(recorded.statements.some((s) => /request_counters/.test(s))).toBe(false);
  });
});
