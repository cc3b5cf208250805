import { describe, expect, it, vi } from "vitest";
import pino from "pino";
import { createResponseCache, requestHash } from "./response-cache.js";

const answer = (body: string) => ({ status: 200, headers: [["content-type", "application/json"]] as [string, string][], body, usage: { input: 1, output: 1, cached: 0, reasoning: 0 } });
const log = pino({ level: "silent" });

describe("requestHash", () => {
  it("ignores the order of object keys, not the order of list items or any value", () => {
    expect(requestHash({ a: 1, b: [1, 2], c: { x: "y", z: null } })).toBe(requestHash({ c: { z: null, x: "y" }, b: [1, 2], a: 1 }));
    expect(requestHash({ b: [1, 2] })).not.toBe(requestHash({ b: [2, 1] }));
    expect(requestHash({ s: "a  b" })).not.toBe(requestHash({ s: "a b" }));
    expect(requestHash({ n: 1 })).not.toBe(requestHash({ n: "1" }));
  });
});

describe("in-process store", () => {
  it("is bounded in bytes: the least recently used entries leave first", async () => {
    // 90 KB in all, an entry is 2 * 4000 + 256 bytes: ten fit.
    const cache = createResponseCache({ maxBytes: 90_000, log });
    const names = "abcdefghij".split("");
    for (const h of names) cache.put("k", h, answer(h.repeat(4000)), 60);
    expect(await cache.get("k", "a")).not.toBeNull(); // a is now the most recent
    cache.put("k", "k", answer("k".repeat(4000)), 60);
    expect(await cache.get("k", "b")).toBeNull();
    for (const h of [...names.filter((n) => n !== "b"), "k"]) expect((await cache.get("k", h))?.body).toBe(h.repeat(4000));
  });

  it("forgets entries after their TTL and keeps keys apart", async () => {
    vi.useFakeTimers();
    try {
      const cache = createResponseCache({ maxBytes: 1_000_000, log });
      cache.put("k1", "h", answer("x"), 2);
      expect(await cache.get("k2", "h")).toBeNull();
      vi.advanceTimersByTime(1_900);
      expect((await cache.get("k1", "h"))?.body).toBe("x");
      vi.advanceTimersByTime(200);
      expect(await cache.get("k1", "h")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not keep an answer larger than an eighth of the store", async () => {
    const cache = createResponseCache({ maxBytes: 80_000, log });
    cache.put("k", "big", answer("x".repeat(6_000)), 60);
    expect(await cache.get("k", "big")).toBeNull();
  });
});
