// Named statements (the batched statements of the gateway and of session events) are planned
// once per connection: their connections use the generic plan, so PostgreSQL does not plan
// them again at every execution. Prisma's statements keep plans made for their values.
import { Prisma } from "../src/generated/prisma/client.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db.js";
import { describeIfPostgres, freshPostgres } from "./helpers.js";

describeIfPostgres("statement plans on PostgreSQL", () => {
  let db: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshPostgres();
    drop = fresh.drop;
    db = await openDatabase({ databaseUrl: fresh.url, dataDir: "unused", poolSize: 2, statementTimeoutMs: 0, connectRetries: 0 });
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  // The statement reads its own entry in the session's prepared statements: the counts
  // include the execution in progress (they are kept when the plan is chosen).
  const probe = (name: string) =>
    db.sql<{ custom: string; generic: string; mode: string }>({
      name,
      text: `SELECT custom_plans::text AS custom, generic_plans::text AS generic, current_setting('plan_cache_mode') AS mode
        FROM pg_prepared_statements WHERE name = $1 AND array_length($2::uuid[], 1) = 1`,
      values: [name, ["00000000-0000-4000-8000-000000000000"]],
    });

  it("runs named statements with their generic plan from the first execution on", async () => {
    for (let i = 0; i < 8; i++) {
      const [row] = await probe("plan_probe");
      expect(row).toMatchObject({ custom: "0", mode: "force_generic_plan" });
      expect(Number(row.generic)).toBeGreaterThanOrEqual(1);
    }
  });

  it("leaves unnamed statements and Prisma's on plans made for their values", async () => {
    const [raw] = await db.sql<{ mode: string }>({ text: "SELECT current_setting('plan_cache_mode') AS mode WHERE $1::int = 1", values: [1] });
    expect(raw.mode).toBe("auto");
    const [viaPrisma] = await db.prisma.$queryRaw<{ mode: string }[]>(Prisma.sql`SELECT current_setting('plan_cache_mode') AS mode`);
    expect(viaPrisma.mode).toBe("auto");
  });
});
