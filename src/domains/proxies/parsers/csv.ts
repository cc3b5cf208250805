// CSV with a header row (comma, semicolon or tab separated), read with csv-parse. Columns are
// found by header name: see fields.ts for the options and the names tried by default.
import { parse } from "csv-parse/sync";
import { FIELD_OPTIONS, hasAddressFields, keyMap, recordToProxy } from "./fields.js";
import { sampleLines, stringOption, type ParsedProxy, type ParserOptions, type SourceParser } from "./types.js";

const DELIMITERS = [",", ";", "\t"];

function delimiterOf(headerLine: string, options: ParserOptions): string | undefined {
  const configured = stringOption(options, "delimiter");
  if (configured) return configured === "\\t" ? "\t" : configured;
  // The separator the header uses most; a header needs at least two columns.
  const counts = DELIMITERS.map((d) => ({ d, n: headerLine.split(d).length - 1 })).sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : undefined;
}

function header(line: string, delimiter: string): string[] | null {
  try {
    const [row] = parse(line, { delimiter, trim: true, relax_quotes: true }) as string[][];
    return row ?? null;
  } catch {
    return null;
  }
}

export const csvParser: SourceParser = {
  name: "csv",
  description: "CSV with a header row (options: ipField, portField, protocolField, usernameField, passwordField, delimiter)",
  optionKeys: [...FIELD_OPTIONS, "delimiter"],
  supports(sample, options) {
    const first = sampleLines(sample, 1)[0];
    if (!first) return false;
    const delimiter = delimiterOf(first, options);
    const cols = delimiter ? header(first, delimiter) : null;
    return cols !== null && cols.length >= 2 && hasAddressFields(cols, options);
  },
  parse(body, ctx) {
    const text = body.replace(/^\uFEFF/, "");
    const first = sampleLines(text.slice(0, 4096) + "\n", 1)[0];
    const delimiter = first ? delimiterOf(first, ctx.options) : undefined;
    if (!first || !delimiter) return [];
    const rows = parse(text, {
      delimiter,
      columns: (cols: string[]) => cols.map((c) => c.trim()),
      skip_empty_lines: true,
      comment: "#",
      trim: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
    }) as Record<string, string>[];
    const keys = keyMap(rows.length ? Object.keys(rows[0]) : (header(first, delimiter) ?? []), ctx.options);
    const out: ParsedProxy[] = [];
    for (const row of rows) {
      const p = recordToProxy(row, keys, ctx);
      if (p) out.push(p);
    }
    return out;
  },
};
