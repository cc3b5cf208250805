// `ip:port` per line (IPv6 as `[addr]:port`), optionally followed by whitespace and anything
// else (country codes, comments). The source's default protocol applies to every entry.
import { mostlyMatch, normalizeHost, sampleLines, toPort, type ParsedProxy, type SourceParser } from "./types.js";

const LINE = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})(?:\s.*)?$/;

function parseLine(line: string): { ip: string; port: number } | null {
  const m = LINE.exec(line.trim());
  if (!m) return null;
  const ip = normalizeHost(m[1]);
  const port = toPort(m[2]);
  return ip && port ? { ip, port } : null;
}

export const plaintextParser: SourceParser = {
  name: "plaintext",
  description: "ip:port lines",
  optionKeys: [],
  supports: (sample) => mostlyMatch(sampleLines(sample), (l) => parseLine(l) !== null),
  parse(body, ctx) {
    const out: ParsedProxy[] = [];
    for (const line of body.split(/\r?\n/)) {
      const hit = parseLine(line);
      if (hit) out.push({ ...hit, protocol: ctx.defaultProtocol });
    }
    return out;
  },
};
