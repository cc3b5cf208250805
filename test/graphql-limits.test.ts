// The GraphQL transport's guards over HTTP: depth, alias and cost limits, per-field rate
// limits with X-RateLimit-* headers, and masking of unexpected errors.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type FormattedExecutionResult } from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import type { CreateApiKeyInput, RegisterInput } from "../src/generated/graphql/graphql.js";
import { ofType, registerUser, type TestNode, useNode } from "./helpers.js";

const CREATE_KEY = graphql(`mutation LimitsTestCreateKey { createApiKey(input: {}) { __typename
  ... on CreatedApiKey { key } ... on RateLimitedError { code retryAfter details } } }`);
const KEY_COUNT = graphql(`query LimitsTestKeyCount { me { apiKeyCount } }`);
const COERCION_MISSING = graphql(`mutation CoercionMissing($input: RegisterInput!) { register(input: $input) { __typename } }`);
const COERCION_ENUM = graphql(`mutation CoercionEnum($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename } }`);

/**
 * A POST with the raw status and headers. Limit tests send text no document could hold (it
 * breaks the limits on purpose); their `TData` says what the test reads back.
 */
async function post<TData = unknown>(node: TestNode, query: string | TypedDocumentNode<TData, Record<string, never>>, headers: Record<string, string> = {}) {
  const res = await fetch(`${node.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: JSON.stringify({ query: typeof query === "string" ? query : print(query) }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as FormattedExecutionResult<TData, unknown> };
}
const createKey = async (node: TestNode, auth: Record<string, string>) => {
  const res = await post(node, CREATE_KEY, auth);
  return { ...res, result: res.body.data!.createApiKey };
};

describe("query limits", () => {
  const { node } = useNode({ env: { MAX_QUERY_DEPTH: "5", MAX_QUERY_ALIASES: "2", MAX_QUERY_COST: "50" } });
  let auth: Record<string, string>;
  beforeAll(async () => {
    auth = (await registerUser(node)).auth;
  });

  it("accepts a query within every limit", async () => {
    const res = await post(node, `{ a: me { id } b: me { apiKeys { edges { node { id } } } } }`, auth);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it("refuses a query deeper than MAX_QUERY_DEPTH and says so", async () => {
    const res = await post(node, `{ me { apiKeys { edges { node { id } } pageInfo { endCursor } } loginSessions { edges { node { id } } } } }`, auth);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const deep = await post(node, `{ users { edges { node { apiKeys { pageInfo { endCursor } } } } } }`, auth);
    expect(deep.status).toBe(400);
    expect(deep.body.data).toBeUndefined();
    expect(deep.body.errors).toEqual([
      { message: "Query depth limit of 5 exceeded, found 6.", extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "depth" } },
    ]);
  });

  it("counts fields, not the fragments every mutation result needs", async () => {
    // Five field levels wrapped in two inline fragments: within a depth limit of 5.
    const id = Buffer.from(`User:${crypto.randomUUID()}`).toString("base64");
    const res = await post(node, `{ node(id: "${id}") { ... on User { ... on Node { id } } } me { apiKeys { edges { node { id } } } } }`, auth);
    expect(res.body.errors).toBeUndefined();
  });

  it("refuses more aliases than MAX_QUERY_ALIASES", async () => {
    const res = await post(node, `{ a: me { id } b: me { id } c: me { id } }`, auth);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { message: "Aliases limit of 2 exceeded, found 3.", extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "aliases" } },
    ]);
  });

  it("refuses a query costing more than MAX_QUERY_COST", async () => {
    const fields = "id email username displayName role tier credits isActive createdAt updatedAt legacyId apiKeyCount";
    const res = await post(node, `{ me { ${fields} apiKeys { edges { node { id label prefix keyPreview createdAt } } } } }`, auth);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0].message).toMatch(/^Query Cost limit of 50 exceeded, found \d+(\.\d+)?\.$/);
    expect(res.body.errors?.[0].extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "cost" });
  });

  it("reports every broken limit at once, before any resolver runs", async () => {
    const res = await post(node, `mutation { a: createApiKey(input: {}) { __typename } b: createApiKey(input: {}) { __typename } c: createApiKey(input: {}) { __typename } }`, auth);
    expect(res.status).toBe(400);
    expect(res.body.errors?.map((e) => e.extensions?.limit)).toContain("aliases");
    const keys = await node.gql(KEY_COUNT, {}, auth);
    expect(keys.data?.me.apiKeyCount).toBe(1);
  });

  it("leaves introspection out of depth and cost", async () => {
    const res = await post<{ __schema: { types: unknown[] } }>(node, `{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.__schema.types.length).toBeGreaterThan(10);
  });
});

describe("field rate limits", () => {
  const { node } = useNode();

  it("allows 30 createApiKey a minute per user, counting down in X-RateLimit-* headers", async () => {
    const u = await registerUser(node);
    for (let i = 1; i <= 30; i++) {
      const res = await createKey(node, u.auth);
      expect(res.result.__typename).toBe("CreatedApiKey");
      expect(res.headers.get("x-ratelimit-limit")).toBe("30");
      expect(res.headers.get("x-ratelimit-remaining")).toBe(String(30 - i));
    }
    const refused = await createKey(node, u.auth);
    expect(refused.status).toBe(200);
    const err = ofType(refused.result, "RateLimitedError");
    expect(err.code).toBe("RATE_LIMITED");
    expect(err.retryAfter).toBeGreaterThan(0);
    expect(err.retryAfter).toBeLessThanOrEqual(60);
    expect(err.details).toMatchObject({ retry_after: err.retryAfter });
    expect(refused.headers.get("x-ratelimit-limit")).toBe("30");
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    const reset = Number(refused.headers.get("x-ratelimit-reset"));
    const now = Date.now() / 1000;
    expect(reset).toBeGreaterThan(now);
    expect(reset).toBeLessThanOrEqual(now + 61);
    // Refused calls created nothing; the limit is per user.
    expect((await node.gql(KEY_COUNT, {}, u.auth)).data?.me.apiKeyCount).toBe(31);
    const other = await registerUser(node);
    expect((await createKey(node, other.auth)).result.__typename).toBe("CreatedApiKey");
  });

  it("holds the limit under concurrent calls", async () => {
    const u = await registerUser(node);
    const results = await Promise.all(Array.from({ length: 40 }, () => createKey(node, u.auth)));
    const kinds = results.map((r) => r.result.__typename);
    expect(kinds.filter((k) => k === "CreatedApiKey")).toHaveLength(30);
    expect(kinds.filter((k) => k === "RateLimitedError")).toHaveLength(10);
    expect((await node.gql(KEY_COUNT, {}, u.auth)).data?.me.apiKeyCount).toBe(31);
  });

  it("sends no rate-limit headers for operations without a field limit", async () => {
    const u = await registerUser(node);
    const res = await post(node, `{ me { id } }`, u.auth);
    expect(res.headers.get("x-ratelimit-limit")).toBeNull();
  });
});

describe("unexpected errors", () => {
  const { node } = useNode();
  // Built as in production: no SQL observer, so no request runs in currentRequest's scope and
  // the id reaches the masked error through the context alone.
  const { node: plain } = useNode({ observeSql: false });

  it("are masked as INTERNAL with the request id on a node without an SQL observer too", async () => {
    const u = await registerUser(plain);
    await plain.app.db.raw.exec(`ALTER TABLE credit_transactions RENAME TO credit_transactions_away`);
    try {
      const res = await post(plain, `{ me { email transactions { totalCount } } }`, { ...u.auth, "x-request-id": "limits-test-req-2" });
      expect(res.body.errors?.[0]).toMatchObject({ message: "Unexpected error.", path: ["me"], extensions: { code: "INTERNAL", requestId: "limits-test-req-2" } });
      // A legacy route maps onto the same resolvers through Hono: its fault is masked alike.
      const legacy = await plain.http("GET", "/account/credits", { headers: u.auth });
      expect(legacy.status).toBe(500);
      expect(JSON.stringify(legacy.body)).not.toMatch(/credit_transactions|prisma|relation|stack/i);
    } finally {
      await plain.app.db.raw.exec(`ALTER TABLE credit_transactions_away RENAME TO credit_transactions`);
    }
  });

  it("are masked as INTERNAL with the request id, and leak nothing", async () => {
    const u = await registerUser(node);
    // A server-side fault a client cannot cause: the table behind a field goes missing.
    await node.app.db.raw.exec(`ALTER TABLE credit_transactions RENAME TO credit_transactions_away`);
    try {
      const res = await post(node, `{ me { email transactions { totalCount } } }`, { ...u.auth, "x-request-id": "limits-test-req-1" });
      expect(res.headers.get("x-request-id")).toBe("limits-test-req-1");
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors?.[0]).toMatchObject({
        message: "Unexpected error.",
        path: ["me"],
        extensions: { code: "INTERNAL", requestId: "limits-test-req-1" },
      });
      expect(JSON.stringify(res.body)).not.toMatch(/credit_transactions|prisma|relation|stack/i);

      // The same over graphql-ws, which has no response header: the id is still reported.
      const client = createClient({ url: `${node.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: u.auth, retryAttempts: 0 });
      try {
        const result = (await client.iterate({ query: `{ me { transactions { totalCount } } }` }).next()).value;
        expect(result?.errors?.[0]).toMatchObject({ message: "Unexpected error.", extensions: { code: "INTERNAL" } });
        expect(result?.errors?.[0].extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
        expect(JSON.stringify(result)).not.toMatch(/credit_transactions|prisma|relation|stack/i);
      } finally {
        await client.dispose();
      }
    } finally {
      await node.app.db.raw.exec(`ALTER TABLE credit_transactions_away RENAME TO credit_transactions`);
    }
    const healed = await post(node, `{ me { transactions { totalCount } } }`, u.auth);
    expect(healed.body).toEqual({ data: { me: { transactions: { totalCount: 0 } } } });
  });
});

describe("variable coercion errors", () => {
  const { node } = useNode();

  it("reports a missing required input field or a bad enum as BAD_USER_INPUT, not as a masked INTERNAL", async () => {
    const user = await registerUser(node);
    // Variables a typed client could not send: the server must still answer them properly.
    const missing = await node.gql(COERCION_MISSING, { input: {} as RegisterInput });
    expect(missing.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(missing.errors?.[0].message).toContain("email");
    const badEnum = await node.gql(COERCION_ENUM, { input: { format: "NOPE" } as unknown as CreateApiKeyInput }, user.auth);
    expect(badEnum.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(badEnum.errors?.[0].message).toContain("NOPE");
  });
});
