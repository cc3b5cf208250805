// The committed artefacts derived from the code stay in step with it: schema.graphql (the
// printed schema clients and codegen read) and the typed documents in src/generated/graphql.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../src/schema.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe("schema.graphql", () => {
  it("is the schema the code builds", async () => {
    const committed = await readFile(path.join(REPO, "schema.graphql"), "utf8");
    const printed = `${printSchema(schema)}\n`; // exactly what scripts/print-schema.ts writes
    // On failure: the GraphQL types changed. Run `npm run schema:print` (then `npm run codegen`).
    expect(committed, "schema.graphql is out of date: run `npm run schema:print`").toBe(printed);
  });

  it("is a valid schema with the root types", async () => {
    const parsed = buildSchema(await readFile(path.join(REPO, "schema.graphql"), "utf8"));
    expect(parsed.getQueryType()?.name).toBe("Query");
    expect(parsed.getMutationType()?.name).toBe("Mutation");
    expect(parsed.getSubscriptionType()?.name).toBe("Subscription");
  });
});

describe("src/generated/graphql", () => {
  it("is what `npm run codegen` generates from schema.graphql and the documents", { timeout: 120_000 }, async () => {
    // --check is codegen's dry run: it exits 1 and lists the stale files, writing nothing.
    const result = await new Promise<{ code: number; output: string }>((resolve) =>
      execFile(
        path.join(REPO, "node_modules/.bin/graphql-codegen"),
        ["--config", "codegen.ts", "--check"],
        { cwd: REPO, timeout: 110_000 },
        (err, stdout, stderr) =>
          resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, output: `${stdout}${stderr}` }),
      ),
    );
    const stale = result.output.split("\n").filter((l) => /stale|^\s+- |error/i.test(l)).join("\n");
    expect(result.code, `generated GraphQL types are stale: run \`npm run codegen\`\n${stale}`).toBe(0);
  });
});
