// Prisma CLI configuration for `prisma migrate diff` between schema files (used by
// scripts/db-migration.ts and test/migrations.test.ts). Such a diff needs no database,
// but the CLI still connects its adapter once, so it gets a throwaway in-memory PGlite:
// no data directory, no PostgreSQL, and nothing left open that keeps the CLI alive for
// long (with the on-disk PGlite of prisma.config.ts it never exits; see stack-notes).
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The CLI reads env("DATABASE_URL") from the schema and downloads an engine when it is
// unset; the adapter below is what it actually talks to.
process.env.DATABASE_URL = "postgresql://offline@localhost/diff";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.resolve("prisma/schema.prisma"),
  async adapter() {
    // The adapter's types were built against an older driver-adapter-utils (stack-notes).
    return new PrismaPGlite(new PGlite()) as never;
  },
});
