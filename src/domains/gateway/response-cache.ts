// The exact-match response cache of keys with `cacheTtlSeconds`: a successful non-streaming
// answer is kept under the key and the hash of the request as it went upstream (provider,
// endpoint, the body after the key's caps, Anthropic's version headers; object keys sorted,
// nothing else normalised), for the key's TTL. In Redis when configured, so every node serves
// what any node stored; otherwise in this process, least recently used first out, bounded in
// bytes. Keys never share entries. Two identical requests at the same moment both go upstream
// (nothing waits for another's answer).
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { TokenUsage } from "./prices.js";

export interface CachedAnswer {
  status: number;
  headers: [string, string][];
  body: string;
  /** What the upstream reported for the stored answer: a hit saves its cost at today's price. */
  usage: TokenUsage;
}

export interface ResponseCache {
  get(keyId: string, hash: string): Promise<CachedAnswer | null>;
  /** Stores in the background; a failure is logged, never the request's. */
  put(keyId: string, hash: string, answer: CachedAnswer, ttlSeconds: number): void;
}

/** Answers larger than this are not kept (in either store). */
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/** The cache key of a request: SHA-256 of its canonical JSON (object keys sorted). */
export function requestHash(parts: unknown): string {
  return createHash("sha256").update(canonical(parts)).digest("hex");
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

const size = (a: CachedAnswer) => a.body.length * 2 + 256; // UTF-16 in memory, plus the rest

export function createResponseCache(opts: { redis?: Redis; maxBytes: number; log: Logger }): ResponseCache {
  const entryMax = Math.min(MAX_ENTRY_BYTES, Math.floor(opts.maxBytes / 8));
  if (opts.redis) return redisCache(opts.redis, opts.log);
  return memoryCache(opts.maxBytes, entryMax);
}

function redisCache(redis: Redis, log: Logger): ResponseCache {
  const id = (keyId: string, hash: string) => `gwcache:${keyId}:${hash}`;
  return {
    async get(keyId, hash) {
      try {
        const raw = await redis.get(id(keyId, hash));
        return raw ? (JSON.parse(raw) as CachedAnswer) : null;
      } catch (err) {
        log.warn({ err }, "gateway response cache read failed; asking upstream");
        return null;
      }
    },
    put(keyId, hash, answer, ttlSeconds) {
      const raw = JSON.stringify(answer);
      if (raw.length > MAX_ENTRY_BYTES) return;
      redis.set(id(keyId, hash), raw, "PX", ttlSeconds * 1000).catch((err) => log.warn({ err }, "gateway response cache write failed"));
    },
  };
}

function memoryCache(maxBytes: number, entryMax: number): ResponseCache {
  // Map order is recency: a hit moves its entry to the end, eviction takes from the front.
  const entries = new Map<string, { answer: CachedAnswer; expiresAt: number; bytes: number }>();
  let bytes = 0;
  const drop = (id: string) => {
    const e = entries.get(id);
    if (!e) return;
    entries.delete(id);
    bytes -= e.bytes;
  };
  return {
    async get(keyId, hash) {
      const id = `${keyId}:${hash}`;
      const e = entries.get(id);
      if (!e) return null;
      entries.delete(id);
      if (e.expiresAt <= Date.now()) {
        bytes -= e.bytes;
        return null;
      }
      entries.set(id, e);
      return e.answer;
    },
    put(keyId, hash, answer, ttlSeconds) {
      const id = `${keyId}:${hash}`;
      const n = size(answer);
      if (n > entryMax) return;
      drop(id);
      const now = Date.now();
      // Expired entries first, then the least recently used, until the new one fits.
      if (bytes + n > maxBytes) for (const [k, e] of entries) if (e.expiresAt <= now) drop(k);
      for (const k of entries.keys()) {
        if (bytes + n <= maxBytes) break;
        drop(k);
      }
      entries.set(id, { answer, expiresAt: now + ttlSeconds * 1000, bytes: n });
      bytes += n;
    },
  };
}
