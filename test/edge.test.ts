// Vhosts and backends: admin-only CRUD over seed 001's REST routes and GraphQL, typed errors
// (409 duplicate domain, 422 bad target with field errors), seed 001's list conventions,
// and the reverse proxy: Host-matched requests streamed to a loopback backend, WebSocket
// upgrades, X-Forwarded-*, 503 when no backend is in rotation and 502 when it is gone.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { registerUser, useNode, type TestUser } from "./helpers.js";
import { hostRequest, startBackend, type Backend } from "./edge-peer.js";

const { node, admin } = useNode({ admin: true, env: { HEALTH_CHECKS_ENABLED: "false" } });
let user: TestUser;
let peer: Backend;

beforeAll(async () => {
  user = await registerUser(node);
  peer = await startBackend();
});
afterAll(() => peer?.close());

const api = (method: string, path: string, body?: unknown, headers: Record<string, string> = admin) =>
  node.http(method, `/api/v1${path}`, { body, headers });

describe("vhost and backend routes", () => {
  it("are admin only: 401 without credentials, 403 for users, in seed 001's envelope", async () => {
    for (const [method, path] of [["GET", "/vhosts"], ["POST", "/vhosts"], ["GET", "/backends"], ["POST", "/backends/x/stop"], ["GET", "/backends/x/health"]]) {
      // A valid body: the legacy layer reads input before the operation checks the caller.
      const body = method === "POST" ? { domains: ["a.example.test"], backend: { target: "http://127.0.0.1:1" } } : undefined;
      const anon = await api(method, path, body, {});
      expect(anon.status, `${method} ${path}`).toBe(401);
      expect(anon.body.error).toMatchObject({ code: "UNAUTHORIZED", request_id: expect.any(String), timestamp: expect.any(String) });
      const other = await api(method, path, body, user.auth);
      expect(other.status, `${method} ${path}`).toBe(403);
      expect(other.body.error.code).toBe("FORBIDDEN");
    }
  });

  it("creates backends, refusing duplicates (409) and bad targets (422 with fields)", async () => {
    const made = await api("POST", "/backends", { name: "app-1", target: `${peer.url}/`, health_check_path: "/healthz", health_check_interval: 5 });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      name: "app-1", type: "proxy", target: peer.url, status: "running", health: "unknown", pid: null, managed_process: false,
      restarts: 0, health_check_path: "/healthz", health_check_interval: 5,
    });
    const dup = await api("POST", "/backends", { name: "app-1", target: peer.url });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("CONFLICT");
    const bad = await api("POST", "/backends", { name: "bad", target: "ftp://x", health_check_interval: 0 });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(["health_check_interval", "target"]);
    const blocked = await api("POST", "/backends", { name: "meta", target: "http://169.254.169.254" });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.details.fields[0]).toMatchObject({ field: "target" });
    const missing = await api("POST", "/backends", {});
    expect(missing.status).toBe(422);
  });

  it("creates a vhost with an inline target (creating, then reusing its backend), refuses taken domains with 409", async () => {
    const other = await startBackend();
    try {
      const a = await api("POST", "/vhosts", { domains: ["New.Example.test", "www.new.example.test"], backend: { type: "proxy", target: other.url } });
      expect(a.status).toBe(201);
      expect(a.body).toMatchObject({ domains: ["new.example.test", "www.new.example.test"], priority: 100, ssl: { enabled: false } });
      expect(a.body.backend.target).toBe(other.url);
      const b = await api("POST", "/vhosts", { domains: ["other.example.test"], priority: 5, backend: { target: other.url } });
      expect(b.body.backend.name).toBe(a.body.backend.name);
      const backends = await api("GET", "/backends");
      expect(backends.body.backends.filter((x: { target: string }) => x.target === other.url)).toHaveLength(1);

      const dup = await api("POST", "/vhosts", { domains: ["fresh.example.test", "www.new.example.test"], backend: { target: other.url } });
      expect(dup.status).toBe(409);
      expect(dup.body.error).toMatchObject({ code: "CONFLICT", request_id: expect.any(String) });

      const bad = await api("POST", "/vhosts", { domains: [], backend: { target: "not a url" } });
      expect(bad.status).toBe(422);
      expect(bad.body.error.code).toBe("VALIDATION_ERROR");
      const bad2 = await api("POST", "/vhosts", { domains: ["ok.example.test"], backend: { target: "not a url" } });
      expect(bad2.status).toBe(422);
      expect(bad2.body.error.details.fields).toEqual([{ field: "backend.target", message: "Invalid URL format" }]);
      const bad3 = await api("POST", "/vhosts", { domains: ["-bad-"], backend: { target: other.url } });
      expect(bad3.body.error.details.fields[0].field).toBe("domains.0");

      const put = await api("PUT", `/vhosts/${b.body.id}`, { priority: 200, backend: { name: "app-1" } });
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ priority: 200, backend: { name: "app-1" }, domains: ["other.example.test"] });
      const taken = await api("PUT", `/vhosts/${b.body.id}`, { domains: ["new.example.test"] });
      expect(taken.status).toBe(409);
      expect((await api("PUT", "/vhosts/00000000-0000-0000-0000-000000000000", { priority: 1 })).status).toBe(404);
      expect((await api("PUT", "/vhosts/nope", { priority: 1 })).status).toBe(422);

      // A backend in use cannot go; once its vhosts are gone it can.
      expect((await api("DELETE", `/backends/${a.body.backend.name}`)).status).toBe(409);
      expect((await api("DELETE", `/vhosts/${a.body.id}`)).status).toBe(204);
      expect((await api("DELETE", `/vhosts/${a.body.id}`)).status).toBe(404);
      expect((await api("DELETE", `/backends/${a.body.backend.name}`)).status).toBe(204);
      expect((await api("DELETE", `/vhosts/${b.body.id}`)).status).toBe(204);
    } finally {
      await other.close();
    }
  });

  it("lists with seed 001's pagination, filters and whitelisted sort", async () => {
    for (const name of ["list-a", "list-b", "list-c"]) await api("POST", "/backends", { name, target: peer.url });
    await api("POST", "/backends/list-b/stop");
    const page = await api("GET", "/backends?page=2&limit=2&sort=name&order=asc");
    expect(page.status).toBe(200);
    expect(page.body.pagination).toEqual({ page: 2, limit: 2, total: 4, pages: 2, has_next: false, has_prev: true });
    expect(page.body.backends.map((b: { name: string }) => b.name)).toEqual(["list-b", "list-c"]);
    const stopped = await api("GET", "/backends?status=stopped");
    expect(stopped.body.backends.map((b: { name: string }) => b.name)).toEqual(["list-b"]);
    expect(stopped.body.total).toBe(1);
    const bad = await api("GET", "/backends?sort=password&order=sideways&page=0&status=dead");
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(["page", "sort", "order", "status"]);
    expect((await api("GET", "/vhosts?sort=name")).status).toBe(422);
    await api("POST", "/backends/list-b/start");
  });

  it("answers health and stop/start/restart of a backend", async () => {
    const health = await api("GET", "/backends/app-1/health");
    expect(health.body).toMatchObject({ name: "app-1", healthy: true, checks_passed: 0, checks_failed: 0, last_check: null });
    expect((await api("GET", "/backends/nope/health")).status).toBe(404);
    const stop = await api("POST", "/backends/app-1/stop");
    expect(stop.body).toMatchObject({ success: true, backend: { status: "stopped", in_rotation: false, uptime: 0 } });
    const start = await api("POST", "/backends/app-1/start");
    expect(start.body.backend).toMatchObject({ status: "running", in_rotation: true });
    const restart = await api("POST", "/backends/app-1/restart");
    expect(restart.body.backend).toMatchObject({ status: "running", restarts: 1, health: "unknown" });
    expect((await api("POST", "/backends/nope/restart")).status).toBe(404);
  });

  it("offers the same over GraphQL with typed errors", async () => {
    const create = `mutation($input: CreateVhostInput!) { createVhost(input: $input) { __typename
      ... on Vhost { id domains priority backend { name target } }
      ... on ValidationError { fields { field message } } ... on Error { code message } } }`;
    const ok = await node.gql(create, { input: { domains: ["gql.example.test"], backend: { name: "app-1" } } }, admin);
    expect(ok.data.createVhost).toMatchObject({ __typename: "Vhost", domains: ["gql.example.test"], backend: { name: "app-1" } });
    const dup = await node.gql(create, { input: { domains: ["gql.example.test"], backend: { name: "app-1" } } }, admin);
    expect(dup.data.createVhost).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    const bad = await node.gql(create, { input: { domains: ["b.example.test"], backend: { target: "gopher://x" } } }, admin);
    expect(bad.data.createVhost.__typename).toBe("ValidationError");
    expect(bad.data.createVhost.fields[0].field).toBe("backend.target");
    const forbidden = await node.gql(create, { input: { domains: ["c.example.test"], backend: { name: "app-1" } } }, user.auth);
    expect(forbidden.errors?.[0].extensions?.code ?? forbidden.data?.createVhost?.code).toBe("FORBIDDEN");
    const list = await node.gql(`{ vhosts(first: 10, sort: PRIORITY) { totalCount edges { node { domains } } } backends(first: 1, offset: 1, sort: NAME, order: ASC) { totalCount edges { node { name } } } }`, {}, admin);
    expect(list.data.vhosts.totalCount).toBe(1);
    expect(list.data.backends.edges[0].node.name).toBe("list-a");
    const ctl = await node.gql(`mutation { controlBackend(name: "app-1", action: STOP) { __typename ... on Backend { status inRotation } } }`, {}, admin);
    expect(ctl.data.controlBackend).toMatchObject({ status: "STOPPED", inRotation: false });
    await node.gql(`mutation { controlBackend(name: "app-1", action: START) { __typename } }`, {}, admin);
    const del = await node.gql(`mutation($id: ID!) { deleteVhost(id: $id) { __typename } }`, { id: ok.data.createVhost.id }, admin);
    expect(del.data.deleteVhost.__typename).toBe("DeleteVhostPayload");
  });
});

describe("reverse proxy", () => {
  let vhostId: string;
  beforeAll(async () => {
    const v = await api("POST", "/vhosts", { domains: ["proxied.example.test", "*.wild.example.test"], backend: { name: "app-1" } });
    vhostId = v.body.id;
  });

  it("forwards a Host-matched request to the backend with X-Forwarded-*; other hosts reach switchyard", async () => {
    const res = await hostRequest(node.url, "proxied.example.test:8080", "/hello?x=1");
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ path: "/hello?x=1", method: "GET" });
    expect(peer.last?.["x-forwarded-for"]).toBe("127.0.0.1");
    expect(peer.last?.["x-forwarded-host"]).toBe("proxied.example.test:8080");
    expect(peer.last?.["x-forwarded-proto"]).toBe("http");
    expect((await hostRequest(node.url, "a.wild.example.test", "/w")).text).toContain('"/w"');
    const own = await hostRequest(node.url, "unknown.example.test", "/health");
    expect(own.status).toBe(200);
    expect(JSON.parse(own.text).status).toBeDefined();
  });

  it("proxied answers carry the request's X-Request-Id, or a new one, as routed answers do", async () => {
    const given = await hostRequest(node.url, "proxied.example.test", "/traced", { headers: { "x-request-id": "edge-trace-1" } });
    expect(given.status).toBe(200);
    expect(given.headers["x-request-id"]).toBe("edge-trace-1");
    const fresh = await hostRequest(node.url, "proxied.example.test", "/untraced");
    expect(fresh.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("counts proxied requests in the request metrics under the backend's name", async () => {
    const count = async () => {
      const text = (await node.http("GET", "/metrics")).text;
      const line = text.split("\n").find((l) => l.startsWith("http_requests_total{") && l.includes('route="vhost:app-1"') && l.includes('status="200"'));
      return line ? Number(line.split(" ").pop()) : 0;
    };
    const before = await count();
    for (let i = 0; i < 3; i++) expect((await hostRequest(node.url, "proxied.example.test", `/m${i}`)).status).toBe(200);
    // Counted when the answer is sent; poll briefly for the close event.
    for (let i = 0; i < 50 && (await count()) < before + 3; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await count()).toBe(before + 3);
  });

  it("counts proxied requests in the persisted request totals (admin status) too", async () => {
    // Each status read flushes the node's counts; it is counted itself once it is answered,
    // so the n-th read sees the n - 1 reads before it plus whatever else was answered.
    const status = async () => (await node.http("GET", "/api/admin/status", { headers: admin })).body.requests.total_today as number;
    const before = await status();
    for (let i = 0; i < 3; i++) expect((await hostRequest(node.url, "proxied.example.test", `/p${i}`)).status).toBe(200);
    let delta = 0;
    let expected = 0;
    for (let n = 2; n <= 50; n++) {
      // Read n sees reads 1 to n - 1 and the proxied requests, once those are recorded (when
      // their answers have gone out: poll briefly for that).
      expected = n - 1 + 3;
      delta = (await status()) - before;
      if (delta >= expected) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(delta).toBe(expected);
  });

  it("streams request and response bodies (each chunk comes back before the next is sent)", async () => {
    const url = new URL("/echo", node.url);
    const req = http.request(url, { method: "POST", headers: { host: "proxied.example.test", "transfer-encoding": "chunked" } });
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      req.on("response", resolve);
      req.on("error", reject);
      req.flushHeaders();
      req.write("first;");
    });
    expect(res.headers["x-backend"]).toBe("echo");
    const chunks: string[] = [];
    const next = () => new Promise<string>((r) => res.once("data", (c: Buffer) => r(c.toString())));
    chunks.push(await next());
    req.write("second;");
    chunks.push(await next());
    req.end();
    await new Promise((r) => res.on("end", r));
    expect(chunks).toEqual(["first;", "second;"]);
  });

  it("proxies WebSocket upgrades", async () => {
    const ws = new WebSocket(`${node.url.replace("http", "ws")}/socket`, { headers: { host: "proxied.example.test" } });
    await new Promise((resolve, reject) => {
      ws.once("open", resolve);
      ws.once("error", reject);
    });
    const reply = new Promise<string>((r) => ws.once("message", (m) => r(m.toString())));
    ws.send("hi");
    expect(await reply).toBe("echo:hi");
    ws.close();
  });

  it("answers 503 when the backend is out of rotation and 502 when it does not answer", async () => {
    await api("POST", "/backends/app-1/stop");
    const off = await hostRequest(node.url, "proxied.example.test", "/x");
    expect(off.status).toBe(503);
    expect(JSON.parse(off.text).error).toMatchObject({ code: "SERVICE_UNAVAILABLE", request_id: expect.any(String) });
    await api("POST", "/backends/app-1/start");
    expect((await hostRequest(node.url, "proxied.example.test", "/x")).status).toBe(200);

    const dead = await startBackend();
    await dead.close();
    await api("PUT", `/vhosts/${vhostId}`, { backend: { target: dead.url } });
    const gone = await hostRequest(node.url, "proxied.example.test", "/x");
    expect(gone.status).toBe(502);
    expect(JSON.parse(gone.text).error).toMatchObject({ code: "BAD_GATEWAY", details: { error: "ECONNREFUSED" } });
    await api("PUT", `/vhosts/${vhostId}`, { backend: { name: "app-1" } });
  });
});
