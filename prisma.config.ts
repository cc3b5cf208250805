// Prisma CLI configuration (Prisma 7). The app never runs the CLI: it generates the client
// at install (scripts/prisma-generate.mjs) and applies migrations with its own runner
// (src/db/migrate.ts, `npm run db:deploy`). Prisma 7's migrate and db commands need a native
// schema engine that these machines cannot download; see docs/database.md.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Only commands that talk to a database read this; generate does not.
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
