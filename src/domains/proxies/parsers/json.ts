// A JSON array of objects, or an object holding one under `itemsField` (e.g. `{"data": [...]}`).
// Fields are found by name: see fields.ts for the options and the names tried by default.
import { FIELD_OPTIONS, keyMap, recordToProxy } from "./fields.js";
import { stringOption, type ParsedProxy, type ParserOptions, type SourceParser } from "./types.js";

function items(doc: unknown, options: ParserOptions): unknown[] | null {
  if (Array.isArray(doc)) return doc;
  const key = stringOption(options, "itemsField");
  if (key && doc && typeof doc === "object" && Array.isArray((doc as Record<string, unknown>)[key])) {
    return (doc as Record<string, unknown[]>)[key];
  }
  return null;
}

export const jsonParser: SourceParser = {
  name: "json",
  description: "JSON array of objects (options: ipField, portField, protocolField, usernameField, passwordField, itemsField)",
  optionKeys: [...FIELD_OPTIONS, "itemsField"],
  // The sample may be cut anywhere, so judge by shape, not by JSON.parse: an array of objects,
  // or an object when the source names the array inside it.
  supports(sample, options) {
    const s = sample.replace(/^\uFEFF/, "").trimStart();
    if (/^\[\s*(\{|\]|$)/.test(s)) return true;
    return stringOption(options, "itemsField") !== undefined && s.startsWith("{");
  },
  parse(body, ctx) {
    const list = items(JSON.parse(body.replace(/^\uFEFF/, "")), ctx.options);
    if (!list) throw new Error(`expected a JSON array of objects${stringOption(ctx.options, "itemsField") ? ` under "${stringOption(ctx.options, "itemsField")}"` : ""}`);
    const out: ParsedProxy[] = [];
    for (const item of list) {
      if (!item || typeof item !== "object" || Array.isArray(item)) continue;
      const rec = item as Record<string, unknown>;
      const p = recordToProxy(rec, keyMap(Object.keys(rec), ctx.options), ctx);
      if (p) out.push(p);
    }
    return out;
  },
};
