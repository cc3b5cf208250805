// startProbe with its live events: probeProgress streams each ping reply of the job, and
// probeCompleted delivers the finished job; another user cannot watch it.
import { describe, expect, it } from "vitest";
import { registerUser, useNode, type TestNode } from "./helpers.js";
import { findTool } from "../src/domains/probes/runners/tools.js";

/** Skipped where ping is not installed (CI installs it; README, "System tools"). */
const withPing = it.skipIf(!findTool("ping"));

/** A POST /graphql subscription read as server-sent events. */
async function sse(node: TestNode, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const abort = new AbortController();
  const res = await fetch(`${node.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  async function next(): Promise<any> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: ?(.*)$/m.exec(block)?.[1];
        const data = block.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
        if (event === "complete") return null;
        if (event === "next" || (!event && data)) return JSON.parse(data);
        continue;
      }
      const { value, done } = await reader.read();
      if (done) return null;
      buffer += decoder.decode(value, { stream: true });
    }
  }
  return { next, close: () => abort.abort() };
}

const START = `mutation($input: ProbeInput!) { startProbe(input: $input) { __typename ... on RunProbePayload { job { id status } } } }`;
const PROGRESS = `subscription($jobId: ID!) { probeProgress(jobId: $jobId) { seq type event } }`;
const ALL_PROGRESS = `subscription { probeProgress { jobId seq type event } }`;
const COMPLETED = `subscription($jobId: ID) { probeCompleted(jobId: $jobId) { id status success result } }`;

describe("probe subscriptions", () => {
  const { node } = useNode();

  withPing("streams ping replies as they arrive and the finished job", async () => {
    const u = await registerUser(node);
    const started = await node.gql(START, { input: { kind: "PING", target: "127.0.0.1", count: 8 } }, u.auth);
    const jobId = started.data.startProbe.job.id;
    const progress = await sse(node, PROGRESS, { jobId }, u.auth);
    const completed = await sse(node, COMPLETED, { jobId }, u.auth);
    // Replies come every 0.2 s, so the subscription is open before the later ones.
    const first = await progress.next();
    expect(first.data.probeProgress).toMatchObject({ type: "reply", event: { rttMs: expect.any(Number) } });
    const done = await completed.next();
    expect(done.data.probeCompleted).toMatchObject({ id: jobId, status: "SUCCEEDED", success: true, result: { received: 8 } });
    progress.close();
    completed.close();

    const other = await registerUser(node);
    const refused = await sse(node, PROGRESS, { jobId }, other.auth);
    const answer = await refused.next();
    expect(answer.errors[0].extensions.code).toBe("NOT_FOUND");
    refused.close();
  });

  withPing("without jobId, streams every step of the caller's probes from before they start, and nobody else's", async () => {
    const u = await registerUser(node);
    const other = await registerUser(node);
    const mine = await sse(node, ALL_PROGRESS, {}, u.auth);
    const theirs = await sse(node, ALL_PROGRESS, {}, other.auth);
    // SSE subscriptions answer their headers once subscribed: the stream is live before the probe starts.
    const started = await node.gql(START, { input: { kind: "PING", target: "127.0.0.1", count: 2 } }, u.auth);
    const jobId = started.data.startProbe.job.id;
    const first = await mine.next();
    expect(first.data.probeProgress).toMatchObject({ jobId, seq: 0, type: "reply" });
    const second = await mine.next();
    expect(second.data.probeProgress).toMatchObject({ jobId, seq: 1 });
    mine.close();
    const nothing = await Promise.race([theirs.next(), new Promise((r) => setTimeout(() => r("quiet"), 1_000))]);
    expect(nothing).toBe("quiet");
    theirs.close();
  });
});
