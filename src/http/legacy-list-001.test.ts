import { describe, expect, it } from "vitest";
import { LegacyInputError } from "./legacy.js";
import { listBody001, pagination001, readList001, type ListSpec } from "./legacy-list-001.js";

const spec: ListSpec<"CREATED" | "NAME"> = {
  sort: { created: "CREATED", name: "NAME" },
  defaultSort: "CREATED",
  defaultOrder: "desc",
  filters: { active: { kind: "bool" }, status: { kind: "enum", values: ["running", "stopped"] }, q: { kind: "string", max: 5 } },
  limit: { default: 10, max: 50 },
};
const read = (qs: string) => readList001(new URLSearchParams(qs), spec);

describe("seed 001 list parameters", () => {
  it("defaults, then reads page, limit, sort, order and filters", () => {
    expect(read("")).toEqual({ page: 1, limit: 10, offset: 0, sort: "CREATED", order: "desc", filters: {} });
    expect(read("page=3&limit=50&sort=name&order=ASC&active=false&status=Running&q=ab")).toEqual({
      page: 3, limit: 50, offset: 100, sort: "NAME", order: "asc", filters: { active: false, status: "running", q: "ab" },
    });
  });

  it("reports every bad parameter at once with the seed's field names", () => {
    let err: unknown;
    try {
      read("page=0&limit=51&sort=password&order=up&active=maybe&status=x&q=toolong");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LegacyInputError);
    expect((err as LegacyInputError).fields.map((f) => f.field)).toEqual(["page", "limit", "sort", "order", "active", "status", "q"]);
    expect(() => read("sort=__proto__")).toThrow(LegacyInputError);
    expect(() => read("page=1.5")).toThrow(LegacyInputError);
  });

  it("answers the seed's pagination block", () => {
    expect(pagination001({ page: 2, limit: 50 }, 500)).toEqual({ page: 2, limit: 50, total: 500, pages: 10, has_next: true, has_prev: true });
    expect(pagination001({ page: 1, limit: 20 }, 0)).toEqual({ page: 1, limit: 20, total: 0, pages: 0, has_next: false, has_prev: false });
    expect(listBody001("vhosts", [1], { page: 1, limit: 1 }, 2)).toEqual({
      vhosts: [1], total: 2, pagination: { page: 1, limit: 1, total: 2, pages: 2, has_next: true, has_prev: false },
    });
  });
});
