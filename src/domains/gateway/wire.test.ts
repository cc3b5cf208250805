import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { promptHash } from "./wire.js";

/** The definition promptHash keeps (its first form): normalised copies, then JSON.stringify. */
function reference(model: string, parts: unknown[]): string {
  const norm = (v: unknown): unknown =>
    typeof v === "string"
      ? v.replace(/\s+/g, " ").trim()
      : Array.isArray(v)
        ? v.map(norm)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]))
          : v;
  return createHash("sha256").update(JSON.stringify([model, norm(parts)])).digest("hex");
}

describe("promptHash", () => {
  // Bodies as JSON.parse gives them, with every kind of whitespace the normalising touches.
  const bodies = [
    `[[{"role":"user","content":"Say five words."}],null]`,
    `[[{"role":"system","content":"  leading and trailing  "},{"role":"user","content":"a\\tb\\n\\nc  d"}],null]`,
    `[[{"role":"user","content":"no\\u00a0break\\u2003em\\ufeffbom\\u2028line"}],[{"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{}}}}]]`,
    `[null,[{"role":"user","content":[{"type":"text","text":" x "},{"type":"image_url","image_url":{"url":"data:,"}}]}],null]`,
    `[[{"role":"user","content":"","n":1.5e300,"b":true,"f":false,"z":null,"e":[],"o":{},"__proto__":{"x":" y "},"k\\u0000":"\\u0000 \\""}]]`,
    `["one string", "two  spaces", " ", "", ["nested", [" deep "]]]`,
  ];

  it("hashes exactly what the normalised JSON.stringify hashed", () => {
    for (const text of bodies) {
      const parts = JSON.parse(text) as unknown[];
      expect(promptHash("gpt-4o-mini", parts), text).toBe(reference("gpt-4o-mini", parts));
    }
    // Values JSON.parse never gives but callers may pass: undefined in arrays and objects.
    const odd = [undefined, { a: undefined, b: "x" }, [undefined]];
    expect(promptHash("m", odd)).toBe(reference("m", odd));
  });

  it("matches prompts that differ only in whitespace, and tells the model and the words apart", () => {
    const a = promptHash("gpt-4o-mini", [[{ role: "user", content: "Say  five\nwords. " }], null]);
    expect(promptHash("gpt-4o-mini", [[{ role: "user", content: "Say five words." }], null])).toBe(a);
    expect(promptHash("gpt-4o", [[{ role: "user", content: "Say five words." }], null])).not.toBe(a);
    expect(promptHash("gpt-4o-mini", [[{ role: "user", content: "Say six words." }], null])).not.toBe(a);
  });
});
