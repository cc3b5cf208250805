// Reading legacy requests, for every domain's routes: bodies, query strings, path ids,
// cursors, enums, numbers and booleans. These helpers turn the seeds' wire formats
// (strings in a query, snake_case JSON) into typed values and name the seed's own fields
// in errors. A value's rules (ranges, patterns) are not written here: a route passes the
// zod schema its service exports, the same one the GraphQL input validates with.
import { decodeGlobalID } from "@pothos/plugin-relay";
import type { ZodType } from "zod";
import { isOurCursor, UUID } from "../graphql/ids.js";
import { LegacyInputError } from "./legacy.js";

type Issue = { field: string; message: string };

const invalid = (field: string, message: string): never => {
  throw new LegacyInputError(`${field}: ${message}`, [{ field, message }]);
};

/** The first message of a zod rule's verdict on a value, or null when it passes. */
function ruleIssue<T>(rule: ZodType<T> | undefined, value: T): string | null {
  if (!rule) return null;
  const parsed = rule.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "invalid value");
}

/** A value matched case-insensitively against allowed ones (legacy APIs print enums lowercase). */
const matchEnum = <T extends string>(allowed: readonly T[], raw: string) =>
  allowed.find((a) => a.toLowerCase() === raw.trim().toLowerCase());
const enumMessage = (allowed: readonly string[]) => `must be one of: ${allowed.map((a) => a.toLowerCase()).join(", ")}`;

/** Collects every problem of a body before failing, so a client sees them all at once. */
export class BodyCheck {
  private issues: Issue[] = [];
  constructor(private readonly body: Record<string, unknown>) {}

  string(field: string, opts: { required: true; max?: number; rule?: ZodType<string> }): string;
  string(field: string, opts?: { required?: boolean; max?: number; rule?: ZodType<string> }): string | undefined;
  string(field: string, { required = false, max, rule }: { required?: boolean; max?: number; rule?: ZodType<string> } = {}) {
    // Without a rule of its own, a field still gets a sane length cap.
    const limit = max ?? (rule ? Infinity : 1_000);
    const value = this.body[field];
    if (value === undefined || value === null) {
      if (required) this.fail(field, "field required");
      return undefined;
    }
    if (typeof value !== "string") return this.fail(field, "must be a string");
    if (required && !value.trim()) this.fail(field, "must not be empty");
    else if (value.length > limit) this.fail(field, `must be at most ${limit} characters`);
    else this.rule(field, rule, value);
    return value;
  }

  /**
   * A required one of `allowed`, compared case-insensitively; returns the matching allowed
   * value. `shown` spells a value the way the seed prints it, for the error message.
   */
  oneOf<T extends string>(field: string, allowed: readonly T[], shown: (value: T) => string = (v) => v.toLowerCase()): T | undefined {
    const value = this.string(field, { required: true });
    if (value === undefined || !value.trim()) return undefined;
    const match = matchEnum(allowed, value);
    if (!match) this.fail(field, `must be one of: ${allowed.map(shown).join(", ")}`);
    return match;
  }

  /** An optional enum field; the seeds print and accept enum values lowercase. */
  enumOf<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    const value = this.body[field];
    if (value == null) return undefined;
    const match = typeof value === "string" ? matchEnum(allowed, value) : undefined;
    if (!match) this.fail(field, enumMessage(allowed));
    return match;
  }

  /** An optional JSON number, checked against the service's rule for it. */
  number(field: string, rule?: ZodType<number>): number | undefined {
    const value = this.body[field];
    if (value == null) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value)) return this.fail(field, "must be a number");
    return this.rule(field, rule, value) ? value : undefined;
  }

  bool(field: string): boolean | undefined {
    const value = this.body[field];
    if (value == null) return undefined;
    if (typeof value !== "boolean") return this.fail(field, "must be a boolean");
    return value;
  }

  fail(field: string, message: string): undefined {
    this.issues.push({ field, message });
    return undefined;
  }

  /** Throws a LegacyInputError naming every issue; seed 003's envelope shows only the message. */
  done() {
    if (this.issues.length) {
      throw new LegacyInputError(this.issues.map((i) => `${i.field}: ${i.message}`).join("; "), this.issues);
    }
  }

  private rule<T>(field: string, rule: ZodType<T> | undefined, value: T): boolean {
    const message = ruleIssue(rule, value);
    if (message) this.fail(field, message);
    return message === null;
  }
}

// ---- query strings: absent or empty means "not given"; the first bad one fails ----------

const present = (query: URLSearchParams, field: string) => {
  const raw = query.get(field);
  return raw === null || raw === "" ? undefined : raw;
};

/** An integer query parameter within bounds, or its default when absent. */
export function intQuery(query: URLSearchParams, field: string, dflt: number, min: number, max: number): number {
  const raw = present(query, field);
  if (raw === undefined) return dflt;
  const n = /^-?\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : invalid(field, `must be an integer from ${min} to ${max}`);
}

/** A page size (`limit`) for a connection: its default when absent, never above its max. */
export const limitQuery = (query: URLSearchParams, size: { default: number; max: number }, field = "limit") =>
  intQuery(query, field, size.default, 1, size.max);

/** A number query parameter, checked against the service's rule for it. */
export function numberQuery(query: URLSearchParams, field: string, rule?: ZodType<number>): number | undefined {
  const raw = present(query, field);
  if (raw === undefined) return undefined;
  const n = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(n)) return invalid(field, "must be a number");
  const message = ruleIssue(rule, n);
  return message ? invalid(field, message) : n;
}

/** A string query parameter, checked against the service's rule for it. */
export function stringQuery(query: URLSearchParams, field: string, rule?: ZodType<string>): string | undefined {
  const raw = present(query, field);
  if (raw === undefined) return undefined;
  const message = ruleIssue(rule, raw);
  return message ? invalid(field, message) : raw;
}

/** An enum query parameter in any case; returns the allowed (GraphQL) value. */
export function enumQuery<T extends string>(query: URLSearchParams, field: string, allowed: readonly T[]): T | undefined {
  const raw = present(query, field);
  if (raw === undefined) return undefined;
  return matchEnum(allowed, raw) ?? invalid(field, enumMessage(allowed));
}

/** A query parameter naming one key of `map` (e.g. `sort=last_checked`), mapped to its value. */
export function keyQuery<M extends Record<string, string>>(query: URLSearchParams, field: string, map: M): M[keyof M] | undefined {
  const raw = present(query, field);
  if (raw === undefined) return undefined;
  return Object.hasOwn(map, raw) ? map[raw as keyof M] : invalid(field, `must be one of: ${Object.keys(map).join(", ")}`);
}

export function boolQuery(query: URLSearchParams, field: string): boolean | undefined {
  const raw = present(query, field);
  if (raw === undefined) return undefined;
  if (/^(true|1)$/i.test(raw)) return true;
  if (/^(false|0)$/i.test(raw)) return false;
  return invalid(field, "must be true or false");
}

/**
 * Checks a connection cursor before it reaches Prisma, naming the seed's own field (GraphQL
 * refuses the same cursors, see isOurCursor).
 */
export function cursorParam(value: string | null, field = "cursor"): string | undefined {
  if (value === null || value === "") return undefined;
  return isOurCursor(value) ? value : invalid(field, "not a cursor returned by this API");
}

// ---- path ids ------------------------------------------------------------------------

const INT32_MAX = 2_147_483_647;

/** A positive integer id from a path or query parameter (legacy serials are int4). */
export function intParam(value: string | undefined, field: string): number {
  const n = value !== undefined && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= INT32_MAX ? n : invalid(field, "must be a positive integer");
}

/** A raw UUID path id; GraphQL takes it as it is wherever an id is an argument. */
export function uuidParam(value: string | undefined, field: string): string {
  return value && UUID.test(value) ? value.toLowerCase() : invalid(field, "must be a UUID");
}

// ---- results -------------------------------------------------------------------------

/** An enum value as the seeds print them (lowercase), null kept. */
export const lower = (value: string | null | undefined) => (value == null ? null : value.toLowerCase());

/** The raw UUID behind a Relay global id that GraphQL prints (seed 002 prints database ids). */
export const rawId = (globalId: string) => decodeGlobalID(globalId).id;

/**
 * Narrows a mutation's result union to its payload. The framework answers error members
 * before a result mapper runs, so anything else here is a bug in the route.
 */
export function payload<T extends { __typename?: string }, N extends string>(value: T, typename: N): Extract<T, { __typename?: N }> {
  if (value.__typename !== typename) throw new Error(`expected ${typename}, got ${value.__typename}`);
  return value as Extract<T, { __typename?: N }>;
}

/** A connection as seed 002's page: items, next_cursor (null on the last page), total_count. */
export const page = <N, T>(
  conn: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: N }[] },
  map: (n: N) => T,
) => ({
  items: conn.edges.map((e) => map(e.node)),
  next_cursor: conn.pageInfo.hasNextPage ? (conn.pageInfo.endCursor ?? null) : null,
  total_count: conn.totalCount,
});
