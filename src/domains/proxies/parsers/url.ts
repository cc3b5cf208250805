// `proto://user:pass@host:port` per line. The scheme names the protocol (http, https,
// socks4, socks5; socks4a/socks5h count as socks4/socks5); credentials are optional.
import { mostlyMatch, normalizeHost, sampleLines, toPort, toProtocol, type ParsedProxy, type SourceParser } from "./types.js";

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const DEFAULT_PORTS: Record<string, number> = { HTTP: 80, HTTPS: 443, SOCKS4: 1080, SOCKS5: 1080 };

function parseLine(line: string): ParsedProxy | null {
  const text = line.trim().split(/\s/)[0];
  const scheme = SCHEME.exec(text);
  const protocol = scheme ? toProtocol(scheme[1]) : null;
  if (!protocol) return null;
  let url: URL;
  try {
    // WHATWG URL handles userinfo escaping and IPv6 brackets; swap the scheme for a special
    // one so the host is parsed as a host and the port is not dropped for socks schemes.
    url = new URL(`http://${text.slice(scheme![0].length)}`);
  } catch {
    return null;
  }
  if (url.pathname !== "/" && url.pathname !== "") return null;
  const ip = normalizeHost(url.hostname);
  const port = url.port ? toPort(url.port) : /:80\/?$/.test(text) ? 80 : DEFAULT_PORTS[protocol];
  if (!ip || !port) return null;
  const entry: ParsedProxy = { ip, port, protocol };
  if (url.username) entry.username = decodeURIComponent(url.username);
  if (url.password) entry.password = decodeURIComponent(url.password);
  return entry;
}

export const urlParser: SourceParser = {
  name: "url",
  description: "proto://user:pass@host:port lines",
  optionKeys: [],
  supports: (sample) => mostlyMatch(sampleLines(sample), (l) => parseLine(l) !== null),
  parse(body) {
    const out: ParsedProxy[] = [];
    for (const line of body.split(/\r?\n/)) {
      const hit = parseLine(line);
      if (hit) out.push(hit);
    }
    return out;
  },
};
