import { describe, expect, it } from "vitest";
import { memo } from "./memo.js";

describe("memo", () => {
  it("computes each key once, forgets all at the bound or on clear, and keeps no throw", () => {
    const calls: string[] = [];
    const upper = memo((k) => {
      calls.push(k);
      if (k === "bad") throw new Error("bad key");
      return k === "none" ? null : k.toUpperCase();
    }, 3);
    expect([upper("a"), upper("a"), upper("none"), upper("none")]).toEqual(["A", "A", null, null]);
    expect(calls).toEqual(["a", "none"]);
    expect(() => upper("bad")).toThrow("bad key");
    expect(() => upper("bad")).toThrow("bad key");
    upper("b"); // the third key: the memo is full
    upper("c"); // beyond the bound: everything before is forgotten
    upper("a");
    expect(calls).toEqual(["a", "none", "bad", "bad", "b", "c", "a"]);
    upper.clear();
    upper("c");
    expect(calls.at(-1)).toBe("c");
    expect(calls).toHaveLength(8);
  });
});
