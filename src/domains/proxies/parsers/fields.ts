// Field lookup shared by the record-based parsers (CSV rows, JSON objects). Options name the
// fields (`ipField`, `portField`, `protocolField`, `usernameField`, `passwordField`); without
// them the usual names are tried, case-insensitively.
import { normalizeHost, stringOption, toPort, toProtocol, type ParseContext, type ParsedProxy, type ParserOptions } from "./types.js";

export const FIELD_OPTIONS = ["ipField", "portField", "protocolField", "usernameField", "passwordField"] as const;
type FieldOption = (typeof FIELD_OPTIONS)[number];

const CANDIDATES: Record<FieldOption, string[]> = {
  ipField: ["ip", "host", "address", "ip_address", "ipaddress", "proxy_ip", "proxy", "server"],
  portField: ["port", "proxy_port"],
  protocolField: ["protocol", "type", "proto", "scheme", "protocols"],
  usernameField: ["username", "user", "login"],
  passwordField: ["password", "pass"],
};

/** The actual key in `keys` for a field: the configured name, else the first usual name present. */
export function findKey(keys: string[], options: ParserOptions, field: FieldOption): string | undefined {
  const configured = stringOption(options, field);
  const wanted = configured ? [configured] : CANDIDATES[field];
  for (const w of wanted) {
    const exact = keys.find((k) => k === w);
    if (exact !== undefined) return exact;
    const loose = keys.find((k) => k.trim().toLowerCase() === w.toLowerCase());
    if (loose !== undefined) return loose;
  }
  return undefined;
}

/** Can records with these keys be read: an ip field, and a port field unless ip holds `host:port`? */
export function hasAddressFields(keys: string[], options: ParserOptions): boolean {
  return findKey(keys, options, "ipField") !== undefined;
}

export interface KeyMap {
  ip?: string;
  port?: string;
  protocol?: string;
  username?: string;
  password?: string;
}

export function keyMap(keys: string[], options: ParserOptions): KeyMap {
  return {
    ip: findKey(keys, options, "ipField"),
    port: findKey(keys, options, "portField"),
    protocol: findKey(keys, options, "protocolField"),
    username: findKey(keys, options, "usernameField"),
    password: findKey(keys, options, "passwordField"),
  };
}

function text(v: unknown): string | undefined {
  if (typeof v === "string" && v.trim()) return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

/** One record -> entry, or null when it has no usable address or names an unknown protocol. */
export function recordToProxy(rec: Record<string, unknown>, keys: KeyMap, ctx: ParseContext): ParsedProxy | null {
  let host = keys.ip ? text(rec[keys.ip]) : undefined;
  let portRaw: unknown = keys.port ? rec[keys.port] : undefined;
  if (!host) return null;
  // "1.2.3.4:8080" in the ip field with no port field of its own.
  const joined = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(host);
  if (joined && (portRaw === undefined || portRaw === null || portRaw === "")) {
    host = joined[1];
    portRaw = joined[2];
  }
  const ip = normalizeHost(host);
  const port = toPort(portRaw);
  if (!ip || !port) return null;
  let protocol = ctx.defaultProtocol;
  const protoRaw = keys.protocol ? rec[keys.protocol] : undefined;
  // Some lists give an array of protocols ("protocols": ["socks5"]); the first one counts.
  const protoValue = Array.isArray(protoRaw) ? protoRaw[0] : protoRaw;
  if (text(protoValue) !== undefined) {
    const p = toProtocol(text(protoValue));
    if (!p) return null;
    protocol = p;
  }
  const entry: ParsedProxy = { ip, port, protocol };
  const username = keys.username ? text(rec[keys.username]) : undefined;
  const password = keys.password ? text(rec[keys.password]) : undefined;
  if (username) entry.username = username;
  if (password) entry.password = password;
  return entry;
}
