// Caps on concurrent graphql-ws subscriptions, per connection and per principal on this
// node: each open subscription holds an iterator, a pub/sub listener and its filtering
// work, and one socket with a thousand of them slowed every other request down. A refused
// subscribe is an error for that operation only; the socket and its other operations stay.
import { GraphQLError } from "graphql";

export interface SubscriptionCapOptions {
  perConnection: number;
  perPrincipal: number;
}

export function createSubscriptionCaps({ perConnection, perPrincipal }: SubscriptionCapOptions) {
  /** Counted subscriptions of each connection (by graphql-ws context): id -> principal key. */
  const byConnection = new WeakMap<object, Map<string, string>>();
  const byPrincipal = new Map<string, number>();

  const refuse = (message: string, limit: number, per: string) =>
    new GraphQLError(message, { extensions: { code: "RATE_LIMITED", details: { limit, per } } });

  function release(principal: string) {
    const left = (byPrincipal.get(principal) ?? 1) - 1;
    if (left > 0) byPrincipal.set(principal, left);
    else byPrincipal.delete(principal);
  }

  return {
    /** Takes a slot for a subscription, or answers why not. */
    admit(connection: object, id: string, principal: string): GraphQLError | null {
      let own = byConnection.get(connection);
      if (!own) byConnection.set(connection, (own = new Map()));
      if (own.size >= perConnection) {
        return refuse(`Too many subscriptions on this connection (at most ${perConnection})`, perConnection, "connection");
      }
      if ((byPrincipal.get(principal) ?? 0) >= perPrincipal) {
        return refuse(`Too many open subscriptions for this caller (at most ${perPrincipal})`, perPrincipal, "principal");
      }
      own.set(id, principal);
      byPrincipal.set(principal, (byPrincipal.get(principal) ?? 0) + 1);
      return null;
    },
    /** A subscription ended (completed, failed or stopped by the client). */
    done(connection: object, id: string) {
      const own = byConnection.get(connection);
      const principal = own?.get(id);
      if (principal === undefined) return;
      own!.delete(id);
      release(principal);
    },
    /** The socket closed: whatever it still held is free. */
    closed(connection: object) {
      for (const principal of byConnection.get(connection)?.values() ?? []) release(principal);
      byConnection.delete(connection);
    },
    /** Open subscriptions of a principal on this node (tests). */
    count: (principal: string) => byPrincipal.get(principal) ?? 0,
  };
}
