import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createReadCache, type ReadCache } from "./read-cache.js";

const TTL = 1_000;

/** A row whose reads wait until `release()`: the test decides when each read returns. */
function source(initial: string | null = "v1") {
  let current = initial;
  const waiting: (() => void)[] = [];
  const read = vi.fn(async () => {
    const seen = current;
    await new Promise<void>((r) => waiting.push(r));
    return seen;
  });
  return {
    read,
    set: (v: string | null) => (current = v),
    /** Lets the waiting reads return, oldest first, or newest first with `newestFirst`. */
    release: async (newestFirst = false) => {
      const reads = waiting.splice(0);
      for (const r of newestFirst ? reads.reverse() : reads) {
        r();
        await vi.advanceTimersByTimeAsync(0);
      }
    },
  };
}

/**
 * A get under fake timers, once the one-turn yield of a hit has run. Its value comes in
 * `value`, which may still wait for a read (a promise returned bare would be awaited here).
 */
async function get(cache: ReadCache<string>, read: () => Promise<string | null>): Promise<{ value: Promise<string | null> }> {
  const value = cache.get("k", read);
  await vi.advanceTimersByTimeAsync(0);
  return { value };
}

function setup(opts: { ttlMs?: number; maxEntries?: number } = {}) {
  const onRefreshError = vi.fn();
  const cache = createReadCache<string>({ ttlMs: TTL, maxEntries: 100, onRefreshError, ...opts });
  return { cache, onRefreshError };
}

afterEach(() => vi.useRealTimers());

// Under fake timers: what happens as an entry's time passes.
describe("read cache over time", () => {
  beforeEach(() => vi.useFakeTimers());

  it("sends one read for all the requests that miss at once, then serves from the cache", async () => {
    const { cache } = setup();
    const s = source();
    const got = await Promise.all(Array.from({ length: 50 }, () => get(cache, s.read)));
    await s.release();
    expect(await Promise.all(got.map((g) => g.value))).toEqual(Array(50).fill("v1"));
    expect(await (await get(cache, s.read)).value).toBe("v1");
    expect(s.read).toHaveBeenCalledTimes(1);
  });

  it("reads an entry in use again in the background after half its time, so no request waits", async () => {
    const { cache } = setup();
    const s = source();
    const first = await get(cache, s.read);
    await s.release();
    await first.value;
    s.set("v2");
    await vi.advanceTimersByTimeAsync(TTL / 2 + 10);
    // Answered from the cache at once; one background read for the three requests.
    const during = await Promise.all([get(cache, s.read), get(cache, s.read), get(cache, s.read)]);
    expect(await Promise.all(during.map((g) => g.value))).toEqual(["v1", "v1", "v1"]);
    expect(s.read).toHaveBeenCalledTimes(2);
    await s.release();
    // The new row is served, and its time starts again: no read until half of it is up.
    await vi.advanceTimersByTimeAsync(TTL / 2 - 20);
    expect(await (await get(cache, s.read)).value).toBe("v2");
    expect(s.read).toHaveBeenCalledTimes(2);
  });

  it("reads on the path an entry left idle past its time", async () => {
    const { cache } = setup();
    const s = source();
    const first = await get(cache, s.read);
    await s.release();
    await first.value;
    s.set("v2");
    await vi.advanceTimersByTimeAsync(TTL + 10);
    const later = await get(cache, s.read);
    expect(s.read).toHaveBeenCalledTimes(2);
    await s.release();
    expect(await later.value).toBe("v2");
  });

  it("does not let a request after a drop join or cache a read that began before it", async () => {
    const { cache } = setup();
    const s = source();
    const before = await get(cache, s.read); // reads v1 ...
    s.set("v2");
    cache.drop((v) => v === "v1"); // ... while the row changes
    const after = await get(cache, s.read);
    expect(s.read).toHaveBeenCalledTimes(2);
    // The old read returns last: it must not overwrite the new row in the cache.
    await s.release(true);
    expect(await before.value).toBe("v1");
    expect(await after.value).toBe("v2");
    expect(await (await get(cache, s.read)).value).toBe("v2");
    expect(s.read).toHaveBeenCalledTimes(2);
  });

  it("forgets an entry whose background read finds nothing, and reports a failed one", async () => {
    const { cache, onRefreshError } = setup();
    const s = source();
    const first = await get(cache, s.read);
    await s.release();
    await first.value;
    s.set(null);
    await vi.advanceTimersByTimeAsync(TTL / 2 + 10);
    expect(await (await get(cache, s.read)).value).toBe("v1");
    await s.release();
    const gone = await get(cache, s.read);
    await s.release();
    expect(await gone.value).toBeNull();

    s.set("v3");
    const back = await get(cache, s.read);
    await s.release();
    await back.value;
    s.read.mockRejectedValueOnce(new Error("database away"));
    await vi.advanceTimersByTimeAsync(TTL / 2 + 10);
    expect(await (await get(cache, s.read)).value).toBe("v3");
    expect(onRefreshError).toHaveBeenCalledWith(expect.objectContaining({ message: "database away" }));
  });

});

describe("read cache", () => {
  it("drops only the entries that match", async () => {
    const { cache } = setup();
    const read = vi.fn(async () => "x");
    await cache.get("a", read);
    await cache.get("b", async () => "y");
    cache.drop((v) => v === "x");
    await cache.get("a", read);
    await cache.get("b", read);
    expect(read).toHaveBeenCalledTimes(2); // "a" again; "b" still cached
  });

  it("passes a failed read to every request waiting for it, and the next request reads again", async () => {
    const { cache } = setup();
    let fail = true;
    const read = vi.fn(async () => {
      if (fail) throw new Error("down");
      return "v";
    });
    await expect(Promise.all([cache.get("k", read), cache.get("k", read)])).rejects.toThrow("down");
    expect(read).toHaveBeenCalledTimes(1);
    fail = false;
    expect(await cache.get("k", read)).toBe("v");
  });

  it("keeps at most maxEntries, the oldest leaving first, and does not cache null", async () => {
    const { cache } = setup({ maxEntries: 2 });
    const read = vi.fn(async () => "v");
    for (const k of ["a", "b", "c", "b", "c"]) await cache.get(k, read);
    expect(read).toHaveBeenCalledTimes(3);
    await cache.get("a", read);
    expect(read).toHaveBeenCalledTimes(4);

    const none = vi.fn(async () => null);
    await cache.get("n", none);
    await cache.get("n", none);
    expect(none).toHaveBeenCalledTimes(2);
  });

  it("caches nothing with a zero TTL, and forgets everything on clear", async () => {
    const read = vi.fn(async () => "v");
    const off = setup({ ttlMs: 0 }).cache;
    await off.get("a", read);
    await off.get("a", read);
    expect(read).toHaveBeenCalledTimes(2);

    const { cache } = setup();
    await cache.get("a", read);
    cache.clear();
    await cache.get("a", read);
    expect(read).toHaveBeenCalledTimes(4);
  });
});
