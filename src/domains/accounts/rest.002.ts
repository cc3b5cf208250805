// Seed 002 (proxy pool) account routes: registration with a first `pp_` key, key
// management, account info and credits. Ids are raw UUIDs; roles, tiers and
// transaction types are lowercase.
import { graphql } from "../../generated/graphql/index.js";
import { defineRoute } from "../../http/legacy.js";
import { BodyCheck, cursorParam, limitQuery, page, payload, rawId, uuidParam } from "../../http/legacy-input.js";
import { KEY_PAGE_SIZE } from "./accounts.service.js";

const api = "seed002" as const;

const Register = graphql(`
  mutation Legacy002Register($input: RegisterInput!) {
    register(input: $input) {
      __typename
      ... on RegisterPayload {
        user { id email displayName }
        apiKey { key apiKey { id prefix label } }
      }
      ... on Error { code message details }
      ... on RateLimitedError { retryAfter }
    }
  }
`);

const CreateKey = graphql(`
  mutation Legacy002CreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreatedApiKey { key apiKey { id prefix label createdAt } }
      ... on Error { code message details }
      ... on RateLimitedError { retryAfter }
    }
  }
`);

const ListKeys = graphql(`
  query Legacy002Keys($first: Int!, $after: String) {
    me {
      apiKeys(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id prefix keyPreview label isActive createdAt lastUsedAt } }
      }
    }
  }
`);

const RevokeKey = graphql(`
  mutation Legacy002RevokeKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      __typename
      ... on ApiKey { id }
      ... on Error { code message details }
    }
  }
`);

const Account = graphql(`
  query Legacy002Account {
    me { id email displayName role tier credits createdAt }
  }
`);

const Credits = graphql(`
  query Legacy002Credits {
    me {
      credits
      transactions(first: 20) { edges { node { amount txType description createdAt } } }
    }
  }
`);

export const routes002 = [
  defineRoute({
    method: "POST",
    path: "/auth/register",
    api,
    document: Register,
    variables: ({ body }) => {
      const check = new BodyCheck(body);
      const email = check.string("email", { required: true, max: 254 });
      const displayName = check.string("display_name", { max: 200 });
      check.done();
      return { input: { email, displayName, createApiKey: true, apiKeyFormat: "PP" as const, apiKeyLabel: "default" } };
    },
    result: (data) => {
      const r = payload(data.register, "RegisterPayload");
      const key = r.apiKey!; // createApiKey: true always yields one
      return {
        status: 201,
        body: {
          user: { id: rawId(r.user.id), email: r.user.email, display_name: r.user.displayName },
          api_key: { id: rawId(key.apiKey.id), key: key.key, prefix: key.apiKey.prefix, label: key.apiKey.label },
        },
      };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/auth/keys",
    api,
    document: CreateKey,
    variables: ({ body }) => {
      const check = new BodyCheck(body);
      const label = check.string("label", { max: 100 });
      if (label !== undefined && !label.trim()) check.fail("label", "must not be empty");
      check.done();
      return { input: { label: label ?? "default", format: "PP" as const } };
    },
    result: (data) => {
      const { key, apiKey } = payload(data.createApiKey, "CreatedApiKey");
      return {
        status: 201,
        body: { id: rawId(apiKey.id), key, prefix: apiKey.prefix, label: apiKey.label, created_at: apiKey.createdAt },
      };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/auth/keys",
    api,
    document: ListKeys,
    variables: ({ query }) => ({ first: limitQuery(query, KEY_PAGE_SIZE), after: cursorParam(query.get("cursor")) }),
    result: (data) => ({
      body: page(data.me.apiKeys, (k) => ({
        id: rawId(k.id),
        prefix: k.prefix,
        key: k.keyPreview, // never the whole key
        label: k.label,
        is_active: k.isActive,
        created_at: k.createdAt,
        last_used_at: k.lastUsedAt ?? null,
      })),
    }),
  }),
  defineRoute({
    method: "DELETE",
    path: "/auth/keys/:key_id",
    api,
    document: RevokeKey,
    variables: ({ params }) => ({ input: { id: uuidParam(params.key_id, "key_id") } }),
    result: () => ({ status: 204 }),
  }),
  defineRoute({
    method: "GET",
    path: "/account",
    api,
    document: Account,
    result: ({ me }) => ({
      body: {
        id: rawId(me.id),
        email: me.email,
        display_name: me.displayName,
        role: me.role.toLowerCase(),
        tier: me.tier.toLowerCase(),
        credits: me.credits,
        created_at: me.createdAt,
      },
    }),
  }),
  defineRoute({
    method: "GET",
    path: "/account/credits",
    api,
    document: Credits,
    result: ({ me }) => ({
      body: {
        balance: me.credits,
        recent_transactions: me.transactions.edges.map(({ node: t }) => ({
          amount: t.amount,
          tx_type: t.txType.toLowerCase(),
          description: t.description,
          created_at: t.createdAt,
        })),
      },
    }),
  }),
];
