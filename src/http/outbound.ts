/**
 * Outbound guard: the single gate for every outbound connection the server makes
 * (proxy checks, URL tests, probes, gateway upstreams, webhooks).
 *
 * Why: these targets are user-supplied, so without a gate the server can be pointed at
 * its own loopback services, the private network or the cloud metadata endpoint (SSRF).
 * Addresses are checked after DNS resolution, at connect time (so the checked address
 * is the one connected to), and again on every redirect hop. `OUTBOUND_ALLOW`
 * (comma-separated CIDRs, IPs or host names) re-opens specific targets, e.g. the
 * loopback peers used by tests.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import net from "node:net";
import { z } from "zod";
import type { LiveSection } from "../live-settings.js";
import { memo } from "../memo.js";
import ipaddr from "ipaddr.js";
import { Agent, fetch as undiciFetch, Headers, type Dispatcher, type RequestInit, type Response } from "undici";

/** Every range refused unless allow-listed. One list on purpose: this is the policy, read it here. */
export const BLOCKED_RANGES: readonly { cidr: string; reason: string }[] = [
  // IPv4
  { cidr: "0.0.0.0/8", reason: "unspecified" }, // 0.0.0.0 reaches localhost on Linux
  { cidr: "10.0.0.0/8", reason: "private" },
  { cidr: "100.64.0.0/10", reason: "carrier-grade NAT" },
  { cidr: "127.0.0.0/8", reason: "loopback" },
  { cidr: "169.254.0.0/16", reason: "link-local / cloud metadata" }, // 169.254.169.254
  { cidr: "172.16.0.0/12", reason: "private" },
  { cidr: "192.0.0.0/24", reason: "reserved (IETF protocol assignments)" },
  { cidr: "192.0.2.0/24", reason: "reserved (documentation)" },
  { cidr: "192.168.0.0/16", reason: "private" },
  { cidr: "198.18.0.0/15", reason: "reserved (benchmarking)" },
  { cidr: "198.51.100.0/24", reason: "reserved (documentation)" },
  { cidr: "203.0.113.0/24", reason: "reserved (documentation)" },
  { cidr: "224.0.0.0/4", reason: "multicast" },
  { cidr: "240.0.0.0/4", reason: "reserved" },
  { cidr: "255.255.255.255/32", reason: "broadcast" },
  // IPv6. Prefixes that embed an IPv4 address are refused whole: the embedded address is
  // reached through the kernel or a translator/relay, and a public host has no need of them.
  // An IPv4-mapped address is also allowed by an OUTBOUND_ALLOW entry for its IPv4 address.
  { cidr: "::/128", reason: "unspecified" },
  { cidr: "::1/128", reason: "loopback" },
  { cidr: "::/96", reason: "IPv4-compatible (deprecated)" }, // ::127.0.0.1 style, no legitimate use
  { cidr: "::ffff:0:0/96", reason: "IPv4-mapped" },
  { cidr: "64:ff9b::/96", reason: "NAT64" }, // the translator reaches any embedded IPv4, private ones included
  { cidr: "64:ff9b:1::/48", reason: "local-use NAT64" },
  { cidr: "2001::/32", reason: "Teredo" }, // embeds the relay's and the client's IPv4
  { cidr: "2002::/16", reason: "6to4" }, // 2002:AABB:CCDD:: is IPv4 AA.BB.CC.DD
  { cidr: "100::/64", reason: "discard" },
  { cidr: "2001:db8::/32", reason: "reserved (documentation)" },
  { cidr: "fc00::/7", reason: "unique local / cloud metadata" }, // fd00:ec2::254
  { cidr: "fe80::/10", reason: "link-local" },
  { cidr: "fec0::/10", reason: "site-local (deprecated)" },
  { cidr: "ff00::/8", reason: "multicast" },
];

/** Host names that only ever mean the cloud metadata service. */
export const BLOCKED_HOSTNAMES: readonly string[] = ["metadata.google.internal", "metadata"];

/**
 * A refused destination. The message reaches users (URL tests, proxy checks, notifier
 * errors), so it names the host they gave and never the address a name resolved to:
 * that would map the internal network for them. `address` keeps it for logs and tests.
 */
export class OutboundBlockedError extends Error {
  readonly code = "OUTBOUND_BLOCKED";
  constructor(
    readonly host: string,
    readonly address: string | null,
    reason: string,
    /** Whether adding the destination to OUTBOUND_ALLOW would let it through. */
    allowable = true,
  ) {
    super(
      `destination ${host} is not allowed (${reason})` +
        (allowable ? "; an administrator can permit it by adding it to OUTBOUND_ALLOW" : ""),
    );
    this.name = "OutboundBlockedError";
  }
}

export interface OutboundGuardOptions {
  /** CIDRs ("127.0.0.0/8", "::1/128"), single IPs ("127.0.0.1"), or host names ("localhost", "*.internal.example"). */
  allow: string[];
  /** DNS resolver override (tests). Defaults to node:dns/promises lookup with all:true. */
  dnsLookup?: (host: string) => Promise<{ address: string; family: number }[]>;
}

export type GuardedFetchInit = RequestInit & { maxRedirects?: number; dispatcher?: unknown };

export interface GuardedRequestInit {
  method: Dispatcher.HttpMethod;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** undici's: an AbortSignal, or an EventEmitter with `aborted` and `reason` that emits "abort". */
  signal?: Dispatcher.RequestOptions["signal"];
}

export interface OutboundGuard {
  /** Is this literal IP address permitted? (public => true; blocked ranges => only if allow-listed; non-IP => false) */
  isAddressAllowed(address: string): boolean;
  /** Resolve host and return its addresses; throws OutboundBlockedError if any address is refused (refuse the whole host: DNS rebinding defence) or none resolve. Allow-listed host names pass whatever they resolve to. */
  resolve(host: string): Promise<{ address: string; family: 4 | 6 }[]>;
  /** `lookup` for net.connect / tls.connect / undici connect options: same checks at connect time. */
  lookup: (hostname: string, options: any, callback: (...args: any[]) => void) => void;
  /** undici fetch with the guarded lookup; redirects followed manually (default max 5), each hop re-checked. */
  fetch(url: string | URL, init?: GuardedFetchInit): Promise<Response>;
  /**
   * One request with undici's `request` (no WHATWG fetch layer: a fraction of fetch's CPU per
   * call, for hot paths such as the LLM gateway). No redirects are followed. Literal IPs are
   * checked first; host names are checked by the guarded lookup when a connection opens.
   */
  request(url: string | URL, init: GuardedRequestInit): Promise<Dispatcher.ResponseData>;
  /** TCP socket to host:port after the check. Resolves once connected. */
  connect(host: string, port: number, opts?: { timeoutMs?: number; localAddress?: string }): Promise<net.Socket>;
  /** The allow list in force (normalised entries). */
  allowList(): string[];
  /**
   * Replaces the allow list (live configuration): validated first, so a bad list throws and
   * changes nothing. Checks made after it returns use the new list.
   */
  setAllow(list: string[]): void;
  /** Close the guard's undici Agent (its pooled connections). */
  close(): Promise<void>;
}

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

const BLOCKED: { range: Cidr; reason: string }[] = BLOCKED_RANGES.map((r) => ({
  range: ipaddr.parseCIDR(r.cidr),
  reason: r.reason,
}));

// RFC 1123 labels; the last label may not be all digits (that would be an IPv4 form like "10" or "1.2.3.4").
// Underscores are tolerated: they occur in real internal names.
const HOSTNAME_RE = /^(\*\.)?(?!-)[a-z0-9_-]{1,63}(?<!-)(\.(?!-)[a-z0-9_-]{1,63}(?<!-))*$/;

/** "[::1]" -> "::1", "Example.COM." -> "example.com" */
function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith("[") && h.endsWith("]")) h = h.slice(1, -1);
  if (h.endsWith(".")) h = h.slice(0, -1);
  return h;
}

/**
 * Parse a strict IP literal (net.isIP, so no "0x7f.1"-style forms). Returns the address as
 * written (`raw`) and, for IPv4-mapped IPv6, the embedded IPv4 (`addr`) that is really reached.
 */
function parseIp(address: string): { addr: ipaddr.IPv4 | ipaddr.IPv6; raw: ipaddr.IPv4 | ipaddr.IPv6 } | null {
  let a = normalizeHost(address);
  const kind = net.isIP(a);
  if (kind === 0) return null;
  if (kind === 6) {
    // Canonicalise through the WHATWG URL parser: ipaddr.js reads "::127.0.0.1" as IPv4-mapped,
    // while the kernel treats it as IPv4-compatible ::7f00:1. The zone ("%eth0") does not affect the range.
    a = new URL(`http://[${a.replace(/%.*$/, "")}]/`).hostname.slice(1, -1);
  }
  const raw = ipaddr.parse(a);
  const mapped = raw instanceof ipaddr.IPv6 && raw.isIPv4MappedAddress();
  return { raw, addr: mapped ? raw.toIPv4Address() : raw };
}

function parseCidrEntry(entry: string): Cidr | null {
  const [ip, bits, ...rest] = entry.split("/");
  if (rest.length > 0 || net.isIP(ip) === 0) return null;
  if (bits === undefined) return [ipaddr.parse(ip), net.isIP(ip) === 4 ? 32 : 128];
  if (!/^\d{1,3}$/.test(bits)) return null;
  try {
    return ipaddr.parseCIDR(entry);
  } catch {
    return null; // prefix length out of range
  }
}

function isValidHostPattern(entry: string): boolean {
  return entry.length <= 253 && HOSTNAME_RE.test(entry) && !/^\d+$/.test(entry.split(".").pop()!);
}

export function parseAllowList(raw: string | undefined): string[] {
  if (!raw) return [];
  const entries = raw
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  return entries.map((entry) => {
    if (parseCidrEntry(entry)) return entry;
    const host = normalizeHost(entry);
    if (isValidHostPattern(host)) return host;
    throw new Error(
      `OUTBOUND_ALLOW: invalid entry "${entry}" (expected a CIDR like 127.0.0.0/8, an IP, or a host name like localhost or *.internal.example)`,
    );
  });
}

function matches(addr: ipaddr.IPv4 | ipaddr.IPv6, range: Cidr): boolean {
  return addr.kind() === range[0].kind() && addr.match(range);
}

/** What `request` decided of a URL: where to send it, or why not (an OutboundBlockedError's arguments). */
type Target = { origin: string; path: string; refused: ConstructorParameters<typeof OutboundBlockedError> | null };
/** URLs whose decision `request` keeps; a guard's callers name few (the configured upstreams). */
const MAX_TARGETS = 256;

export function createOutboundGuard(options: OutboundGuardOptions): OutboundGuard {
  /**
   * `request`'s decision per URL: parsing the URL and the address (ipaddr.js) was about 8 µs
   * of every gateway request, always for the same upstream. It depends only on the URL and the
   * allow list, so the list's every change clears it; host names are still checked at connect.
   */
  const targetOf = memo(decide, MAX_TARGETS);
  let allowedRanges: Cidr[] = [];
  let allowedHosts: string[] = [];
  let allowList: string[] = [];
  function setAllow(list: string[]) {
    // Validate even when given pre-parsed entries, so a bad allow list fails at startup (or
    // fails a live update) before anything changes.
    const entries = parseAllowList(list.join(","));
    const ranges: Cidr[] = [];
    const hosts: string[] = [];
    for (const e of entries) {
      const cidr = parseCidrEntry(e);
      if (cidr) ranges.push(cidr);
      else hosts.push(e);
    }
    [allowedRanges, allowedHosts, allowList] = [ranges, hosts, entries];
    targetOf.clear();
  }
  setAllow(options.allow);
  const resolveDns =
    options.dnsLookup ?? ((host: string) => dnsLookup(host, { all: true, verbatim: true }));

  function isHostAllowListed(host: string): boolean {
    return allowedHosts.some((p) => (p.startsWith("*.") ? host.endsWith(p.slice(1)) : host === p));
  }

  /** null if permitted, otherwise the reason it is refused. */
  function refusal(address: string): string | null {
    const ip = parseIp(address);
    if (!ip) return "not an IP address";
    const { addr, raw } = ip;
    // An allow entry may name either form (127.0.0.0/8 or ::ffff:0:0/96); the block list sees the real target.
    if (allowedRanges.some((r) => matches(addr, r) || matches(raw, r))) return null;
    const hit = BLOCKED.find((b) => matches(addr, b.range) || matches(raw, b.range));
    return hit ? `${hit.reason} address` : null;
  }

  function isAddressAllowed(address: string): boolean {
    return refusal(address) === null;
  }

  async function resolve(host: string): Promise<{ address: string; family: 4 | 6 }[]> {
    const h = normalizeHost(host);
    const literal = net.isIP(h);
    if (literal !== 0) {
      const why = refusal(h);
      if (why) throw new OutboundBlockedError(host, h, why);
      return [{ address: h, family: literal as 4 | 6 }];
    }
    const byName = isHostAllowListed(h);
    if (!byName && BLOCKED_HOSTNAMES.includes(h)) {
      throw new OutboundBlockedError(host, null, "cloud metadata host name");
    }
    const found = (await resolveDns(h)).map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 }) as const);
    if (found.length === 0) throw new OutboundBlockedError(host, null, "host name did not resolve", false);
    if (byName) return found;
    // Refuse the whole host if any address is blocked: a name that mixes public and private
    // answers is the DNS-rebinding pattern, and connect-time fallback could pick the private one.
    for (const r of found) {
      const why = refusal(r.address);
      if (why) throw new OutboundBlockedError(host, r.address, "it resolves to a non-public address");
    }
    return found;
  }

  // Node's net/tls call this only for host names (IP literals skip lookup), so literal
  // hosts are checked before connecting in fetch() and connect().
  const lookup: OutboundGuard["lookup"] = (hostname, opts, callback) => {
    const o = typeof opts === "number" ? { family: opts } : (opts ?? {});
    const family = o.family === "IPv4" ? 4 : o.family === "IPv6" ? 6 : Number(o.family) || 0;
    resolve(hostname).then(
      (all) => {
        const list = family ? all.filter((a) => a.family === family) : all;
        if (list.length === 0) {
          const err = Object.assign(new Error(`no IPv${family} address for ${hostname}`), { code: "ENOTFOUND" });
          return callback(err);
        }
        if (o.all) callback(null, list);
        else callback(null, list[0].address, list[0].family);
      },
      (err) => callback(err),
    );
  };

  const agent = new Agent({ connect: { lookup } });

  async function fetch(url: string | URL, init: GuardedFetchInit = {}): Promise<Response> {
    const { maxRedirects = 5, dispatcher, ...rest } = init;
    let current = new URL(url);
    let method = (rest.method ?? "GET").toUpperCase();
    let body = rest.body;
    const headers = new Headers(rest.headers);

    for (let hop = 0; ; hop++) {
      if (current.protocol !== "http:" && current.protocol !== "https:") {
        throw new OutboundBlockedError(`${current.protocol}//${current.host}`, null, `unsupported URL scheme "${current.protocol}", only http and https`, false);
      }
      // Pre-flight check: literal IPs never reach `lookup`, and this gives a plain
      // OutboundBlockedError (undici would wrap a connect-time one in "fetch failed").
      await resolve(current.hostname);

      let res: Response;
      try {
        res = await undiciFetch(current, {
          ...rest,
          method,
          body,
          headers,
          redirect: "manual",
          dispatcher: (dispatcher ?? agent) as Agent,
        });
      } catch (err) {
        if ((err as Error)?.cause instanceof OutboundBlockedError) throw (err as Error).cause;
        throw err;
      }

      const location = res.headers.get("location");
      if (![301, 302, 303, 307, 308].includes(res.status) || location === null) return res;
      if (rest.redirect === "manual") return res; // caller handles redirects itself
      if (rest.redirect === "error") {
        await res.body?.cancel();
        throw new Error(`outbound request to ${current.href}: redirected (${res.status}) with redirect: "error"`);
      }
      if (hop >= maxRedirects) {
        await res.body?.cancel();
        throw new Error(`outbound request to ${new URL(url).href}: too many redirects (max ${maxRedirects})`);
      }
      await res.body?.cancel(); // release the connection before the next hop

      const next = new URL(location, current);
      // Fetch-spec method rewriting: 303 (and 301/302 after POST) become a body-less GET.
      if (res.status === 303 ? method !== "HEAD" : (res.status === 301 || res.status === 302) && method === "POST") {
        method = "GET";
        body = undefined;
        for (const h of ["content-type", "content-length", "content-encoding", "content-language", "content-location"]) {
          headers.delete(h);
        }
      } else if (body != null && !isReplayableBody(body)) {
        throw new Error(`cannot follow ${res.status} redirect from ${current.href}: request body is a stream`);
      }
      // Don't hand credentials meant for one origin to another (e.g. webhook secrets).
      if (next.origin !== current.origin) {
        for (const h of ["authorization", "proxy-authorization", "cookie"]) headers.delete(h);
      }
      current = next;
    }
  }

  function decide(url: string): Target {
    const u = new URL(url);
    let refused: Target["refused"] = null;
    if (u.protocol !== "http:" && u.protocol !== "https:") {
      refused = [`${u.protocol}//${u.host}`, null, `unsupported URL scheme "${u.protocol}", only http and https`, false];
    } else {
      const h = normalizeHost(u.hostname);
      // Literal addresses never reach `lookup`; names are checked there, at connect time.
      if (net.isIP(h) !== 0) {
        const why = refusal(h);
        if (why) refused = [u.hostname, h, why];
      } else if (!isHostAllowListed(h) && BLOCKED_HOSTNAMES.includes(h)) {
        refused = [u.hostname, null, "cloud metadata host name"];
      }
    }
    return { origin: u.origin, path: u.pathname + u.search, refused };
  }

  async function request(url: string | URL, init: GuardedRequestInit): Promise<Dispatcher.ResponseData> {
    const t = targetOf(String(url));
    if (t.refused) throw new OutboundBlockedError(...t.refused);
    try {
      return await agent.request({ origin: t.origin, path: t.path, method: init.method, headers: init.headers, body: init.body, signal: init.signal });
    } catch (err) {
      if ((err as Error)?.cause instanceof OutboundBlockedError) throw (err as Error).cause;
      throw err;
    }
  }

  function connect(
    host: string,
    port: number,
    opts: { timeoutMs?: number; localAddress?: string } = {},
  ): Promise<net.Socket> {
    return new Promise((resolvePromise, reject) => {
      const h = normalizeHost(host);
      if (net.isIP(h) !== 0 && !isAddressAllowed(h)) {
        return reject(new OutboundBlockedError(host, h, refusal(h)!));
      }
      // Host names go through `lookup`, so the address checked is the address connected to.
      const socket = net.connect({ host: h, port, localAddress: opts.localAddress, lookup });
      let timer: NodeJS.Timeout | undefined;
      if (opts.timeoutMs !== undefined) {
        timer = setTimeout(() => {
          const err = Object.assign(new Error(`connect to ${host}:${port} timed out after ${opts.timeoutMs} ms`), {
            code: "ETIMEDOUT",
          });
          socket.destroy(err);
        }, opts.timeoutMs);
      }
      const onError = (err: Error) => {
        clearTimeout(timer);
        reject(err);
      };
      socket.once("error", onError);
      socket.once("connect", () => {
        clearTimeout(timer);
        socket.off("error", onError); // from here on the caller owns error handling
        resolvePromise(socket);
      });
    });
  }

  return { isAddressAllowed, resolve, lookup, fetch, request, connect, allowList: () => [...allowList], setAllow, close: () => agent.close() };
}

function isReplayableBody(body: unknown): boolean {
  return (
    typeof body === "string" ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof URLSearchParams ||
    body instanceof Blob ||
    body instanceof FormData
  );
}

/**
 * The allow list as a live setting (`outbound.allow`): an update is checked entry by entry
 * (the offending entry named by its index) and replaces the list on every node.
 */
export function outboundSection(guard: OutboundGuard, config: { outboundAllow: string[] }): LiveSection<{ allow: string[] }> {
  const entry = z.string().superRefine((e, ctx) => {
    if (e.trim() === "" || e.includes(",")) return void ctx.addIssue({ code: "custom", message: "must be one CIDR, IP or host name" });
    try {
      parseAllowList(e);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: (err as Error).message.replace(/^OUTBOUND_ALLOW: /, "") });
    }
  });
  return {
    name: "outbound",
    schema: z.object({ allow: z.array(entry).max(1_000) }).strict(),
    initial: { allow: config.outboundAllow },
    apply(value) {
      const before = guard.allowList();
      guard.setAllow(value.allow);
      return () => guard.setAllow(before);
    },
  };
}
