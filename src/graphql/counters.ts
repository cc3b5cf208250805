// Window counters for throttling (failed logins) and the store behind graphql-rate-limit:
// in Redis when configured, so every node shares one limit, in memory otherwise.
import { InMemoryStore, RedisStore, type Store } from "graphql-rate-limit";
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

export interface WindowCount {
  count: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

export interface Counters {
  /** Adds one to `key` in a fixed window of `windowMs` and returns the new count. */
  hit(key: string, windowMs: number): Promise<WindowCount>;
  peek(key: string): Promise<WindowCount>;
  /** Takes back one hit (a reserved attempt that turned out not to count); never below 0. */
  release(key: string): Promise<void>;
  clear(key: string): Promise<void>;
  /**
   * Runs fn while holding a cluster-wide lock on `key`. graphql-rate-limit reads a bucket,
   * decides and writes it back in separate steps; the lock makes that one step across nodes.
   */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  rateLimitStore: Store;
}

const LOCK_TTL_MS = 2_000;
const LOCK_WAIT_MS = 5_000;

export function redisCounters(redis: Redis): Counters {
  return {
    async hit(key, windowMs) {
      // INCR and PEXPIRE NX in one round trip: the window starts at the first hit only.
      const res = await redis.multi().incr(`ctr:${key}`).pexpire(`ctr:${key}`, windowMs, "NX").pttl(`ctr:${key}`).exec();
      return { count: Number(res?.[0]?.[1] ?? 0), resetMs: Math.max(0, Number(res?.[2]?.[1] ?? windowMs)) };
    },
    async peek(key) {
      const [count, ttl] = await Promise.all([redis.get(`ctr:${key}`), redis.pttl(`ctr:${key}`)]);
      return { count: Number(count ?? 0), resetMs: Math.max(0, ttl) };
    },
    async release(key) {
      // Only while the window lives: DECR on an expired key would create one without expiry.
      await redis.eval(`if redis.call("EXISTS", KEYS[1]) == 1 then return redis.call("DECR", KEYS[1]) end return 0`, 1, `ctr:${key}`);
    },
    async clear(key) {
      await redis.del(`ctr:${key}`);
    },
    async withLock(key, fn) {
      const lock = `lock:${key}`;
      const token = randomUUID();
      const deadline = Date.now() + LOCK_WAIT_MS;
      // The TTL frees the lock if its holder dies; waiters poll with jitter.
      while ((await redis.set(lock, token, "PX", LOCK_TTL_MS, "NX")) !== "OK") {
        if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${key}`);
        await new Promise((r) => setTimeout(r, 2 + Math.random() * 8));
      }
      try {
        return await fn();
      } finally {
        // Delete only our own lock: after a TTL expiry another holder may own it.
        await redis.eval(`if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end return 0`, 1, lock, token);
      }
    },
    rateLimitStore: new RedisStore(redis),
  };
}

export function memoryCounters(): Counters {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const live = (key: string) => {
    const w = windows.get(key);
    if (w && w.resetAt <= Date.now()) {
      windows.delete(key);
      return undefined;
    }
    return w;
  };
  // Expired windows are dropped lazily and swept now and then so the map cannot grow forever.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
  }, 60_000);
  sweep.unref();
  return {
    async hit(key, windowMs) {
      const w = live(key) ?? { count: 0, resetAt: Date.now() + windowMs };
      w.count += 1;
      windows.set(key, w);
      return { count: w.count, resetMs: w.resetAt - Date.now() };
    },
    async peek(key) {
      const w = live(key);
      return w ? { count: w.count, resetMs: w.resetAt - Date.now() } : { count: 0, resetMs: 0 };
    },
    async release(key) {
      const w = live(key);
      if (w && w.count > 0) w.count -= 1;
    },
    async clear(key) {
      windows.delete(key);
    },
    withLock: (_key, fn) => fn(), // one process: rate-limit.ts already serialises per bucket
    rateLimitStore: new InMemoryStore(),
  };
}
