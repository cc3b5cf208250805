// /metrics: one Prometheus registry with seed 001's names plus route and operation labels.
import { describe, expect, it } from "vitest";
import { registerUser, useNode } from "./helpers.js";

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text format's sample lines (label values here never hold quotes). */
function parse(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)) labels[k!] = v!;
    out.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

function find(samples: Sample[], name: string, labels: Record<string, string>): Sample | undefined {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}

describe("/metrics", () => {
  const { node } = useNode();
  const scrape = async () => {
    const res = await node.http("GET", "/metrics");
    expect(res.status).toBe(200);
    return { res, samples: parse(res.text) };
  };

  it("is Prometheus text without credentials", async () => {
    const { res } = await scrape();
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.text).toContain("# TYPE http_requests_total counter");
    expect(res.text).toContain("# HELP http_requests_total Total number of HTTP requests");
    expect(res.text).toContain("# TYPE http_request_duration_seconds histogram");
  });

  it("labels GraphQL requests by route and root fields", async () => {
    const user = await registerUser(node);
    expect((await node.gql(`{ me { email } }`, {}, user.auth)).data?.me.email).toBe(user.email);
    await node.gql(`{ me { email } }`); // unauthenticated: still a 200 with errors
    await node.gql(`query ClientChosenName123 { health { healthy } }`);

    const { res, samples } = await scrape();
    const me = find(samples, "http_requests_total", { method: "POST", status: "200", route: "/graphql", operation: "query:me" });
    expect(me?.value).toBe(2);
    const health = find(samples, "http_requests_total", { route: "/graphql", operation: "query:health" });
    expect(health?.value).toBe(1);
    expect(find(samples, "http_requests_total", { route: "/graphql", operation: "mutation:register" })?.value).toBe(1);
    // Operation names are chosen by clients; only schema field names become label values.
    expect(res.text).not.toContain("ClientChosenName123");

    const count = find(samples, "http_request_duration_seconds_count", { method: "POST", route: "/graphql", operation: "query:me" });
    expect(count?.value).toBe(2);
    expect(find(samples, "http_request_duration_seconds_bucket", { route: "/graphql", operation: "query:me", le: "+Inf" })?.value).toBe(2);
    expect(find(samples, "http_request_duration_seconds_sum", { route: "/graphql", operation: "query:me" })?.value).toBeGreaterThan(0);
  });

  it("labels legacy routes by their pattern and the operation they run", async () => {
    const before = find((await scrape()).samples, "http_requests_total", { route: "/healthz" })?.value ?? 0;
    await node.http("GET", "/healthz");
    await node.http("GET", "/healthz");
    await node.http("GET", "/api/health");
    const { samples } = await scrape();
    const healthz = find(samples, "http_requests_total", { method: "GET", status: "200", route: "/healthz", operation: "query:health" });
    expect(healthz?.value).toBe(before + 2);
    expect(find(samples, "http_requests_total", { method: "GET", status: "200", route: "/api/health", operation: "query:health" })?.value).toBe(1);
    expect(find(samples, "http_request_duration_seconds_count", { route: "/api/health", operation: "query:health" })?.value).toBe(1);
    // /metrics itself is counted like any route.
    expect(find(samples, "http_requests_total", { route: "/metrics", status: "200" })?.value).toBeGreaterThan(0);
  });

  it("keeps unknown paths out of the label values", async () => {
    const res404 = await node.http("GET", "/no/such/path-7f3a");
    expect(res404.status).toBe(404);
    const { res, samples } = await scrape();
    expect(res.text).not.toContain("path-7f3a");
    expect(find(samples, "http_requests_total", { method: "GET", status: "404", route: "unmatched" })?.value).toBeGreaterThan(0);
  });

  it("counts errors with their status", async () => {
    const bad = await node.http("POST", "/graphql", { body: "{not json" });
    expect(bad.status).toBe(400);
    const { samples } = await scrape();
    expect(find(samples, "http_requests_total", { method: "POST", status: "400", route: "/graphql" })?.value).toBe(1);
  });

  it("includes the default process metrics", async () => {
    const { samples } = await scrape();
    for (const name of ["process_cpu_user_seconds_total", "process_resident_memory_bytes", "process_start_time_seconds", "nodejs_heap_size_used_bytes", "nodejs_eventloop_lag_seconds"]) {
      expect(samples.some((s) => s.name === name), name).toBe(true);
    }
    expect(find(samples, "process_resident_memory_bytes", {})?.value).toBeGreaterThan(0);
  });
});
