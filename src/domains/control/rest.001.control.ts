// Seed 001's management routes under /api/v1 that the control plane owns: status, metrics,
// shutdown and the cluster API. Each is a view of an admin-only GraphQL field.
import { z } from "zod";
import { graphql } from "../../generated/graphql/index.js";
import type { ClusterStatusFieldsFragment } from "../../generated/graphql/graphql.js";
import { NotFoundError, ValidationError } from "../../errors.js";
import { BodyCheck } from "../../http/legacy-input.js";
import { LegacyInputError, defineRoute } from "../../http/legacy.js";
import { listBody001, readList001 } from "../../http/legacy-list-001.js";

const status = defineRoute({
  method: "GET",
  path: "/api/v1/status",
  api: "seed001",
  document: graphql(`
    query LegacyV1Status {
      serverStatus { nodeId state version uptimeSeconds startedAt pid workers connections { active idle total } }
    }
  `),
  result: ({ serverStatus: s }) => ({
    body: {
      status: s.state,
      version: s.version,
      uptime: s.uptimeSeconds,
      start_time: s.startedAt,
      pid: s.pid,
      workers: s.workers,
      connections: s.connections,
      node_id: s.nodeId,
    },
  }),
});

const metrics = defineRoute({
  method: "GET",
  path: "/api/v1/metrics",
  api: "seed001",
  document: graphql(`
    query LegacyV1Metrics {
      serverMetrics {
        requestsTotal requestsPerSecond requestsPerMinute latencyP50Ms latencyP95Ms latencyP99Ms latencyAvgMs
        bytesIn bytesOut bytesInPerSecond bytesOutPerSecond errors4xx errors5xx errorRate
      }
    }
  `),
  result: ({ serverMetrics: m }) => ({
    body: {
      requests: { total: m.requestsTotal, per_second: m.requestsPerSecond, per_minute: m.requestsPerMinute },
      // Milliseconds, as the seed's figures read.
      latency: { p50: m.latencyP50Ms, p95: m.latencyP95Ms, p99: m.latencyP99Ms, avg: m.latencyAvgMs },
      bandwidth: { in_bytes: m.bytesIn, out_bytes: m.bytesOut, in_rate: m.bytesInPerSecond, out_rate: m.bytesOutPerSecond },
      errors: { "4xx": m.errors4xx, "5xx": m.errors5xx, rate: m.errorRate },
    },
  }),
});

const shutdown = defineRoute({
  method: "POST",
  path: "/api/v1/shutdown",
  api: "seed001",
  document: graphql(`
    mutation LegacyV1Shutdown($input: ShutdownInput) {
      shutdown(input: $input) {
        __typename
        ... on ShutdownPayload { timeoutSeconds force }
        ... on Error { code message details }
      }
    }
  `),
  variables: ({ body }) => {
    const check = new BodyCheck(body);
    const timeout = check.number("timeout", z.number().int().min(0).max(3600));
    const force = check.bool("force");
    check.done();
    return { input: { timeoutSeconds: timeout ?? null, force: force ?? null } };
  },
  result: ({ shutdown: s }) =>
    s.__typename === "ShutdownPayload"
      ? { status: 202, body: { success: true, message: "Server shutting down", timeout: s.timeoutSeconds, force: s.force } }
      : { error: new ValidationError("Request validation failed") },
});

graphql(`
  fragment ClusterStatusFields on ClusterStatus {
    enabled nodeId role clusterName leaderId
    nodes { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } }
  }
`);

type NodeFields = ClusterStatusFieldsFragment["nodes"][number];
const nodeBody = (n: NodeFields) => ({
  id: n.id,
  address: n.address,
  state: n.state,
  role: n.role,
  version: n.version,
  pid: n.pid,
  start_time: n.startedAt,
  last_heartbeat: n.lastHeartbeatAt,
  load: n.load,
});
const clusterBody = (s: ClusterStatusFieldsFragment) => ({
  enabled: s.enabled,
  node_id: s.nodeId,
  role: s.role,
  cluster_name: s.clusterName,
  leader_id: s.leaderId ?? null,
  nodes: s.nodes.map(nodeBody),
});

const clusterStatus = defineRoute({
  method: "GET",
  path: "/api/v1/cluster/status",
  api: "seed001",
  document: graphql(`query LegacyV1ClusterStatus { clusterStatus { ...ClusterStatusFields } }`),
  result: ({ clusterStatus: s }) => ({ body: clusterBody(s) }),
});

const NODE_LIST = {
  sort: { id: "id", started: "startedAt", cpu: "cpu", memory: "memory", connections: "connections", state: "state" },
  defaultSort: "startedAt",
  filters: { state: { kind: "enum", values: ["active", "suspect", "dead", "left"] }, role: { kind: "enum", values: ["leader", "follower"] } },
} as const;

const sortKey: Record<string, (n: NodeFields) => string | number> = {
  id: (n) => n.id,
  startedAt: (n) => String(n.startedAt),
  cpu: (n) => n.load.cpu,
  memory: (n) => n.load.memory,
  connections: (n) => n.load.connections,
  state: (n) => n.state,
};

// A cluster has a handful of nodes (the status query caps them at 500), so the page is cut here.
const clusterNodes = defineRoute({
  method: "GET",
  path: "/api/v1/cluster/nodes",
  api: "seed001",
  document: graphql(`query LegacyV1ClusterNodes { clusterStatus { ...ClusterStatusFields } }`),
  variables: ({ query }) => (readList001(query, NODE_LIST), {}),
  result: ({ clusterStatus: s }, { query }) => {
    const list = readList001(query, NODE_LIST);
    const key = sortKey[list.sort];
    const dir = list.order === "desc" ? -1 : 1;
    const rows = s.nodes
      .filter((n) => (list.filters.state === undefined || n.state === list.filters.state) && (list.filters.role === undefined || n.role === list.filters.role))
      .sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0));
    return { body: listBody001("nodes", rows.slice(list.offset, list.offset + list.limit).map(nodeBody), list, rows.length) };
  },
});

const clusterNode = defineRoute({
  method: "GET",
  path: "/api/v1/cluster/nodes/:node_id",
  api: "seed001",
  document: graphql(`
    query LegacyV1ClusterNode($id: String!) {
      clusterNode(id: $id) { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } }
    }
  `),
  variables: ({ params }) => {
    if (params.node_id.length > 200) throw new LegacyInputError("node_id is too long", [{ field: "node_id", message: "must be at most 200 characters" }]);
    return { id: params.node_id };
  },
  result: ({ clusterNode: n }, { params }) => (n ? { body: nodeBody(n) } : { error: new NotFoundError("Cluster node", params.node_id) }),
});

const actionBody = (p: { success: boolean; message: string; status: ClusterStatusFieldsFragment }) => ({
  success: p.success,
  message: p.message,
  cluster: clusterBody(p.status),
});

const election = defineRoute({
  method: "POST",
  path: "/api/v1/cluster/election",
  api: "seed001",
  document: graphql(`mutation LegacyV1ClusterElection { clusterElection { success message status { ...ClusterStatusFields } } }`),
  result: ({ clusterElection: p }) => ({ body: actionBody(p) }),
});

const leave = defineRoute({
  method: "POST",
  path: "/api/v1/cluster/leave",
  api: "seed001",
  document: graphql(`mutation LegacyV1ClusterLeave { clusterLeave { success message status { ...ClusterStatusFields } } }`),
  result: ({ clusterLeave: p }) => ({ body: actionBody(p) }),
});

const rebalance = defineRoute({
  method: "POST",
  path: "/api/v1/cluster/rebalance",
  api: "seed001",
  document: graphql(
    `mutation LegacyV1ClusterRebalance { clusterRebalance { success message status { ...ClusterStatusFields } released { proxyChecks deliveries } } }`,
  ),
  // `released_claims` is an addition to seed 001's body (docs/compat.md).
  result: ({ clusterRebalance: p }) => ({
    body: { ...actionBody(p), released_claims: { proxy_checks: p.released?.proxyChecks ?? 0, deliveries: p.released?.deliveries ?? 0 } },
  }),
});

const join = defineRoute({
  method: "POST",
  path: "/api/v1/cluster/join",
  api: "seed001",
  // Membership comes from the shared database; join only reports it and is on its way out.
  deprecated: { sunset: "2027-06-30" },
  document: graphql(`
    mutation LegacyV1ClusterJoin($input: ClusterJoinInput) {
      clusterJoin(input: $input) {
        __typename
        ... on ClusterActionPayload { success message status { ...ClusterStatusFields } }
        ... on Error { code message details }
      }
    }
  `),
  variables: ({ body }) => {
    const check = new BodyCheck(body);
    const raw = body.seed_nodes;
    const seedNodes = raw == null ? undefined : Array.isArray(raw) && raw.length <= 100 && raw.every((x) => typeof x === "string" && x.length <= 300) ? (raw as string[]) : check.fail("seed_nodes", "must be a list of at most 100 addresses");
    const clusterName = check.string("cluster_name", { max: 100 });
    check.done();
    return { input: { seedNodes: seedNodes ?? null, clusterName: clusterName ?? null } };
  },
  result: ({ clusterJoin: p }) =>
    p.__typename === "ClusterActionPayload" ? { body: actionBody(p) } : { error: new ValidationError("Request validation failed") },
});

export const routes001Control = [status, metrics, shutdown, clusterStatus, clusterNodes, clusterNode, election, leave, rebalance, join];
