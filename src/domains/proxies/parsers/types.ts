// The parser plugin contract. A parser turns a fetched list into proxy entries; entries it
// cannot read are skipped (lists in the wild are messy), never fatal.
import net from "node:net";
import type { ProxyProtocol } from "../../../generated/prisma/client.js";

export interface ParsedProxy {
  ip: string;
  port: number;
  protocol: ProxyProtocol;
  username?: string;
  password?: string;
}

/** Source `options`: field names for CSV/JSON lists (see each parser). */
export type ParserOptions = Record<string, unknown>;

export interface ParseContext {
  defaultProtocol: ProxyProtocol;
  options: ParserOptions;
}

export interface SourceParser {
  name: string;
  description: string;
  /** Option keys this parser reads from the source's `options`. */
  optionKeys: readonly string[];
  /** Does this (possibly truncated) sample look like this parser's format? Used for auto-detection. */
  supports(sample: string, options: ParserOptions): boolean;
  parse(body: string, ctx: ParseContext): ParsedProxy[];
}

const HOSTNAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

/** A proxy host as stored: an IP literal (IPv6 without brackets) or a lower-case DNS name; null if neither. */
export function normalizeHost(raw: string): string | null {
  let h = raw.trim().toLowerCase();
  if (h.startsWith("[") && h.endsWith("]")) h = h.slice(1, -1);
  if (net.isIP(h)) return h;
  // A name whose last label is numeric would be a malformed IPv4 address ("1.2.3"), not a host.
  return HOSTNAME.test(h) && !/^\d+$/.test(h.split(".").pop()!) ? h : null;
}

export function toPort(raw: unknown): number | null {
  const s = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  if (!/^\d{1,5}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= 65535 ? n : null;
}

const PROTOCOLS: Record<string, ProxyProtocol> = {
  http: "HTTP",
  https: "HTTPS",
  socks4: "SOCKS4",
  socks4a: "SOCKS4",
  socks5: "SOCKS5",
  socks5h: "SOCKS5",
  socks: "SOCKS5",
};

/** "socks5h" -> SOCKS5; null for names that are not a supported proxy protocol. */
export function toProtocol(raw: unknown): ProxyProtocol | null {
  if (typeof raw !== "string") return null;
  return PROTOCOLS[raw.trim().toLowerCase().replace(/:\/\/$/, "")] ?? null;
}

/**
 * The lines of a sample worth judging: no blanks or `#` comments, and without the last line
 * when the sample does not end in a newline (it may be cut mid-line). At most `max` lines.
 */
export function sampleLines(sample: string, max = 50): string[] {
  const lines = sample.split(/\r?\n/);
  if (lines.length > 1 && !/\n$/.test(sample)) lines.pop();
  return lines
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith("#") && !l.startsWith("//"))
    .slice(0, max);
}

/** Most judged lines match (lists often carry a title line or two). */
export function mostlyMatch(lines: string[], test: (line: string) => boolean): boolean {
  if (lines.length === 0) return false;
  const hits = lines.filter(test).length;
  return hits > 0 && hits / lines.length >= 0.8;
}

/** Option value as a non-empty string, else undefined. */
export function stringOption(options: ParserOptions, key: string): string | undefined {
  const v = options[key];
  return typeof v === "string" && v.trim() ? v.trim() : undefined;
}
