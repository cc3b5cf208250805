// The PGlite statement runner must answer what PGlite's own query() answers (same rows, same
// parsed types, same errors), keep a prepared name working across calls, and keep its place
// in PGlite's queue: never inside a transaction Prisma holds open, never between the messages
// of another statement.
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgliteStatements } from "./pglite-statements.js";

describe("PGlite statements", () => {
  let pglite: PGlite;
  let sql: ReturnType<typeof pgliteStatements>;

  beforeAll(async () => {
    pglite = await PGlite.create();
    await pglite.exec(`CREATE TABLE t (id serial PRIMARY KEY, big bigint, label text, at timestamptz, doc jsonb, ok boolean, tags text[])`);
    sql = pgliteStatements(pglite);
  }, 60_000);
  afterAll(() => pglite.close());

  const INSERT = `INSERT INTO t (big, label, at, doc, ok, tags) VALUES ($1::bigint, $2, $3::timestamptz, $4::jsonb, $5, $6::text[]) RETURNING *`;
  const values = [9007199254740993n, 'a, "b"\nc', new Date("2026-12-03T10:00:00.123Z"), { k: [1, "x"] }, true, ["p,q", 'r"s']];

  it("returns what query() returns, named or not, for the same statement and values", async () => {
    const named = await sql({ name: "t_insert", text: INSERT, values });
    const unnamed = await sql({ text: INSERT, values });
    const own = (await pglite.query<Record<string, unknown>>(INSERT, [values[0].toString(), values[1], values[2], JSON.stringify(values[3]), values[4], values[5]])).rows;
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, ...rest }) => rest);
    expect(strip(named)).toEqual(strip(own));
    expect(strip(unnamed)).toEqual(strip(own));
    expect(named[0]).toMatchObject({ label: 'a, "b"\nc', doc: { k: [1, "x"] }, ok: true, tags: ["p,q", 'r"s'] });
    expect((named[0].at as Date).toISOString()).toBe("2026-12-03T10:00:00.123Z");
  });

  it("keeps a prepared name across calls and answers statements without rows", async () => {
    for (let i = 0; i < 5; i++) {
      const [row] = await sql<{ n: number }>({ name: "t_count", text: `SELECT count(*)::int AS n FROM t WHERE label = $1`, values: ['a, "b"\nc'] });
      expect(row.n).toBeGreaterThanOrEqual(3);
    }
    expect(await sql({ name: "t_touch", text: `UPDATE t SET ok = $1 WHERE id < 0`, values: [false] })).toEqual([]);
  });

  it("throws PostgreSQL's error with its code, and runs the next statement normally", async () => {
    await expect(sql({ text: `INSERT INTO t (id) VALUES ($1)`, values: [1] })).rejects.toMatchObject({ code: "23505" });
    await expect(sql({ name: "t_missing", text: `SELECT * FROM not_yet`, values: [] })).rejects.toMatchObject({ code: "42P01" });
    // A refused preparation is not remembered: the same name works once the table exists.
    await pglite.exec(`CREATE TABLE not_yet (v int)`);
    expect(await sql({ name: "t_missing", text: `SELECT * FROM not_yet`, values: [] })).toEqual([]);
    expect(await sql<{ one: number }>({ text: `SELECT 1 AS one`, values: [] })).toEqual([{ one: 1 }]);
  });

  it("waits for an open transaction instead of running inside it", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const tx = pglite
      .transaction(async (t) => {
        await t.query(`INSERT INTO t (label) VALUES ('in-tx')`);
        await held;
        await t.rollback();
      })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 20));
    const outside = sql({ name: "t_outside", text: `INSERT INTO t (label) VALUES ($1) RETURNING label`, values: ["outside"] });
    await new Promise((r) => setTimeout(r, 20));
    release();
    await tx;
    expect(await outside).toEqual([{ label: "outside" }]);
    // The rollback took only the transaction's own row.
    const labels = (await pglite.query<{ label: string }>(`SELECT label FROM t WHERE label IN ('in-tx', 'outside')`)).rows.map((r) => r.label);
    expect(labels).toEqual(["outside"]);
  });

  it("keeps every statement whole when many run at once beside query()", async () => {
    const runs = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? pglite.query<{ v: number }>(`SELECT $1::int AS v`, [i]).then((r) => r.rows)
        : sql<{ v: number }>({ name: i % 3 === 1 ? "t_echo" : undefined, text: `SELECT $1::int AS v`, values: [i] }),
    );
    const answers = await Promise.all(runs);
    answers.forEach((rows, i) => expect(rows).toEqual([{ v: i }]));
  });
});
