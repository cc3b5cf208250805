// Seed 001's list conventions, shared by every /api/v1 list route: `page` / `limit`
// pagination answered with the seed's `pagination` block, filter parameters
// (`?status=running&type=nodejs`) and `sort` / `order` checked against the route's own
// whitelist. Every bad parameter is reported at once as 422 VALIDATION_ERROR with
// `details.fields`, the seed's validation shape; nothing here knows a domain.
import { LegacyInputError } from "./legacy.js";

type Issue = { field: string; message: string };

/** One filter parameter: how its raw query value is read. */
export type ListFilter =
  | { kind: "enum"; values: readonly string[] }
  | { kind: "bool" }
  | { kind: "string"; max?: number };

/** What a route accepts. `sort` maps the seed's sort names to the route's own (e.g. a GraphQL enum value). */
export interface ListSpec<S extends string = string> {
  sort: Readonly<Record<string, S>>;
  defaultSort: NoInfer<S>;
  defaultOrder?: "asc" | "desc";
  filters?: Readonly<Record<string, ListFilter>>;
  /** Page size: default and maximum (the seed's example asks for 50). */
  limit?: { default: number; max: number };
}

export interface ListQuery<S extends string = string> {
  page: number;
  limit: number;
  /** Rows to skip: (page - 1) * limit. */
  offset: number;
  sort: S;
  order: "asc" | "desc";
  /** Given filters only, by parameter name; enum values as the whitelist spells them. */
  filters: Record<string, string | boolean>;
}

const DEFAULT_LIMIT = { default: 20, max: 100 };
/** Far past any real list; keeps offset arithmetic in safe integers and in int4 for SQL. */
const MAX_PAGE = 1_000_000;

const present = (query: URLSearchParams, field: string) => {
  const raw = query.get(field);
  return raw === null || raw === "" ? undefined : raw;
};

function positiveInt(raw: string | undefined, field: string, dflt: number, max: number, issues: Issue[]): number {
  if (raw === undefined) return dflt;
  const n = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= max) return n;
  issues.push({ field, message: `must be an integer from 1 to ${max}` });
  return dflt;
}

/** Reads page, limit, sort, order and the filters of a seed-001 list request; throws 422 on any bad one. */
export function readList001<S extends string>(query: URLSearchParams, spec: ListSpec<S>): ListQuery<S> {
  const issues: Issue[] = [];
  const size = spec.limit ?? DEFAULT_LIMIT;
  const page = positiveInt(present(query, "page"), "page", 1, MAX_PAGE, issues);
  const limit = positiveInt(present(query, "limit"), "limit", size.default, size.max, issues);

  let sort = spec.defaultSort;
  const rawSort = present(query, "sort");
  if (rawSort !== undefined) {
    if (Object.hasOwn(spec.sort, rawSort)) sort = spec.sort[rawSort] as S;
    else issues.push({ field: "sort", message: `must be one of: ${Object.keys(spec.sort).join(", ")}` });
  }

  let order = spec.defaultOrder ?? "asc";
  const rawOrder = present(query, "order");
  if (rawOrder !== undefined) {
    const o = rawOrder.toLowerCase();
    if (o === "asc" || o === "desc") order = o;
    else issues.push({ field: "order", message: "must be one of: asc, desc" });
  }

  const filters: Record<string, string | boolean> = {};
  for (const [name, filter] of Object.entries(spec.filters ?? {})) {
    const raw = present(query, name);
    if (raw === undefined) continue;
    const value = readFilter(raw, filter);
    if (value.ok) filters[name] = value.value;
    else issues.push({ field: name, message: value.message });
  }

  if (issues.length) throw new LegacyInputError(issues.map((i) => `${i.field}: ${i.message}`).join("; "), issues);
  return { page, limit, offset: (page - 1) * limit, sort, order, filters };
}

function readFilter(raw: string, filter: ListFilter): { ok: true; value: string | boolean } | { ok: false; message: string } {
  switch (filter.kind) {
    case "bool":
      if (/^(true|1)$/i.test(raw)) return { ok: true, value: true };
      if (/^(false|0)$/i.test(raw)) return { ok: true, value: false };
      return { ok: false, message: "must be true or false" };
    case "enum": {
      const match = filter.values.find((v) => v.toLowerCase() === raw.trim().toLowerCase());
      return match !== undefined ? { ok: true, value: match } : { ok: false, message: `must be one of: ${filter.values.join(", ")}` };
    }
    case "string": {
      const max = filter.max ?? 200;
      return raw.length <= max ? { ok: true, value: raw } : { ok: false, message: `must be at most ${max} characters` };
    }
  }
}

/** The seed's `pagination` block for a page of a list of `total` rows. */
export function pagination001(list: { page: number; limit: number }, total: number) {
  const pages = Math.ceil(total / list.limit);
  return {
    page: list.page,
    limit: list.limit,
    total,
    pages,
    has_next: list.page < pages,
    has_prev: list.page > 1,
  };
}

/**
 * A list body: the items under the route's own key (`vhosts`, `sessions`, as the seed shows
 * them), the seed's `total` and its `pagination` block.
 */
export const listBody001 = <T>(key: string, items: T[], list: { page: number; limit: number }, total: number) => ({
  [key]: items,
  total,
  pagination: pagination001(list, total),
});
