// The per-day request counts: each request lands in its UTC day, also across midnight and for
// a clock that steps back, and a flush hands the counts to one upsert.
import { describe, expect, it } from "vitest";
import type { SqlRunner } from "../../db.js";
import { RequestCounter } from "./request-counter.js";

describe("RequestCounter", () => {
  it("counts each request in its UTC day and flushes the days in one statement", async () => {
    const sent: unknown[][] = [];
    const sql = (async (q: { values: unknown[] }) => {
      sent.push(q.values);
      return [];
    }) as unknown as SqlRunner;
    const counter = new RequestCounter(sql);
    const at = (iso: string) => Date.parse(iso);
    counter.record(10, at("2026-12-01T23:59:59.999Z"));
    counter.record(20, at("2026-12-02T00:00:00.000Z"));
    counter.record(5, at("2026-12-02T13:00:00.000Z"));
    counter.record(1, at("2026-12-01T12:00:00.000Z")); // the clock stepped back
    await counter.flush();
    expect(sent).toEqual([["2026-12-01", 2, 11, "2026-12-02", 2, 25]]);
    await counter.flush(); // nothing new: no statement
    expect(sent).toHaveLength(1);
  });
});
