// The GraphQL client: queries and mutations over HTTP POST to /graphql, subscriptions over
// graphql-ws on the same path. Credentials are the login's HttpOnly `session_id` cookie,
// which the browser sends with both (same origin), so the console holds no token itself.
import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange, type CombinedError } from "@urql/core";
import { createClient as createWsClient } from "graphql-ws";

/** True when the server refused the request's credentials (missing, expired or revoked). */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

export interface ApiClient {
  client: Client;
  /** Closes the WebSocket: a new login gets a new client whose socket carries the new cookie. */
  dispose(): void;
}

/** `onUnauthenticated` runs whenever any operation (query, mutation, subscription) is refused for its credentials. */
export function createApiClient(onUnauthenticated: () => void): ApiClient {
  const ws = createWsClient({
    url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
    lazy: true,
    // A restarted server or a dropped connection: reconnect and resubscribe.
    retryAttempts: 1_000,
    shouldRetry: () => true,
  });
  const client = new Client({
    url: "/graphql",
    fetchOptions: { credentials: "same-origin" },
    requestPolicy: "cache-and-network",
    exchanges: [
      mapExchange({ onError: (error) => void (isUnauthenticated(error) && onUnauthenticated()) }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });
  return { client, dispose: () => void ws.dispose() };
}
