import { afterEach, describe, expect, it, vi } from "vitest";
import type { VirtualKey } from "../../generated/prisma/client.js";
import { createEventBus } from "../../pubsub.js";
import { announceKeyChange, createKeyCache, type KeyCacheDeps } from "./key-cache.js";

// The caching itself (shared reads, background reads, invalidation during a read) is
// src/read-cache.ts's and tested there; here, what the key cache wires into it.
const TTL = 1_000;
const row = (name: string) => ({ id: "k1", keyHash: "h1", name }) as unknown as VirtualKey;

/** One node's key cache over a key table of its own; nodes given one bus hear each other. */
function setup(pubsub = createEventBus()) {
  let current: VirtualKey | null = row("v1");
  const findUnique = vi.fn(async (_args: unknown) => current);
  const onError = vi.fn();
  const prisma = { virtualKey: { findUnique } } as unknown as KeyCacheDeps["prisma"];
  const keys = createKeyCache({ prisma, pubsub, ttlMs: TTL, onError });
  /** A get once the one-turn yield of a hit has run (fake timers). */
  const get = async (hash: string) => {
    const p = keys.get(hash);
    await vi.advanceTimersByTimeAsync(0);
    return p;
  };
  return { keys, get, pubsub, onError, findUnique, set: (k: VirtualKey | null) => (current = k) };
}

afterEach(() => vi.useRealTimers());

describe("virtual key cache", () => {
  it("reads a key by its hash once, then from the cache", async () => {
    vi.useFakeTimers();
    const t = setup();
    expect((await t.get("h1"))?.name).toBe("v1");
    expect((await t.get("h1"))?.name).toBe("v1");
    expect(t.findUnique).toHaveBeenCalledTimes(1);
    expect(t.findUnique).toHaveBeenCalledWith({ where: { keyHash: "h1" } });
  });

  it("drops a key from every cache on the bus when its change is announced", async () => {
    vi.useFakeTimers();
    const a = setup();
    const b = setup(a.pubsub);
    await a.get("h1");
    await b.get("h1");
    a.set(row("v2"));
    b.set(row("v2"));
    await announceKeyChange(a.pubsub, "k1");
    await vi.advanceTimersByTimeAsync(0);
    expect((await a.get("h1"))?.name).toBe("v2");
    expect((await b.get("h1"))?.name).toBe("v2");
    expect(a.findUnique).toHaveBeenCalledTimes(2);
    expect(b.findUnique).toHaveBeenCalledTimes(2);
  });

  it("reports a failed background read as such, and keeps serving the key meanwhile", async () => {
    vi.useFakeTimers();
    const t = setup();
    await t.get("h1");
    t.findUnique.mockRejectedValueOnce(new Error("database away"));
    await vi.advanceTimersByTimeAsync(TTL / 2 + 10);
    expect((await t.get("h1"))?.name).toBe("v1");
    expect(t.onError).toHaveBeenCalledWith(expect.objectContaining({ message: "database away" }), "refresh");
  });
});
