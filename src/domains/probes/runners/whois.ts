// whois (RFC 3912) over TCP: ask the root server (WHOIS_SERVER, default IANA's), follow the
// referral it names (`refer:`, `whois:`, `Registrar WHOIS Server:`, `ReferralServer:`) to
// the registry and on to the registrar, at most MAX_HOPS servers. Every hop connects through
// the outbound guard, reads at most MAX_BYTES and has its own timeout. No npm whois client
// fitted: they either shell out to whois(1) or hard-code server lists and skip the guard.
import type { Duplex } from "node:stream";
import { abortable, stopped, type RunContext, type RunOutcome } from "./types.js";

export const MAX_HOPS = 4;
const MAX_BYTES = 256 * 1024;
const REFERRAL_KEYS = ["refer", "whois", "registrar whois server", "referralserver"];

export interface WhoisHop {
  server: string;
  text: string;
  truncated: boolean;
}

export interface WhoisParams {
  query: string;
  root: { host: string; port: number };
  /** Guarded connect to a whois server. */
  connect: (host: string, port: number, timeoutMs: number) => Promise<Duplex>;
  /** Parses a referral "host" / "host:port" / "whois://host:port" into a checked target (throws if invalid). */
  parseServer: (raw: string) => { host: string; port: number };
  hopTimeoutMs: number;
}

function ask(sock: Duplex, query: string, timeoutMs: number, signal: AbortSignal): Promise<{ text: string; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const finish = (err: Error | null, truncated = false) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      sock.destroy();
      if (err) reject(err);
      else resolve({ text: Buffer.concat(chunks).toString("utf8"), truncated });
    };
    const timer = setTimeout(() => finish(new Error(`whois server did not finish within ${timeoutMs} ms`)), timeoutMs);
    const onAbort = () => finish(stopped(signal));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    sock.on("data", (c: Buffer) => {
      const room = MAX_BYTES - bytes;
      chunks.push(c.length > room ? c.subarray(0, room) : c);
      bytes += Math.min(c.length, room);
      if (c.length > room) finish(null, true);
    });
    sock.on("end", () => finish(null));
    sock.on("error", (err) => finish(err));
    sock.write(`${query}\r\n`);
  });
}

/** "Key: value" lines (comments and blanks skipped); repeated keys collect into arrays. */
export function parseFields(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*[%#>]/.test(line)) continue;
    const m = /^\s*([A-Za-z][\w /().-]{0,60}?):\s+(\S.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1].trim();
    const prev = out[key];
    out[key] = prev === undefined ? m[2] : Array.isArray(prev) ? (prev.includes(m[2]) ? prev : [...prev, m[2]]) : prev === m[2] ? prev : [prev, m[2]];
  }
  return out;
}

export function referral(fields: Record<string, string | string[]>): string | null {
  for (const [k, v] of Object.entries(fields)) {
    if (!REFERRAL_KEYS.includes(k.toLowerCase())) continue;
    const value = (Array.isArray(v) ? v[0] : v).replace(/^r?whois:\/\//i, "").replace(/\/.*$/, "");
    if (value) return value;
  }
  return null;
}

export async function runWhois(p: WhoisParams, ctx: RunContext): Promise<RunOutcome> {
  const hops: WhoisHop[] = [];
  let server = p.root;
  const seen = new Set<string>();
  let error: string | null = null;
  while (hops.length < MAX_HOPS) {
    const label = `${server.host}:${server.port}`;
    seen.add(label);
    try {
      const sock = await abortable(p.connect(server.host, server.port, p.hopTimeoutMs), ctx.signal);
      const answer = await ask(sock, p.query, p.hopTimeoutMs, ctx.signal);
      hops.push({ server: label, ...answer });
      ctx.progress?.({ type: "whois_hop", server: label, bytes: answer.text.length });
    } catch (err) {
      error = `${label}: ${(err as Error).message}`;
      break;
    }
    const next = referral(parseFields(hops.at(-1)!.text));
    if (!next) break;
    try {
      server = p.parseServer(next);
    } catch (err) {
      error = `referral ${JSON.stringify(next.slice(0, 100))} refused: ${(err as Error).message}`;
      break;
    }
    if (seen.has(`${server.host}:${server.port}`)) break;
  }
  const last = hops.at(-1);
  const fields = last ? parseFields(last.text) : {};
  const lines = [`WHOIS lookup for ${/^[\d.:a-f]+$/i.test(p.query) && /[.:]/.test(p.query) && !/[g-z]/i.test(p.query) ? "address" : "domain"}: ${p.query}`, ""];
  lines.push("Servers queried:", ...hops.map((h) => `  ${h.server}`), "");
  if (Object.keys(fields).length) {
    lines.push("Parsed fields:");
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) lines.push(`  ${k}: ${x}`);
    lines.push("");
  }
  if (last) lines.push("Raw response:", last.text.trimEnd());
  if (error) lines.push("", `Error: ${error}`);
  return {
    success: !!last && !error,
    result: { query: p.query, servers: hops.map((h) => h.server), fields, raw: last?.text ?? null, hops, error },
    text: lines.join("\n"),
  };
}
