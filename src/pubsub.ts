// Every live-event topic and its payload. Payloads carry ids and small JSON-safe facts;
// subscription resolvers re-read through Prisma so selection and auth apply.
// In-process by default; with REDIS_URL a Redis event target fans events out to every node.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import type { Redis } from "ioredis";

export type Topics = {
  /** A user's credit balance changed (grant, charge). Keyed by user id. */
  "credits:changed": [userId: string, payload: { userId: string; balance: number; amount: number; transactionId: string }];
  /** A credential was revoked: every node drops it from its principal cache. */
  "auth:revoked": [payload: { userId: string; apiKeyId?: string; loginSessionId?: string }];
};

export type PubSub = ReturnType<typeof createPubSub<Topics>> & {
  /** Ends every open subscription iterator (graceful shutdown completes subscriptions). */
  closeAll(): void;
};

export function createEventBus(redis?: { publish: Redis; subscribe: Redis }): PubSub {
  const eventTarget = redis
    ? createRedisEventTarget({ publishClient: redis.publish, subscribeClient: redis.subscribe })
    : undefined;
  const inner = createPubSub<Topics>(eventTarget ? { eventTarget } : undefined);
  const open = new Set<AsyncIterator<unknown>>();
  const subscribe = ((...args: Parameters<typeof inner.subscribe>) => {
    const iterable = inner.subscribe(...args);
    const iterator = iterable[Symbol.asyncIterator]();
    open.add(iterator);
    const wrapped = {
      next: () => iterator.next(),
      return: (value?: unknown) => {
        open.delete(iterator);
        return iterator.return ? iterator.return(value) : Promise.resolve({ done: true as const, value: undefined });
      },
      throw: (err?: unknown) => {
        open.delete(iterator);
        return iterator.throw ? iterator.throw(err) : Promise.reject(err);
      },
      [Symbol.asyncIterator]() {
        return wrapped;
      },
    };
    return wrapped;
  }) as typeof inner.subscribe;
  return {
    publish: inner.publish,
    subscribe,
    closeAll() {
      for (const it of open) void it.return?.();
      open.clear();
    },
  };
}
