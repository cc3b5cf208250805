// Probes and the HTTP exchange around them: a probe stops when its client goes away (the ping
// process is killed, the job fails with "client went away").
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, startNode, type TestNode, type TestUser } from "./helpers.js";

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

describe("probes over HTTP", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode();
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

  it("kills a legacy ping when its client goes away and fails the job", async () => {
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

  it("kills a GraphQL runProbe's ping when its client goes away", async () => {
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

  it("lets a startProbe job run on after its client has gone", async () => {
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
});
