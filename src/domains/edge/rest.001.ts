// Seed 001's vhost and backend routes under /api/v1 (admin only: the GraphQL fields they
// map onto say so), plus the addition POST/DELETE /api/v1/backends. Raw UUIDs for vhost
// ids, backends by name, snake_case fields, seed 001's envelope (src/http/legacy.ts) and
// list conventions (src/http/legacy-list-001.ts).
import { graphql } from "../../generated/graphql/index.js";
import type { Legacy001BackendFieldsFragment, Legacy001VhostFieldsFragment } from "../../generated/graphql/graphql.js";
import { defineRoute, LegacyInputError, type LegacyRoute } from "../../http/legacy.js";
import { BodyCheck, lower, payload, rawId, uuidParam } from "../../http/legacy-input.js";
import { listBody001, readList001 } from "../../http/legacy-list-001.js";
import { PAGE_SIZE } from "./edge.schema.js";
import { NotFoundError } from "../../errors.js";

const api = "seed001" as const;

graphql(`
  fragment Legacy001BackendFields on Backend {
    name target healthCheckPath healthCheckInterval status health inRotation restarts uptimeSeconds startedAt createdAt
  }
`);
graphql(`
  fragment Legacy001BackendHealthFields on Backend {
    name health inRotation lastCheckAt lastResponseMs lastStatusCode lastError checksPassed checksFailed
  }
`);
graphql(`
  fragment Legacy001VhostFields on Vhost {
    id domains priority tls createdAt backend { name target health inRotation }
  }
`);

/** The seed's backend: its process fields say that switchyard runs no process (pid null, `managed: false`). */
const backendBody = (b: Legacy001BackendFieldsFragment) => ({
  name: b.name,
  type: "proxy",
  target: b.target,
  status: lower(b.status),
  health: lower(b.health),
  in_rotation: b.inRotation,
  pid: null,
  managed_process: false,
  uptime: b.uptimeSeconds,
  restarts: b.restarts,
  started_at: b.startedAt,
  health_check_path: b.healthCheckPath,
  health_check_interval: b.healthCheckInterval,
  created_at: b.createdAt,
});

const vhostBody = (v: Legacy001VhostFieldsFragment) => ({
  id: rawId(v.id),
  domains: v.domains,
  priority: v.priority,
  backend: { type: "proxy", name: v.backend.name, target: v.backend.target, health: lower(v.backend.health), in_rotation: v.backend.inRotation },
  // TLS terminates in front of switchyard: no certificate is managed here.
  ssl: { enabled: v.tls, certificate: v.tls ? "external" : null },
  created_at: v.createdAt,
});

/** The seed's vhost body: domains, priority, backend {type, target} (or name), ssl {enabled}. */
function vhostInput(body: Record<string, unknown>, create: boolean) {
  const check = new BodyCheck(body);
  const domains = body.domains;
  if (domains === undefined || domains === null) {
    if (create) check.fail("domains", "At least one domain is required");
  } else if (!Array.isArray(domains) || domains.some((d) => typeof d !== "string")) check.fail("domains", "must be an array of strings");
  else if (domains.length > 50) check.fail("domains", "at most 50 domains");
  const priority = check.number("priority");
  let tls: boolean | undefined;
  if (body.ssl != null) {
    const ssl = body.ssl as Record<string, unknown>;
    if (typeof ssl !== "object" || Array.isArray(ssl) || (ssl.enabled != null && typeof ssl.enabled !== "boolean")) check.fail("ssl.enabled", "must be a boolean");
    else tls = ssl.enabled as boolean | undefined;
  }
  let backend: { name?: string; target?: string } | undefined;
  const raw = body.backend;
  if (raw == null) {
    if (create) check.fail("backend.target", "a backend target is required");
  } else if (typeof raw !== "object" || Array.isArray(raw)) check.fail("backend", "must be an object");
  else {
    const b = new BodyCheck(raw as Record<string, unknown>);
    const type = b.string("type");
    if (type !== undefined && type !== "proxy") check.fail("backend.type", "only proxy backends are supported");
    const target = b.string("target", { max: 2048 });
    const name = b.string("name", { max: 63 });
    if (typeof (raw as Record<string, unknown>).target !== "string" && (raw as Record<string, unknown>).target != null) check.fail("backend.target", "must be a string");
    if (target === undefined && name === undefined) check.fail("backend.target", "a backend target (or name) is required");
    backend = { name, target };
  }
  check.done();
  return { domains: domains as string[] | undefined, priority, tls, backend };
}

const VHOST_LIST = { sort: { priority: "PRIORITY", created: "CREATED" }, defaultSort: "PRIORITY", defaultOrder: "desc", limit: PAGE_SIZE } as const;

const listVhosts = defineRoute({
  method: "GET",
  path: "/api/v1/vhosts",
  api,
  document: graphql(`
    query Legacy001Vhosts($first: Int!, $offset: Int, $sort: VhostSort, $order: EdgeSortOrder) {
      vhosts(first: $first, offset: $offset, sort: $sort, order: $order) {
        totalCount
        edges { node { ...Legacy001VhostFields } }
      }
    }
  `),
  variables: ({ query }) => {
    const list = readList001(query, { ...VHOST_LIST, sort: { ...VHOST_LIST.sort } });
    return { first: list.limit, offset: list.offset, sort: list.sort, order: list.order === "asc" ? "ASC" : "DESC" } as const;
  },
  result: ({ vhosts }, { query }) => {
    const list = readList001(query, { ...VHOST_LIST, sort: { ...VHOST_LIST.sort } });
    return { body: listBody001("vhosts", vhosts.edges.map((e) => vhostBody(e.node)), list, vhosts.totalCount) };
  },
});

const createVhost = defineRoute({
  method: "POST",
  path: "/api/v1/vhosts",
  api,
  document: graphql(`
    mutation Legacy001CreateVhost($input: CreateVhostInput!) {
      createVhost(input: $input) {
        __typename
        ... on Vhost { ...Legacy001VhostFields }
        ... on Error { code message }
        ... on ValidationError { details }
        ... on ConflictError { details }
      }
    }
  `),
  variables: ({ body }) => {
    const v = vhostInput(body, true);
    return { input: { domains: v.domains ?? [], priority: v.priority, tls: v.tls, backend: v.backend ?? {} } };
  },
  result: ({ createVhost: r }) => ({ status: 201, body: vhostBody(payload(r, "Vhost")) }),
});

const updateVhost = defineRoute({
  method: "PUT",
  path: "/api/v1/vhosts/:id",
  api,
  document: graphql(`
    mutation Legacy001UpdateVhost($input: UpdateVhostInput!) {
      updateVhost(input: $input) {
        __typename
        ... on Vhost { ...Legacy001VhostFields }
        ... on Error { code message }
        ... on ValidationError { details }
        ... on ConflictError { details }
        ... on NotFoundError { details }
      }
    }
  `),
  variables: ({ params, body }) => {
    const id = uuidParam(params.id, "id");
    const v = vhostInput(body, false);
    return { input: { id, domains: v.domains, priority: v.priority, tls: v.tls, backend: v.backend } };
  },
  result: ({ updateVhost: r }) => ({ body: vhostBody(payload(r, "Vhost")) }),
});

const deleteVhost = defineRoute({
  method: "DELETE",
  path: "/api/v1/vhosts/:id",
  api,
  document: graphql(`
    mutation Legacy001DeleteVhost($id: ID!) {
      deleteVhost(id: $id) {
        __typename
        ... on Error { code message }
        ... on NotFoundError { details }
      }
    }
  `),
  variables: ({ params }) => ({ id: uuidParam(params.id, "id") }),
  result: () => ({ status: 204 }),
});

const BACKEND_LIST = {
  sort: { name: "NAME", created: "CREATED", health: "HEALTH", response_time: "RESPONSE_TIME" },
  defaultSort: "NAME",
  filters: {
    status: { kind: "enum", values: ["running", "stopped"] },
    health: { kind: "enum", values: ["healthy", "unhealthy", "unknown"] },
    type: { kind: "enum", values: ["proxy"] },
  },
  limit: PAGE_SIZE,
} as const;
const readBackendList = (query: URLSearchParams) =>
  readList001(query, { ...BACKEND_LIST, sort: { ...BACKEND_LIST.sort }, filters: { ...BACKEND_LIST.filters } });

const listBackends = defineRoute({
  method: "GET",
  path: "/api/v1/backends",
  api,
  document: graphql(`
    query Legacy001Backends($first: Int!, $offset: Int, $sort: BackendSort, $order: EdgeSortOrder, $status: BackendStatus, $health: BackendHealth) {
      backends(first: $first, offset: $offset, sort: $sort, order: $order, status: $status, health: $health) {
        totalCount
        edges { node { ...Legacy001BackendFields } }
      }
    }
  `),
  variables: ({ query }) => {
    const list = readBackendList(query);
    const f = list.filters;
    return {
      first: list.limit,
      offset: list.offset,
      sort: list.sort,
      order: list.order === "asc" ? ("ASC" as const) : ("DESC" as const),
      status: f.status ? (String(f.status).toUpperCase() as "RUNNING" | "STOPPED") : undefined,
      health: f.health ? (String(f.health).toUpperCase() as "HEALTHY" | "UNHEALTHY" | "UNKNOWN") : undefined,
    };
  },
  result: ({ backends }, { query }) => ({
    body: listBody001("backends", backends.edges.map((e) => backendBody(e.node)), readBackendList(query), backends.totalCount),
  }),
});

const createBackend = defineRoute({
  method: "POST",
  path: "/api/v1/backends",
  api,
  document: graphql(`
    mutation Legacy001CreateBackend($input: CreateBackendInput!) {
      createBackend(input: $input) {
        __typename
        ... on Backend { ...Legacy001BackendFields }
        ... on Error { code message }
        ... on ValidationError { details }
        ... on ConflictError { details }
      }
    }
  `),
  variables: ({ body }) => {
    const check = new BodyCheck(body);
    const name = check.string("name", { required: true, max: 63 });
    const target = check.string("target", { required: true, max: 2048 });
    const healthCheckPath = check.string("health_check_path", { max: 512 });
    const interval = check.number("health_check_interval");
    if (interval !== undefined && !Number.isInteger(interval)) check.fail("health_check_interval", "must be an integer");
    check.done();
    return { input: { name: name!, target: target!, healthCheckPath, healthCheckInterval: interval } };
  },
  result: ({ createBackend: r }) => ({ status: 201, body: backendBody(payload(r, "Backend")) }),
});

/** A backend name from the path: longer than any name is refused, not looked up. */
function nameParam(value: string | undefined): string {
  if (!value || value.length > 63) throw new LegacyInputError("name: 1-63 characters", [{ field: "name", message: "1-63 characters" }]);
  return value;
}

const deleteBackend = defineRoute({
  method: "DELETE",
  path: "/api/v1/backends/:name",
  api,
  document: graphql(`
    mutation Legacy001DeleteBackend($name: String!) {
      deleteBackend(name: $name) {
        __typename
        ... on Error { code message }
        ... on NotFoundError { details }
        ... on ConflictError { details }
      }
    }
  `),
  variables: ({ params }) => ({ name: nameParam(params.name) }),
  result: () => ({ status: 204 }),
});

const backendHealth = defineRoute({
  method: "GET",
  path: "/api/v1/backends/:name/health",
  api,
  document: graphql(`
    query Legacy001BackendHealth($name: String!) {
      backend(name: $name) { ...Legacy001BackendHealthFields }
    }
  `),
  variables: ({ params }) => ({ name: nameParam(params.name) }),
  result: ({ backend: b }, { params }) => {
    if (!b) return { error: new NotFoundError("Backend", params.name) };
    return {
      body: {
        name: b.name,
        healthy: b.health !== "UNHEALTHY",
        health: lower(b.health),
        in_rotation: b.inRotation,
        last_check: b.lastCheckAt ?? null,
        response_time: b.lastResponseMs ?? null,
        status_code: b.lastStatusCode ?? null,
        checks_passed: b.checksPassed,
        checks_failed: b.checksFailed,
        error: b.lastError ?? null,
      },
    };
  },
});

const CONTROL = graphql(`
  mutation Legacy001ControlBackend($name: String!, $action: BackendAction!) {
    controlBackend(name: $name, action: $action) {
      __typename
      ... on Backend { ...Legacy001BackendFields }
      ... on Error { code message }
      ... on NotFoundError { details }
    }
  }
`);

const MESSAGES = {
  STOP: "Backend taken out of rotation (no process is managed)",
  START: "Backend put back in rotation (no process is managed)",
  RESTART: "Backend health state reset and put back in rotation (no process is managed)",
} as const;

const control = (action: keyof typeof MESSAGES) =>
  defineRoute({
    method: "POST",
    path: `/api/v1/backends/:name/${action.toLowerCase()}`,
    api,
    document: CONTROL,
    variables: ({ params }) => ({ name: nameParam(params.name), action }),
    result: ({ controlBackend: r }) => ({
      body: { success: true, message: MESSAGES[action], backend: backendBody(payload(r, "Backend")) },
    }),
  });

export const routes001: LegacyRoute[] = [
  listVhosts,
  createVhost,
  updateVhost,
  deleteVhost,
  listBackends,
  createBackend,
  backendHealth,
  deleteBackend,
  control("RESTART"),
  control("STOP"),
  control("START"),
];
