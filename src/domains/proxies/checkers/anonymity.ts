// Anonymity from what the judge saw (architecture.md, "Proxy pool"):
//   TRANSPARENT  the judge saw one of our real addresses, or a forwarding header names an
//                address other than the exit IP (the proxy passes the client's address on);
//   ANONYMOUS    no leak, but the proxy announces itself (Via, Proxy-Connection, X-Proxy-*,
//                forwarding headers that only name the exit IP, ...);
//   ELITE        neither.
import { isIP } from "node:net";
import type { Anonymity } from "../../../generated/prisma/client.js";

/** Headers that carry a client address along a proxy chain. */
export const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "forwarded",
  "forwarded-for",
  "x-forwarded",
  "x-real-ip",
  "client-ip",
  "x-client-ip",
  "x-originating-ip",
  "x-remote-ip",
  "x-remote-addr",
  "true-client-ip",
  "cf-connecting-ip",
  "x-cluster-client-ip",
  "fastly-client-ip",
  "x-proxyuser-ip",
  "x-coming-from",
] as const;

/** Headers by which a proxy announces itself without naming the client. */
export const PROXY_HEADERS = ["via", "proxy-connection", "proxy-agent", "x-bluecoat-via", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-server"] as const;

export interface Classification {
  anonymity: Anonymity;
  exitIp: string;
  /** Why: the header or address that decided it. */
  reason: string;
}

/** "::ffff:1.2.3.4" -> "1.2.3.4", lower-case IPv6; null when not an address. */
export function normalizeIp(value: string): string | null {
  let v = value.trim().replace(/^"|"$/g, "");
  if (v.startsWith("[")) v = v.slice(1, v.indexOf("]") > 0 ? v.indexOf("]") : undefined);
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  v = v.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
  return isIP(v) ? v : null;
}

/** Every IP address named in a header value ("for=1.2.3.4;proto=http, 5.6.7.8:80", ...). */
export function addressesIn(value: string): string[] {
  return value
    .split(/[,;\s]+/)
    .map((token) => token.replace(/^for=/i, ""))
    .map(normalizeIp)
    .filter((ip): ip is string => ip !== null);
}

export function classify(seenIp: string, headers: Record<string, string>, realIps: ReadonlySet<string>): Classification {
  const exitIp = normalizeIp(seenIp) ?? seenIp;
  const real = new Set([...realIps].map((ip) => normalizeIp(ip) ?? ip));
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
  if (real.has(exitIp)) return { anonymity: "TRANSPARENT", exitIp, reason: `judge saw our own address ${exitIp}` };
  for (const name of FORWARDING_HEADERS) {
    const value = lower[name];
    if (value === undefined) continue;
    const leaked = addressesIn(value).find((ip) => ip !== exitIp);
    if (leaked) return { anonymity: "TRANSPARENT", exitIp, reason: `${name} names ${leaked}` };
  }
  // Any other header carrying one of our addresses leaks just the same; Host is the judge's
  // own address, which is ours when the judge is this node.
  for (const [name, value] of Object.entries(lower)) {
    if (name === "host") continue;
    const leaked = addressesIn(value).find((ip) => real.has(ip));
    if (leaked) return { anonymity: "TRANSPARENT", exitIp, reason: `${name} names ${leaked}` };
  }
  const announcing = Object.keys(lower).find(
    (name) => (PROXY_HEADERS as readonly string[]).includes(name) || (FORWARDING_HEADERS as readonly string[]).includes(name) || name.startsWith("x-proxy"),
  );
  if (announcing) return { anonymity: "ANONYMOUS", exitIp, reason: `proxy header ${announcing}` };
  return { anonymity: "ELITE", exitIp, reason: "no forwarding or proxy headers" };
}
