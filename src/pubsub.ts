// Every live-event topic and its payload. Payloads carry ids and small JSON-safe facts;
// subscription resolvers re-read through Prisma so selection and auth apply.
// In-process by default; with REDIS_URL a Redis event target fans events out to every node.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
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
  /** A delivery's outcome was recorded (delivered, rescheduled, failed) or it was queued again by retryDelivery. */
  "notifications:delivery": [payload: { deliveryId: string; notifierId: string; status: "PENDING" | "DELIVERED" | "FAILED" }];
  /** Vhosts or backends changed (data or health): every node reloads its routing table. */
  "edge:changed": [payload: { at: number }];
  /** Cluster membership and leadership changed (control plane; heard by every node). */
  "cluster:event": [
    payload: { event: "node_joined" | "node_left" | "node_failed" | "leader_elected"; nodeId: string; address: string | null; at: string },
  ];
  /**
   * A rebalance handed back the claims of departed nodes: every node's claim jobs (validator,
   * deliveries, backend health checks) run at once and take their share.
   */
  "cluster:rebalance": [payload: { by: string; released: number }];
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
  /**
   * One step of a running probe (a ping reply, a traceroute hop). Keyed by the job's owner, so
   * a client can listen before it starts a probe and miss none of its first steps.
   */
  "probe:progress": [userId: string, payload: { jobId: string; userId: string; seq: number; event: Record<string, unknown> }];
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

type Key = keyof Topics;
/** What subscribers of a topic receive: the payload (the second argument of keyed topics). */
export type Payload<K extends Key> = Topics[K][1] extends undefined ? Topics[K][0] : Topics[K][1];

export interface PubSub {
  /** Publishes to every subscriber on every node; with Redis, resolves once Redis has it. */
  publish<K extends Key>(routingKey: K, ...args: Topics[K]): Promise<void>;
  /** Events of a topic (keyed topics: of one key) from now on, until `return()`. */
  subscribe<K extends Key>(...[routingKey, id]: Topics[K][1] extends undefined ? [K] : [K, Topics[K][0]]): AsyncIterableIterator<Payload<K>>;
  /** Ends every open subscription iterator (graceful shutdown completes subscriptions). */
  closeAll(): void;
}

/** A subscriber this far behind is ended with an error rather than allowed to grow without bound. */
export const MAX_QUEUED = 10_000;

/**
 * One subscriber (of a topic here, or of a shared execution in graphql/shared-streams.ts):
 * events wait in its queue until it asks for the next one. Delivery to a
 * hundred subscribers is a hundred array pushes or promise resolutions and nothing else: no
 * EventTarget listener, Repeater or async generator per event (the events bench measured
 * those at about half the server's CPU per delivery).
 */
export class Subscription<T> implements AsyncIterableIterator<T> {
  private queue: T[] = [];
  private head = 0;
  private waiting: { resolve: (r: IteratorResult<T>) => void; reject: (err: unknown) => void } | undefined;
  private ended = false;
  private failure: unknown;

  /**
   * Optional: hands a value straight to the reader's transport instead of waking the reader.
   * Asked only while the reader waits with nothing queued, so whatever it sent before has
   * been sent; returns false to go the ordinary way (the reader then gets the value).
   */
  direct?: (value: T) => boolean;

  constructor(private readonly detach: (s: Subscription<T>) => void) {}

  deliver(value: T): void {
    if (this.ended) return;
    if (this.waiting) {
      if (this.direct?.(value)) return;
      const wake = this.waiting;
      this.waiting = undefined;
      return wake.resolve({ value, done: false });
    }
    if (this.queue.length - this.head >= MAX_QUEUED) {
      this.failure = new Error(`subscriber fell ${MAX_QUEUED} events behind; subscribe again`);
      void this.return();
      return;
    }
    this.queue.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.head < this.queue.length) {
      const value = this.queue[this.head++];
      if (this.head === this.queue.length) [this.queue, this.head] = [[], 0];
      return Promise.resolve({ value, done: false });
    }
    if (this.failure !== undefined) {
      const err = this.failure;
      this.failure = undefined;
      return Promise.reject(err);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  /** Ends once what is queued has been read: then done, or `err` thrown to the reader. */
  finish(err?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = err;
    this.detach(this);
    const wake = this.waiting;
    this.waiting = undefined;
    if (!wake) return;
    if (err === undefined) return wake.resolve({ value: undefined, done: true });
    this.failure = undefined;
    wake.reject(err);
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.ended) {
      this.ended = true;
      [this.queue, this.head] = [[], 0];
      this.detach(this);
    }
    const wake = this.waiting;
    this.waiting = undefined;
    wake?.resolve({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err?: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(err);
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/**
 * `channelPrefix` (REDIS_KEY_PREFIX) namespaces the Redis channels as it does the keys, so
 * deployments sharing one Redis do not receive each other's events.
 */
export function createEventBus(redis?: { publish: Redis; subscribe: Redis }, channelPrefix = ""): PubSub {
  const target = redis ? prefixed(createRedisEventTarget({ publishClient: redis.publish, subscribeClient: redis.subscribe }), channelPrefix) : undefined;
  const topics = new Map<string, { subscribers: Set<Subscription<unknown>>; listener?: (e: Event) => void }>();

  const fanOut = (topic: string, payload: unknown) => {
    const subscribers = topics.get(topic)?.subscribers;
    if (subscribers) for (const s of subscribers) s.deliver(payload);
  };

  const topicOf = (routingKey: string, args: unknown[]) => (args.length > 1 ? `${routingKey}:${String(args[0])}` : routingKey);

  return {
    // The Redis event target publishes without waiting for Redis. Waiting for the PUBLISH
    // reply means that when a service's `await publish(...)` returns (say, a revocation), every
    // node has been sent the event: a request a client makes next cannot overtake it. Redis
    // sends it back to this node's subscriber connection too, which delivers it locally.
    async publish(routingKey, ...args) {
      const payload = (args.length > 1 ? args[1] : args[0]) ?? null;
      const topic = topicOf(routingKey, args);
      if (redis) await redis.publish.publish(`${channelPrefix}${topic}`, JSON.stringify(payload));
      else fanOut(topic, payload);
    },
    subscribe(...args: unknown[]) {
      // Keyed topics are subscribed as (routingKey, key), published as (routingKey, key, payload).
      const topic = args.length > 1 ? `${String(args[0])}:${String(args[1])}` : String(args[0]);
      let entry = topics.get(topic);
      if (!entry) {
        entry = { subscribers: new Set() };
        if (target) {
          entry.listener = (e: Event) => fanOut(topic, (e as CustomEvent).detail);
          target.addEventListener(topic, entry.listener);
        }
        topics.set(topic, entry);
      }
      const subscription = new Subscription<unknown>((s) => {
        const e = topics.get(topic);
        if (!e) return;
        e.subscribers.delete(s);
        if (e.subscribers.size > 0) return;
        topics.delete(topic);
        if (target && e.listener) target.removeEventListener(topic, e.listener);
      });
      entry.subscribers.add(subscription);
      return subscription as never;
    },
    closeAll() {
      for (const { subscribers } of [...topics.values()]) for (const s of [...subscribers]) void s.return();
    },
  };
}

/**
 * The events of a subscription that pass `keep` (an owner's, one session's). `open` runs on
 * the first `next()`: a stream that is never read (a re-check's trial subscribe after a role
 * change) holds no subscription. No Repeater or generator per event.
 */
export function filtered<T>(open: () => AsyncIterableIterator<T>, keep: (event: T) => boolean): AsyncIterableIterator<T> {
  let source: AsyncIterableIterator<T> | undefined;
  let closed = false;
  const done = { value: undefined, done: true } as const;
  const it: AsyncIterableIterator<T> = {
    async next() {
      if (closed) return done;
      source ??= open();
      for (;;) {
        const r = await source.next();
        if (r.done || keep(r.value)) return r;
      }
    },
    async return() {
      closed = true;
      await source?.return?.();
      return done;
    },
    async throw(err?: unknown) {
      closed = true;
      await source?.return?.();
      throw err;
    },
    [Symbol.asyncIterator]: () => it,
  };
  return it;
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
