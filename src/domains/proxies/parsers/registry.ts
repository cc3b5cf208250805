// The parser registry. Order matters only for auto-detection (first `supports()` wins); each
// parser's test is strict enough that the formats do not overlap: `ip:port` lines never
// start with a scheme, URL lines do, a CSV header has a separator and an address column,
// and JSON starts with a bracket.
import { ValidationError } from "../../../errors.js";
import { csvParser } from "./csv.js";
import { jsonParser } from "./json.js";
import { plaintextParser } from "./plaintext.js";
import type { ParserOptions, SourceParser } from "./types.js";
import { urlParser } from "./url.js";

export const PARSERS: readonly SourceParser[] = [plaintextParser, urlParser, csvParser, jsonParser];

export function findParser(name: string): SourceParser | undefined {
  return PARSERS.find((p) => p.name === name);
}

export function requireParser(name: string): SourceParser {
  const parser = findParser(name);
  if (!parser) {
    throw new ValidationError(`Unknown parser "${name}"; registered: ${PARSERS.map((p) => p.name).join(", ")}`, [
      { field: "parserName", message: "not a registered parser" },
    ]);
  }
  return parser;
}

/** The first parser in registry order that accepts the sample, or undefined. */
export function detectParser(sample: string, options: ParserOptions = {}): SourceParser | undefined {
  return PARSERS.find((p) => p.supports(sample, options));
}
