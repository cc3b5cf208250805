// Queries and mutations over graphql-ws run through the same pipeline as HTTP: a mutation
// on the socket must not be mistaken for a GET (which Yoga refuses mutations on).
import { createClient } from "graphql-ws";
import { print } from "graphql";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "../src/generated/graphql/index.js";
import { registerUser, useNode } from "./helpers.js";

const CreateKey = graphql(`
  mutation WsCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { __typename ... on CreatedApiKey { key } ... on Error { code message } }
  }
`);
const Me = graphql(`query WsMe { me { email } }`);

describe("graphql-ws operations", () => {
  const { node } = useNode();

  it("runs a query and a mutation with the connection's credentials", async () => {
    const user = await registerUser(node);
    const client = createClient({
      url: `${node.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: user.auth.authorization },
      retryAttempts: 0,
    });
    try {
      const run = <T>(query: string, variables?: Record<string, unknown>) =>
        new Promise<{ data?: T; errors?: unknown }>((resolve, reject) => {
          let result: { data?: T; errors?: unknown } = {};
          client.subscribe<T>({ query, variables }, { next: (r) => void (result = r as never), error: reject, complete: () => resolve(result) });
        });
      const me = await run<{ me: { email: string } }>(print(Me));
      expect(me).toEqual({ data: { me: { email: user.email } } });
      const created = await run<{ createApiKey: { __typename: string; key?: string } }>(print(CreateKey), { input: { label: "over ws" } });
      expect(created.errors).toBeUndefined();
      expect(created.data?.createApiKey.__typename).toBe("CreatedApiKey");
      expect(created.data?.createApiKey.key).toMatch(/^pp_/);
    } finally {
      await client.dispose();
    }
  });
});
