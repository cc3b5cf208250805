// Seed 001's webhook routes under /api/v1 (admins only): register, list, delete. Each
// webhook is a notifier of kind "webhook" (webhooks.service.ts).
import { graphql } from "../../generated/graphql/index.js";
import type { Legacy001WebhookFieldsFragment } from "../../generated/graphql/graphql.js";
import { defineRoute, type LegacyRoute } from "../../http/legacy.js";
import { BodyCheck, payload, rawId, uuidParam } from "../../http/legacy-input.js";
import { listBody001, readList001 } from "../../http/legacy-list-001.js";

const api = "seed001" as const;

graphql(`
  fragment Legacy001WebhookFields on Notifier {
    id url events isActive healthy lastError lastErrorAt createdAt
  }
`);

const webhookBody = (w: Legacy001WebhookFieldsFragment) => ({
  id: rawId(w.id),
  url: w.url,
  events: w.events,
  active: w.isActive,
  healthy: w.healthy,
  last_error: w.lastError ?? null,
  last_error_at: w.lastErrorAt ?? null,
  created_at: w.createdAt,
});

const LIST = { sort: { created: "CREATED", name: "NAME" }, defaultSort: "CREATED", defaultOrder: "desc", filters: { active: { kind: "bool" } }, limit: { default: 20, max: 100 } } as const;
const readList = (query: URLSearchParams) => readList001(query, { ...LIST, sort: { ...LIST.sort }, filters: { ...LIST.filters } });

const listWebhooks = defineRoute({
  method: "GET",
  path: "/api/v1/webhooks",
  api,
  document: graphql(`
    query Legacy001Webhooks($first: Int!, $offset: Int, $active: Boolean, $sort: WebhookSort, $order: WebhookOrder) {
      webhooks(first: $first, offset: $offset, active: $active, sort: $sort, order: $order) {
        totalCount
        edges { node { ...Legacy001WebhookFields } }
      }
    }
  `),
  variables: ({ query }) => {
    const list = readList(query);
    return {
      first: list.limit,
      offset: list.offset,
      active: list.filters.active as boolean | undefined,
      sort: list.sort,
      order: list.order === "asc" ? ("ASC" as const) : ("DESC" as const),
    };
  },
  result: ({ webhooks }, { query }) => ({ body: listBody001("webhooks", webhooks.edges.map((e) => webhookBody(e.node)), readList(query), webhooks.totalCount) }),
});

const createWebhook = defineRoute({
  method: "POST",
  path: "/api/v1/webhooks",
  api,
  document: graphql(`
    mutation Legacy001CreateWebhook($input: CreateWebhookInput!) {
      createWebhook(input: $input) {
        __typename
        ... on Notifier { ...Legacy001WebhookFields }
        ... on Error { code message }
        ... on ValidationError { details }
      }
    }
  `),
  variables: ({ body }) => {
    const check = new BodyCheck(body);
    const url = check.string("url", { required: true, max: 2048 });
    const secret = check.string("secret", { required: true, max: 512 });
    const events = body.events;
    if (!Array.isArray(events) || events.length === 0 || events.some((e) => typeof e !== "string")) check.fail("events", "a non-empty array of event names or globs");
    else if (events.length > 50) check.fail("events", "at most 50 globs");
    check.done();
    return { input: { url: url!, secret: secret!, events: (events as string[]).map((e) => e.slice(0, 100)) } };
  },
  result: ({ createWebhook: r }) => ({ status: 201, body: webhookBody(payload(r, "Notifier")) }),
});

const deleteWebhook = defineRoute({
  method: "DELETE",
  path: "/api/v1/webhooks/:id",
  api,
  document: graphql(`
    mutation Legacy001DeleteWebhook($id: ID!) {
      deleteWebhook(id: $id) {
        __typename
        ... on Error { code message }
        ... on NotFoundError { details }
      }
    }
  `),
  variables: ({ params }) => ({ id: uuidParam(params.id, "id") }),
  result: () => ({ status: 204 }),
});

export const routes001: LegacyRoute[] = [listWebhooks, createWebhook, deleteWebhook];
