// Probe targets as users type them: a host name or IP literal, optionally with a port.
// Checked for syntax and length before anything else sees them, so no value that could be
// read as a command-line option (a leading `-`) or a second argument ever reaches a tool.
// Whether the target may be reached is the outbound guard's decision (resolveTarget).
import net from "node:net";
import { ValidationError } from "../../errors.js";
import { OutboundBlockedError, type OutboundGuard } from "../../http/outbound.js";

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/** A host name (RFC 1123 labels, 253 characters at most) or an IP literal, lower-cased; throws ValidationError. */
export function parseHost(raw: string, field: string): string {
  const bad = (message: string) => new ValidationError(`${field}: ${message}`, [{ field, message }]);
  let h = raw.trim().toLowerCase();
  if (!h) throw bad("must not be empty");
  if (h.startsWith("-")) throw bad("must not start with '-'");
  if (h.startsWith("[") && h.endsWith("]")) h = h.slice(1, -1);
  if (net.isIP(h)) return h;
  if (h.endsWith(".")) h = h.slice(0, -1);
  if (h.length > 253) throw bad("is longer than 253 characters");
  const labels = h.split(".");
  if (!labels.every((l) => LABEL.test(l))) throw bad("is not a valid host name or IP address");
  // "127.1", "10", "0x7f000001", "0177.0.0.1": inet_aton's IPv4 shorthands, which a resolver
  // or a tool would read as an address. Not names: refuse them as written.
  if (/^\d+$/.test(labels.at(-1)!) || (labels.length <= 4 && labels.every((l) => /^(0x[0-9a-f]+|\d+)$/.test(l)))) {
    throw bad("is not a valid host name or IP address (write IPv4 addresses as a.b.c.d)");
  }
  return h;
}

/** `host`, `host:port` or `[v6]:port`. */
export function parseHostPort(raw: string, field: string, defaultPort: number): { host: string; port: number } {
  const s = raw.trim();
  let host = s;
  let port = defaultPort;
  const v6 = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(s);
  if (v6) {
    host = v6[1];
    if (v6[2]) port = Number(v6[2]);
  } else if (net.isIP(s) !== 6) {
    const m = /^(.*):(\d{1,5})$/.exec(s);
    if (m) {
      host = m[1];
      port = Number(m[2]);
    }
  }
  if (port < 1 || port > 65535) throw new ValidationError(`${field}: port must be 1-65535`, [{ field, message: "port must be 1-65535" }]);
  return { host: parseHost(host, field), port };
}

/**
 * Resolves a checked host through the outbound guard; the first permitted address is what
 * every runner connects to (so a tool never resolves the name again by itself).
 */
export async function resolveTarget(guard: OutboundGuard, host: string, field: string): Promise<{ address: string; family: 4 | 6 }> {
  try {
    const all = await guard.resolve(host);
    return all.find((a) => a.family === 4) ?? all[0];
  } catch (err) {
    if (err instanceof OutboundBlockedError) throw new ValidationError(`${field}: ${err.message}`, [{ field, message: err.message }]);
    const message = `${host} does not resolve (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
    throw new ValidationError(`${field}: ${message}`, [{ field, message }]);
  }
}
