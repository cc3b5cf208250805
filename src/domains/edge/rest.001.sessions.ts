// Seed 001's session routes under /api/v1 (admins only): list (pagination, `active` and
// `user_id` filters, sort by created / last_accessed / expires), get, invalidate one, clear
// all. Sessions are the accounts domain's login sessions; ending one stops its JWT and
// cookie at once on every node.
import { graphql } from "../../generated/graphql/index.js";
import type { Legacy001SessionFieldsFragment } from "../../generated/graphql/graphql.js";
import { defineRoute, type LegacyRoute } from "../../http/legacy.js";
import { rawId, uuidParam } from "../../http/legacy-input.js";
import { listBody001, readList001 } from "../../http/legacy-list-001.js";
import { NotFoundError } from "../../errors.js";

const api = "seed001" as const;

graphql(`
  fragment Legacy001SessionFields on LoginSession {
    id createdAt lastAccessAt expiresAt revokedAt isActive ip userAgent user { id }
  }
`);

const sessionItem = (s: Legacy001SessionFieldsFragment) => ({
  id: rawId(s.id),
  user_id: rawId(s.user.id),
  created: s.createdAt,
  last_accessed: s.lastAccessAt,
  expires: s.expiresAt,
  active: s.isActive,
});

const sessionBody = (s: Legacy001SessionFieldsFragment) => ({
  id: rawId(s.id),
  created: s.createdAt,
  last_accessed: s.lastAccessAt,
  expires: s.expiresAt,
  active: s.isActive,
  revoked_at: s.revokedAt ?? null,
  data: { user_id: rawId(s.user.id), ip: s.ip ?? null, user_agent: s.userAgent ?? null },
});

const LIST = {
  sort: { created: "CREATED", last_accessed: "LAST_ACCESSED", expires: "EXPIRES" },
  defaultSort: "CREATED",
  defaultOrder: "desc",
  filters: { active: { kind: "bool" }, user_id: { kind: "string", max: 36 } },
  limit: { default: 20, max: 100 },
} as const;
const readList = (query: URLSearchParams) => readList001(query, { ...LIST, sort: { ...LIST.sort }, filters: { ...LIST.filters } });

const listSessions = defineRoute({
  method: "GET",
  path: "/api/v1/sessions",
  api,
  document: graphql(`
    query Legacy001Sessions($first: Int!, $offset: Int, $active: Boolean, $userId: ID, $sort: LoginSessionSort, $order: LoginSessionOrder) {
      allLoginSessions(first: $first, offset: $offset, active: $active, userId: $userId, sort: $sort, order: $order) {
        totalCount
        edges { node { ...Legacy001SessionFields } }
      }
    }
  `),
  variables: ({ query }) => {
    const list = readList(query);
    const userId = list.filters.user_id === undefined ? undefined : uuidParam(String(list.filters.user_id), "user_id");
    return {
      first: list.limit,
      offset: list.offset,
      active: list.filters.active as boolean | undefined,
      userId,
      sort: list.sort,
      order: list.order === "asc" ? ("ASC" as const) : ("DESC" as const),
    };
  },
  result: ({ allLoginSessions: c }, { query }) => ({
    body: listBody001("sessions", c.edges.map((e) => sessionItem(e.node)), readList(query), c.totalCount),
  }),
});

const getSession = defineRoute({
  method: "GET",
  path: "/api/v1/sessions/:id",
  api,
  document: graphql(`
    query Legacy001Session($id: ID!) {
      adminLoginSession(id: $id) { ...Legacy001SessionFields }
    }
  `),
  variables: ({ params }) => ({ id: uuidParam(params.id, "session_id") }),
  result: ({ adminLoginSession: s }, { params }) =>
    s
      ? { body: sessionBody(s) }
      : { error: new NotFoundError("Session", params.id) },
});

const invalidateSession = defineRoute({
  method: "DELETE",
  path: "/api/v1/sessions/:id",
  api,
  document: graphql(`
    mutation Legacy001InvalidateSession($id: ID!) {
      invalidateLoginSession(id: $id) {
        __typename
        ... on Error { code message }
        ... on NotFoundError { details }
      }
    }
  `),
  variables: ({ params }) => ({ id: uuidParam(params.id, "session_id") }),
  result: () => ({ status: 204 }),
});

const clearSessions = defineRoute({
  method: "DELETE",
  path: "/api/v1/sessions",
  api,
  document: graphql(`
    mutation Legacy001ClearSessions {
      clearLoginSessions { cleared }
    }
  `),
  result: ({ clearLoginSessions: r }) => ({ body: { success: true, message: "Sessions cleared (the caller's own is kept)", cleared: r.cleared } }),
});

export const sessionRoutes001: LegacyRoute[] = [listSessions, getSession, invalidateSession, clearSessions];
