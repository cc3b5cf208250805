import { afterEach, describe, expect, it, vi } from "vitest";
import type { VirtualKey } from "../../generated/prisma/client.js";
import { createEventBus } from "../../pubsub.js";
import { announceKeyChange, createKeyCache, type KeyCacheDeps } from "./key-cache.js";

const TTL = 1_000;
const row = (name: string) => ({ id: "k1", keyHash: "h1", name }) as unknown as VirtualKey;

/** A key table whose reads wait until `release()`: the test decides when each read returns. */
function table() {
  let current: VirtualKey | null = row("v1");
  const waiting: (() => void)[] = [];
  const findUnique = vi.fn(async () => {
    const seen = current;
    await new Promise<void>((r) => waiting.push(r));
    return seen;
  });
  return {
    prisma: { virtualKey: { findUnique } } as unknown as KeyCacheDeps["prisma"],
    findUnique,
    set: (k: VirtualKey | null) => (current = k),
    release: async () => {
      for (const r of waiting.splice(0)) r();
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

function cache(t: ReturnType<typeof table>) {
  const pubsub = createEventBus();
  const onError = vi.fn();
  return { pubsub, onError, keys: createKeyCache({ prisma: t.prisma, pubsub, ttlMs: TTL, onError }) };
}

afterEach(() => vi.useRealTimers());

describe("virtual key cache", () => {
  it("sends one read for all the requests that miss at once", async () => {
    vi.useFakeTimers();
    const t = table();
    const { keys } = cache(t);
    const got = Array.from({ length: 50 }, () => keys.get("h1"));
    await t.release();
    expect((await Promise.all(got)).every((k) => k?.name === "v1")).toBe(true);
    expect(t.findUnique).toHaveBeenCalledTimes(1);
    // Cached now: no read at all.
    const again = keys.get("h1");
    await vi.advanceTimersByTimeAsync(0);
    expect((await again)?.name).toBe("v1");
    expect(t.findUnique).toHaveBeenCalledTimes(1);
  });

  it("reads a key in use again in the background after half its time, so no request waits for it", async () => {
    vi.useFakeTimers();
    const t = table();
    const { keys } = cache(t);
    const first = keys.get("h1");
    await t.release();
    await first;
    t.set(row("v2"));
    await vi.advanceTimersByTimeAsync(TTL / 2 + 10);
    // Answered from the cache at once, and one refresh started (not one per request).
    const during = [keys.get("h1"), keys.get("h1"), keys.get("h1")];
    await vi.advanceTimersByTimeAsync(0);
    expect((await Promise.all(during)).map((k) => k?.name)).toEqual(["v1", "v1", "v1"]);
    expect(t.findUnique).toHaveBeenCalledTimes(2);
    await t.release();
    // The refreshed row is served, and its time starts again.
    await vi.advanceTimersByTimeAsync(TTL / 2 - 20);
    const after = keys.get("h1");
    await vi.advanceTimersByTimeAsync(0);
    expect((await after)?.name).toBe("v2");
    expect(t.findUnique).toHaveBeenCalledTimes(2);
  });

  it("reads on the path a key left idle past its time", async () => {
    vi.useFakeTimers();
    const t = table();
    const { keys } = cache(t);
    const first = keys.get("h1");
    await t.release();
    await first;
    t.set(row("v2"));
    await vi.advanceTimersByTimeAsync(TTL + 10);
    const later = keys.get("h1");
    await vi.advanceTimersByTimeAsync(0);
    expect(t.findUnique).toHaveBeenCalledTimes(2);
    await t.release();
    expect((await later)?.name).toBe("v2");
  });

  it("does not let a request after a change join or cache a read that began before it", async () => {
    vi.useFakeTimers();
    const t = table();
    const { keys, pubsub } = cache(t);
    const before = keys.get("h1"); // reads v1 ...
    await vi.advanceTimersByTimeAsync(0);
    t.set(row("v2"));
    await announceKeyChange(pubsub, "k1"); // ... while the key changes
    const after = keys.get("h1");
    await vi.advanceTimersByTimeAsync(0);
    expect(t.findUnique).toHaveBeenCalledTimes(2);
    await t.release();
    expect((await before)?.name).toBe("v1");
    expect((await after)?.name).toBe("v2");
    // The old read was not cached over the new one.
    const cached = keys.get("h1");
    await vi.advanceTimersByTimeAsync(0);
    expect((await cached)?.name).toBe("v2");
    expect(t.findUnique).toHaveBeenCalledTimes(2);
  });

  it("drops a key whose background read finds it gone, and reports a failed one", async () => {
    vi.useFakeTimers();
    const t = table();
    const { keys, onError } = cache(t);
    const first = keys.get("h1");
    await t.release();
    await first;
    t.set(null);
    await vi.advanceTimersByTimeAsync(TTL / 2 + 10);
    void keys.get("h1");
    await vi.advanceTimersByTimeAsync(0);
    await t.release();
    const gone = keys.get("h1");
    await vi.advanceTimersByTimeAsync(0);
    await t.release();
    expect(await gone).toBeNull();

    t.set(row("v3"));
    const back = keys.get("h1");
    await vi.advanceTimersByTimeAsync(0);
    await t.release();
    await back;
    t.findUnique.mockRejectedValueOnce(new Error("database away"));
    await vi.advanceTimersByTimeAsync(TTL / 2 + 10);
    const stale = keys.get("h1");
    await vi.advanceTimersByTimeAsync(0);
    expect((await stale)?.name).toBe("v3");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "database away" }), "refresh");
  });
});
