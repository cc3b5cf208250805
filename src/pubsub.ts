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
  /** A scrape inserted proxies the pool did not have (validators check them at once). */
  "proxies:discovered": [payload: { sourceId: string; count: number }];
  /** A source scrape finished, successfully or not (`error` set). */
  "scrape:completed": [
    payload: {
      sourceId: string;
      runId: string;
      proxiesDiscovered: number;
      proxiesNew: number;
      proxiesUpdated: number;
      durationMs: number;
      error: string | null;
    },
  ];
  /** A validation changed a proxy's status (published after the commit). */
  "proxy:statusChanged": [payload: { proxyId: string; oldStatus: string; newStatus: string }];
  /** A lease expires within a minute (announced once). Not keyed: admins may watch all. */
  "lease:expiring": [payload: { leaseId: string; userId: string; proxyId: string }];
  /** A lease was released or expired (announced once). */
  "lease:ended": [payload: { leaseId: string; userId: string; proxyId: string }];
  /** The pool's counts were sampled (proxies/pool-history.job.ts); `takenAt` is ISO 8601. */
  "pool:sampled": [payload: { takenAt: string; total: number; active: number; dead: number; unchecked: number }];
  /** Notification deliveries were queued (rows written): wakes every node's delivery job. */
  "notifications:queued": [payload: { event: string; count: number }];
  /** Vhosts or backends changed (data or health): every node reloads its routing table. */
  "edge:changed": [payload: { at: number }];
  /** Cluster membership and leadership changed (control plane; heard by every node). */
  "cluster:event": [
    payload: { event: "node_joined" | "node_left" | "node_failed" | "leader_elected"; nodeId: string; address: string | null; at: string },
  ];
  /** A new live-configuration version was stored: every node applies it. */
  "config:changed": [payload: { version: number }];
  /** An automation session was registered (sessions domain). */
  "session:started": [payload: { sessionId: string; userId: string }];
  /** An automation session ended (by its client, or abandoned by the timeout job). */
  "session:ended": [payload: { sessionId: string; userId: string }];
  /**
   * An event was logged on a session. Carries the event itself (details are capped at
   * 64 KB), so a hundred subscribers do not each read it back from the database.
   */
  "session:event": [payload: { id: string; sessionId: string; userId: string; type: string; details: unknown; createdAt: string }];
  /** One step of a running probe (a ping reply, a traceroute hop). Keyed by job id. */
  "probe:progress": [jobId: string, payload: { jobId: string; userId: string; seq: number; event: Record<string, unknown> }];
  /** A probe job finished (its row is final). */
  "probe:completed": [payload: { jobId: string; userId: string; success: boolean }];
  /** LLM gateway: a virtual key was changed or revoked; every node drops it from its key cache. */
  "gateway:keyChanged": [payload: { keyId: string }];
  /** LLM gateway: a usage event was written (after its settle statement). */
  "gateway:usage": [payload: { eventId: string; keyId: string; ownerId: string | null; costMicros: number }];
  /** LLM gateway: a key's month spend changed. */
  "gateway:spend": [payload: { keyId: string; ownerId: string | null; spendMicros: number; capMicros: number | null }];
  /** LLM gateway: a key's month spend crossed 50, 80 or 100 % of its cap (once per crossing). */
  "gateway:threshold": [payload: { keyId: string; ownerId: string | null; percent: number; spendMicros: number; capMicros: number }];
};

export type PubSub = ReturnType<typeof createPubSub<Topics>> & {
  /** Ends every open subscription iterator (graceful shutdown completes subscriptions). */
  closeAll(): void;
};

/**
 * `channelPrefix` (REDIS_KEY_PREFIX) namespaces the Redis channels as it does the keys, so
 * deployments sharing one Redis do not receive each other's events.
 */
export function createEventBus(redis?: { publish: Redis; subscribe: Redis }, channelPrefix = ""): PubSub {
  const eventTarget = redis
    ? prefixed(createRedisEventTarget({ publishClient: redis.publish, subscribeClient: redis.subscribe }), channelPrefix)
    : undefined;
  const inner = createPubSub<Topics>(eventTarget ? { eventTarget } : undefined);
  // The Redis event target publishes without waiting for Redis. Waiting for the PUBLISH reply
  // means that when a service's `await publish(...)` returns (say, a revocation), every node
  // has been sent the event: a request a client makes next cannot overtake it. Same topic and
  // payload rules as createPubSub's publish.
  const publish = redis
    ? ((async (routingKey: string, ...args: unknown[]) => {
        const payload = args[1] ?? args[0] ?? null;
        const topic = args[1] === undefined ? routingKey : `${routingKey}:${String(args[0])}`;
        await redis.publish.publish(`${channelPrefix}${topic}`, JSON.stringify(payload));
      }) as unknown as typeof inner.publish)
    : inner.publish;
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
    publish,
    subscribe,
    closeAll() {
      for (const it of open) void it.return?.();
      open.clear();
    },
  };
}

type RedisTarget = ReturnType<typeof createRedisEventTarget>;

/** Subscribes to and publishes on `${prefix}${topic}` channels; events keep their detail. */
function prefixed(target: RedisTarget, prefix: string): RedisTarget {
  if (!prefix) return target;
  return {
    addEventListener: (type, listener, options) => target.addEventListener(`${prefix}${type}`, listener, options),
    removeEventListener: (type, listener, options) => target.removeEventListener(`${prefix}${type}`, listener, options),
    dispatchEvent: (event) => target.dispatchEvent(new CustomEvent(`${prefix}${event.type}`, { detail: event.detail })),
  };
}
