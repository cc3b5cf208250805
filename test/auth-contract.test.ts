// The auth contract (src/graphql/builder.ts): a call a field's scopes refuse is never data.
// Queries, mutations (whatever their result union) and subscriptions all answer with one
// entry in `errors[]` whose extensions carry UNAUTHENTICATED (with the reason) or FORBIDDEN,
// and no data. Only what a service decides about a row or a credential is union data.
import { print } from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { registerUser, useNode, type TestNode } from "./helpers.js";

const USERS = graphql(`query AuthContractUsers { users(first: 1) { totalCount } }`);
const GRANT = graphql(`mutation AuthContractGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename
  ... on GrantCreditsPayload { user { credits } } ... on Error { code } } }`);
const LOGIN = graphql(`mutation AuthContractLogin($input: LoginInput!) { login(input: $input) { __typename
  ... on Error { code message } } }`);
const WATCH = graphql(`subscription AuthContractWatch($userId: ID) { creditsChanged(userId: $userId) { balance } }`);

const BAD_KEY = { authorization: `Bearer pp_${"x".repeat(48)}` };

/** The whole response to a refused query or mutation on `field`. */
const refused = (field: string, extensions: Record<string, unknown>) => ({
  data: null,
  errors: [{ message: expect.any(String), locations: expect.any(Array), path: [field], extensions }],
});
const UNAUTHENTICATED = (reason: "missing" | "invalid") => ({ code: "UNAUTHENTICATED", details: { reason } });
const FORBIDDEN = { code: "FORBIDDEN", details: {} };

/** Every result of a graphql-ws subscription until it completes. */
async function subscribeAll(node: TestNode, connectionParams: Record<string, string>, variables: { userId?: string }) {
  const client = createClient({ url: `${node.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0 });
  try {
    const results: unknown[] = [];
    for await (const result of client.iterate({ query: print(WATCH), variables })) results.push(result);
    return results;
  } finally {
    await client.dispose();
  }
}

describe("unauthenticated and forbidden calls", () => {
  const { node, admin } = useNode({ admin: true });

  it("a query answers in errors[] only", async () => {
    const user = await registerUser(node);
    expect(await node.gql(USERS, {})).toEqual(refused("users", UNAUTHENTICATED("missing")));
    expect(await node.gql(USERS, {}, BAD_KEY)).toEqual(refused("users", UNAUTHENTICATED("invalid")));
    expect(await node.gql(USERS, {}, user.auth)).toEqual(refused("users", FORBIDDEN));
    expect(await node.gql(USERS, {}, admin)).toEqual({ data: { users: { totalCount: expect.any(Number) } } });
  });

  it("a mutation with an error union answers in errors[] only, and does nothing", async () => {
    const user = await registerUser(node);
    const input = { userId: user.id, amount: 5 };
    expect(await node.gql(GRANT, { input })).toEqual(refused("grantCredits", UNAUTHENTICATED("missing")));
    expect(await node.gql(GRANT, { input }, BAD_KEY)).toEqual(refused("grantCredits", UNAUTHENTICATED("invalid")));
    expect(await node.gql(GRANT, { input }, user.auth)).toEqual(refused("grantCredits", FORBIDDEN));
    const granted = await node.gql(GRANT, { input }, admin);
    expect(granted).toEqual({ data: { grantCredits: { __typename: "GrantCreditsPayload", user: { credits: expect.any(Number) } } } });
    const transactions = await node.app.db.prisma.creditTransaction.count({ where: { user: { email: user.email }, txType: "PURCHASE" } });
    expect(transactions).toBe(1);
  });

  it("a service's refusal of a credential is union data, not errors[]", async () => {
    const user = await registerUser(node);
    const res = await node.gql(LOGIN, { input: { email: user.email, password: "not-the-password" } });
    expect(res).toEqual({ data: { login: { __typename: "UnauthenticatedError", code: "UNAUTHENTICATED", message: "Invalid email or password" } } });
  });

  it("a subscription answers with one result in errors[] only, then completes", async () => {
    const [owner, other] = [await registerUser(node), await registerUser(node)];
    const only = (extensions: Record<string, unknown>) => [
      { errors: [{ message: expect.any(String), locations: expect.any(Array), path: ["creditsChanged"], extensions }] },
    ];
    expect(await subscribeAll(node, {}, {})).toEqual(only(UNAUTHENTICATED("missing")));
    expect(await subscribeAll(node, BAD_KEY, {})).toEqual(only(UNAUTHENTICATED("invalid")));
    // Watching another user's credits takes the admin role.
    expect(await subscribeAll(node, other.auth, { userId: owner.id })).toEqual(only(FORBIDDEN));
  });
});
