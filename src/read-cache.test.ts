import { describe, expect, it, vi } from "vitest";
import { createReadCache } from "./read-cache.js";

// The sharing, background reads and invalidation are tested through their users
// (src/domains/gateway/key-cache.test.ts); here, what the callers configure.
describe("read cache", () => {
  const opts = { ttlMs: 60_000, maxEntries: 2, onRefreshError: () => {} };

  it("keeps at most maxEntries, the oldest leaving first, and does not cache null", async () => {
    const cache = createReadCache<string>(opts);
    const read = vi.fn(async () => "v");
    await cache.get("a", read);
    await cache.get("b", read);
    await cache.get("c", read);
    expect(read).toHaveBeenCalledTimes(3);
    await cache.get("b", read);
    await cache.get("c", read);
    expect(read).toHaveBeenCalledTimes(3);
    await cache.get("a", read);
    expect(read).toHaveBeenCalledTimes(4);

    const none = vi.fn(async () => null);
    expect(await cache.get("n", none)).toBeNull();
    expect(await cache.get("n", none)).toBeNull();
    expect(none).toHaveBeenCalledTimes(2);
  });

  it("caches nothing with a zero TTL, and forgets everything on clear", async () => {
    const off = createReadCache<string>({ ...opts, ttlMs: 0 });
    const read = vi.fn(async () => "v");
    await off.get("a", read);
    await off.get("a", read);
    expect(read).toHaveBeenCalledTimes(2);

    const on = createReadCache<string>(opts);
    await on.get("a", read);
    on.clear();
    await on.get("a", read);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it("passes a failed read to the requests waiting for it, and the next request reads again", async () => {
    const cache = createReadCache<string>(opts);
    let fail = true;
    const read = vi.fn(async () => {
      if (fail) throw new Error("down");
      return "v";
    });
    const both = [cache.get("a", read), cache.get("a", read)];
    await expect(Promise.all(both)).rejects.toThrow("down");
    expect(read).toHaveBeenCalledTimes(1);
    fail = false;
    expect(await cache.get("a", read)).toBe("v");
  });
});
