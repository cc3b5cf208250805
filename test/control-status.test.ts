// Seed 001's control plane on one node, over legacy REST and GraphQL: status, metrics,
// ready, the cluster of one, admin-only access in seed 001's envelope, graceful shutdown.
import { describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { registerUser, startNode, useNode } from "./helpers.js";

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const STATUS = graphql(`query ControlTestStatus { serverStatus { nodeId state pid workers connections { active idle total } } }`);
const METRICS = graphql(`query ControlTestMetrics { serverMetrics { requestsTotal errors4xx latencyP50Ms bytesIn bytesOut } }`);
const CLUSTER = graphql(`query ControlTestCluster { clusterStatus { nodeId role leaderId nodes { id state role } } }`);

describe("control plane on one node", () => {
  const { node, admin } = useNode({ admin: true });

  it("GET /api/v1/status reports the real process", async () => {
    const res = await node.http("GET", "/api/v1/status", { headers: admin });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: "running",
      version: "0.1.0",
      uptime: expect.any(Number),
      start_time: expect.stringMatching(ISO),
      pid: process.pid,
      workers: 1,
      connections: { active: expect.any(Number), idle: expect.any(Number), total: expect.any(Number) },
      node_id: node.app.nodeId,
    });
    // This very request is in flight on its connection.
    expect(res.body.connections.active).toBeGreaterThanOrEqual(1);
    expect(res.body.connections.total).toBe(res.body.connections.active + res.body.connections.idle);
    const gql = await node.gql(STATUS, {}, admin);
    expect(gql.data?.serverStatus).toMatchObject({ nodeId: node.app.nodeId, state: "running", pid: process.pid });
  });

  it("GET /api/v1/metrics reads the counters behind Prometheus /metrics", async () => {
    await node.http("GET", "/api/v1/nope", { headers: admin }); // one 404
    const res = await node.http("GET", "/api/v1/metrics", { headers: admin });
    expect(res.status).toBe(200);
    const prom = (await node.http("GET", "/metrics")).text;
    const total = [...prom.matchAll(/^http_requests_total\{[^}]*\} (\d+)/gm)].reduce((a, m) => a + Number(m[1]), 0);
    // /metrics itself was counted after the JSON was read: the JSON saw at most that many.
    expect(res.body.requests.total).toBeGreaterThan(0);
    expect(res.body.requests.total).toBeLessThanOrEqual(total);
    expect(res.body.errors["4xx"]).toBeGreaterThanOrEqual(1);
    expect(res.body).toMatchObject({
      requests: { per_second: expect.any(Number), per_minute: expect.any(Number) },
      latency: { p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number), avg: expect.any(Number) },
      bandwidth: { in_bytes: expect.any(Number), out_bytes: expect.any(Number), in_rate: expect.any(Number), out_rate: expect.any(Number) },
      errors: { "5xx": expect.any(Number), rate: expect.any(Number) },
    });
    expect(res.body.bandwidth.in_bytes).toBeGreaterThan(0);
    expect(res.body.latency.p99).toBeGreaterThanOrEqual(res.body.latency.p50);
    expect(prom).toMatch(/^http_received_bytes_total \d+/m);
    const gql = await node.gql(METRICS, {}, admin);
    expect(gql.data?.serverMetrics.requestsTotal).toBeGreaterThanOrEqual(res.body.requests.total);
  });

  it("the node is a cluster of one and its own leader", async () => {
    let res = await node.http("GET", "/api/v1/cluster/status", { headers: admin });
    for (let i = 0; i < 50 && res.body.role !== "leader"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      res = await node.http("GET", "/api/v1/cluster/status", { headers: admin });
    }
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ enabled: true, node_id: node.app.nodeId, role: "leader", cluster_name: "switchyard", leader_id: node.app.nodeId });
    expect(res.body.nodes).toEqual([
      expect.objectContaining({ id: node.app.nodeId, state: "active", role: "leader", load: { cpu: expect.any(Number), memory: expect.any(Number), connections: expect.any(Number) } }),
    ]);
    const list = await node.http("GET", "/api/v1/cluster/nodes?state=active&sort=cpu&order=desc", { headers: admin });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ nodes: [{ id: node.app.nodeId }], total: 1, pagination: { page: 1, total: 1, pages: 1, has_next: false, has_prev: false } });
    const bad = await node.http("GET", "/api/v1/cluster/nodes?sort=nope&limit=0", { headers: admin });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(["limit", "sort"]);
    const one = await node.http("GET", `/api/v1/cluster/nodes/${node.app.nodeId}`, { headers: admin });
    expect(one.body).toMatchObject({ id: node.app.nodeId, role: "leader", state: "active" });
    const missing = await node.http("GET", "/api/v1/cluster/nodes/nobody", { headers: admin });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: "NOT_FOUND", request_id: expect.any(String) });
    const gql = await node.gql(CLUSTER, {}, admin);
    expect(gql.data?.clusterStatus).toMatchObject({ nodeId: node.app.nodeId, role: "leader", leaderId: node.app.nodeId });
    const join = await node.http("POST", "/api/v1/cluster/join", { headers: admin, body: { seed_nodes: ["127.0.0.1:7946"], cluster_name: "switchyard" } });
    expect(join.body).toMatchObject({ success: true, cluster: { node_id: node.app.nodeId } });
    const wrong = await node.http("POST", "/api/v1/cluster/join", { headers: admin, body: { cluster_name: "other" } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details.fields).toEqual([{ field: "cluster_name", message: expect.any(String) }]);
    const rebalance = await node.http("POST", "/api/v1/cluster/rebalance", { headers: admin });
    expect(rebalance.body).toMatchObject({ success: true });
  });

  it("refuses other users with 403 and anonymous callers with 401, in seed 001's envelope", async () => {
    const user = await registerUser(node);
    for (const path of ["/api/v1/status", "/api/v1/metrics", "/api/v1/cluster/status", "/api/v1/cluster/nodes"]) {
      const anon = await node.http("GET", path);
      expect(anon.status).toBe(401);
      expect(anon.body.error).toMatchObject({ code: "UNAUTHORIZED", request_id: anon.headers.get("x-request-id"), timestamp: expect.stringMatching(ISO) });
      const other = await node.http("GET", path, { headers: user.auth });
      expect(other.status).toBe(403);
      expect(other.body.error).toMatchObject({ code: "FORBIDDEN", request_id: expect.any(String) });
    }
    const shut = await node.http("POST", "/api/v1/shutdown", { headers: user.auth, body: {} });
    expect(shut.status).toBe(403);
    const gql = await node.gql(STATUS, {}, user.auth);
    expect(gql.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects a bad shutdown body with field errors and keeps running", async () => {
    const res = await node.http("POST", "/api/v1/shutdown", { headers: admin, body: { timeout: -1, force: "yes" } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(["force", "timeout"]);
    expect((await node.http("GET", "/ready")).body.ready).toBe(true);
  });
});

describe("shutdown through the API", () => {
  it("turns ready false, lets an in-flight request finish and stops the node", async () => {
    const node = await startNode();
    try {
      const admin = await import("./helpers.js").then((h) => h.adminAuth(node));
      const res = await node.http("POST", "/api/v1/shutdown", { headers: admin, body: { timeout: 5, force: false } });
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ success: true, message: "Server shutting down", timeout: 5, force: false });
      expect(node.app.node.state()).toBe("draining");
      await node.app.shutdownDone;
      expect(node.app.server.listening).toBe(false);
    } finally {
      await node.close();
    }
  });
});
