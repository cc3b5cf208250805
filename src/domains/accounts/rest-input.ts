// Request checks and id helpers shared by the accounts legacy routes. Checks here only
// cover what the seeds' clients send (presence, JSON types, id formats) and name the
// seed's own field names; formats and lengths stay with the GraphQL input validation.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { LegacyInputError } from "../../http/legacy.js";

type Issue = { field: string; message: string };

/** Collects every problem of a body before failing, so a client sees them all at once. */
export class BodyCheck {
  private issues: Issue[] = [];
  constructor(private readonly body: Record<string, unknown>) {}

  string(field: string, opts: { required: true; max?: number }): string;
  string(field: string, opts?: { required?: boolean; max?: number }): string | undefined;
  string(field: string, { required = false, max = 1_000 }: { required?: boolean; max?: number } = {}) {
    const value = this.body[field];
    if (value === undefined || value === null) {
      if (required) this.issues.push({ field, message: "field required" });
      return undefined;
    }
    if (typeof value !== "string") {
      this.issues.push({ field, message: "must be a string" });
      return undefined;
    }
    if (required && !value.trim()) this.issues.push({ field, message: "must not be empty" });
    else if (value.length > max) this.issues.push({ field, message: `must be at most ${max} characters` });
    return value;
  }

  /** One of `allowed`, compared case-insensitively; returns the matching allowed value. */
  oneOf<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    const value = this.string(field, { required: true });
    if (value === undefined || !value.trim()) return undefined;
    const match = allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase());
    if (!match) this.issues.push({ field, message: `must be one of: ${allowed.join(", ")}` });
    return match;
  }

  fail(field: string, message: string) {
    this.issues.push({ field, message });
  }

  /** Throws a LegacyInputError naming every issue; seed 003's envelope shows only the message. */
  done() {
    if (this.issues.length) {
      throw new LegacyInputError(this.issues.map((i) => `${i.field}: ${i.message}`).join("; "), this.issues);
    }
  }
}

const INT32_MAX = 2_147_483_647;

/** A positive integer id from a path or query parameter (legacy serials are int4). */
export function intParam(value: string | undefined, field: string): number {
  const n = value !== undefined && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > INT32_MAX) {
    throw new LegacyInputError(`${field} must be a positive integer`, [{ field, message: "must be a positive integer" }]);
  }
  return n;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidParam(value: string | undefined, field: string): string {
  if (!value || !UUID.test(value)) {
    throw new LegacyInputError(`${field} must be a UUID`, [{ field, message: "must be a UUID" }]);
  }
  return value.toLowerCase();
}

/** The raw UUID behind a Relay global id (seed 002 prints database ids). */
export const rawId = (globalId: string) => decodeGlobalID(globalId).id;

/**
 * Checks a connection cursor before it reaches Prisma: a malformed one would otherwise
 * fail inside the resolver and come back as an internal error. Our cursors are
 * base64 `GPC:S:<uuid>` (plugin-prisma's format for a string id cursor).
 */
export function cursorParam(value: string | null, field = "cursor"): string | undefined {
  if (value === null || value === "") return undefined;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  if (!decoded.startsWith("GPC:S:") || !UUID.test(decoded.slice(6))) {
    throw new LegacyInputError("Invalid cursor", [{ field, message: "not a cursor returned by this API" }]);
  }
  return value;
}

/** An integer query parameter within bounds, or its default when absent. */
export function intQuery(query: URLSearchParams, field: string, dflt: number, min: number, max: number): number {
  const raw = query.get(field);
  if (raw === null || raw === "") return dflt;
  const n = /^-?\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new LegacyInputError(`${field} must be an integer from ${min} to ${max}`, [
      { field, message: `must be an integer from ${min} to ${max}` },
    ]);
  }
  return n;
}

/**
 * Narrows a mutation's result union to its payload. The framework answers error members
 * before a result mapper runs, so anything else here is a bug in the route.
 */
export function payload<T extends { __typename?: string }, N extends string>(value: T, typename: N): Extract<T, { __typename?: N }> {
  if (value.__typename !== typename) throw new Error(`expected ${typename}, got ${value.__typename}`);
  return value as Extract<T, { __typename?: N }>;
}
