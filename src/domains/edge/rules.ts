// Rules of vhost and backend fields, shared by GraphQL input and the legacy routes, so both
// refuse the same values with the same field names (the seed's `domains`, `backend.target`).
import { ValidationError, type FieldIssue } from "../../errors.js";
import type { OutboundGuard } from "../../http/outbound.js";

// RFC 1123 labels, an optional leading `*.` wildcard; the last label not all digits.
const DOMAIN = /^(\*\.)?(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;
const NAME = /^[a-zA-Z0-9][\w.-]{0,62}$/;

export const LIMITS = { domains: 50, priority: 1_000_000, interval: { min: 1, max: 86_400 }, path: 512 };

/** Collects every issue before failing, as the seed's validation errors list them all. */
export class Issues {
  readonly list: FieldIssue[] = [];
  add(field: string, message: string) {
    this.list.push({ field, message });
  }
  done(message = "Request validation failed") {
    if (this.list.length) throw new ValidationError(message, this.list);
  }
}

/** Lower-cased, trailing dot and port-free domains; each at most once. */
export function parseDomains(raw: readonly string[], issues: Issues, field = "domains"): string[] {
  if (raw.length === 0) issues.add(field, "At least one domain is required");
  if (raw.length > LIMITS.domains) issues.add(field, `at most ${LIMITS.domains} domains`);
  const out: string[] = [];
  raw.forEach((d, i) => {
    const domain = d.trim().toLowerCase().replace(/\.$/, "");
    if (domain.length > 253 || !DOMAIN.test(domain) || /^\d+$/.test(domain.split(".").pop()!)) {
      issues.add(`${field}.${i}`, "Invalid domain name");
    } else if (!out.includes(domain)) out.push(domain);
  });
  return out;
}

/**
 * A backend target: an http(s) URL without credentials, query or fragment. A literal address
 * is judged by the outbound guard now; a host name is judged by the guard at every connect
 * (the proxy's agent resolves through it), so a name that later points inside is still refused.
 */
export function parseTarget(raw: string, guard: Pick<OutboundGuard, "isAddressAllowed">, issues: Issues, field = "target"): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    issues.add(field, "Invalid URL format");
    return raw;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") issues.add(field, "only http and https targets");
  else if (url.username || url.password) issues.add(field, "must not carry credentials");
  else if (url.search || url.hash) issues.add(field, "must not have a query or fragment");
  else if (url.href.length > 2048) issues.add(field, "longer than 2048 characters");
  else {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (/^[\d.]+$|:/.test(host) && !guard.isAddressAllowed(host)) issues.add(field, "address not allowed (OUTBOUND_ALLOW)");
  }
  // The base path without its trailing slash: requests append their own path to it.
  return url.href.replace(/\/$/, "");
}

export function parseName(raw: string, issues: Issues, field = "name"): string {
  const name = raw.trim();
  if (!NAME.test(name)) issues.add(field, "1-63 letters, digits, _ . - (starting with a letter or digit)");
  return name;
}

export function parseCheckPath(raw: string, issues: Issues, field = "health_check_path"): string {
  if (!raw.startsWith("/") || raw.length > LIMITS.path || /[\s#]/.test(raw)) issues.add(field, `an absolute path (starting with /), at most ${LIMITS.path} characters`);
  return raw;
}

export function checkInterval(value: number, issues: Issues, field = "health_check_interval") {
  if (!Number.isInteger(value) || value < LIMITS.interval.min || value > LIMITS.interval.max) {
    issues.add(field, `an integer number of seconds from ${LIMITS.interval.min} to ${LIMITS.interval.max}`);
  }
}

export function checkPriority(value: number, issues: Issues, field = "priority") {
  if (!Number.isInteger(value) || value < 0 || value > LIMITS.priority) issues.add(field, `an integer from 0 to ${LIMITS.priority}`);
}

/** A backend name derived from its target, for a vhost that names only a target. */
export const nameForTarget = (target: string) =>
  new URL(target).host.replace(/[^\w.-]/g, "-").replace(/^[^a-zA-Z0-9]+/, "").slice(0, 50) || "backend";
