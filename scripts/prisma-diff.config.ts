// Prisma 6.19 CLI configuration for `prisma migrate diff` between schema files (used by
// scripts/db-migration.ts, which runs the 6.19 CLI from tools/prisma-6: Prisma 7's diff needs
// a native schema engine these machines cannot download; docs/database.md). Such a diff
// needs no database, but the 6.19 CLI still connects its adapter once, so it gets a
// throwaway in-memory PGlite: no data directory, no PostgreSQL. A plain object rather than
// defineConfig: "prisma/config" here would be Prisma 7's, which knows no `adapter`.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

// The 6.19 CLI reads env("DATABASE_URL") from the schema and downloads an engine when it is
// unset; the adapter below is what it actually talks to.
process.env.DATABASE_URL = "postgresql://offline@localhost/diff";

const schema = process.env.SWITCHYARD_DIFF_SCHEMA;
if (!schema) throw new Error("SWITCHYARD_DIFF_SCHEMA is unset: run the diff through scripts/db-migration.ts");

export default {
  experimental: { adapter: true },
  engine: "js",
  // A stand-in schema (generator with engineType "client", datasource with a url) that tells
  // the 6.19 CLI to use no native engine; the diff reads the files named on the command line.
  schema,
  async adapter() {
    return new PrismaPGlite(new PGlite());
  },
};
