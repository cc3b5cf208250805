import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateKey, hashKey, keyPrefix, looksLikeApiKey } from "./keys.js";

describe("API keys", () => {
  it("generates pp_ keys of 48 random characters (seed 002)", () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateKey("PP")));
    expect(keys.size).toBe(200);
    for (const k of keys) expect(k).toMatch(/^pp_[a-z0-9]{48}$/);
  });

  it("generates probeops. keys of 48 random characters (seed 003)", () => {
    const k = generateKey("PROBEOPS");
    expect(k).toMatch(/^probeops\.[a-z0-9]{48}$/);
    expect(generateKey("PROBEOPS")).not.toBe(k);
  });

  it("uses the whole alphabet (no biased or stuck characters)", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) for (const ch of generateKey("PP").slice(3)) seen.add(ch);
    expect(seen.size).toBe(36);
  });

  it("hashes with SHA-256 hex", () => {
    const k = generateKey("PP");
    expect(hashKey(k)).toBe(createHash("sha256").update(k).digest("hex"));
    expect(hashKey(k)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashKey(k)).not.toBe(hashKey(generateKey("PP")));
  });

  it("shows only the scheme prefix and five characters", () => {
    const pp = generateKey("PP");
    expect(keyPrefix(pp)).toBe(pp.slice(0, 8));
    const po = generateKey("PROBEOPS");
    expect(keyPrefix(po)).toBe(po.slice(0, 14));
    expect(keyPrefix(po).startsWith("probeops.")).toBe(true);
  });

  it("tells API keys from JWTs", () => {
    expect(looksLikeApiKey(generateKey("PP"))).toBe(true);
    expect(looksLikeApiKey(generateKey("PROBEOPS"))).toBe(true);
    expect(looksLikeApiKey("vk_abc")).toBe(true);
    expect(looksLikeApiKey("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig")).toBe(false);
    expect(looksLikeApiKey("")).toBe(false);
  });
});
