// Prisma CLI configuration. The JavaScript schema engine and a driver adapter keep every
// CLI command offline (see ../shared/docs/stack-notes.md): PostgreSQL through
// @prisma/adapter-pg 7 (6.x cannot read catalog columns of type `name`), PGlite otherwise.
import path from "node:path";
import { defineConfig } from "prisma/config";

const databaseUrl = process.env.DATABASE_URL;
// The CLI still reads env("DATABASE_URL") and silently tries to download an engine when
// it is unset, so embedded mode gets a syntactically valid placeholder.
if (!databaseUrl) process.env.DATABASE_URL = "postgresql://embedded@localhost/pglite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    if (databaseUrl) {
      const { PrismaPg } = await import("@prisma/adapter-pg-7");
      return new PrismaPg({ connectionString: databaseUrl });
    }
    const { pgliteAdapterFactory } = await import("./src/db/pglite-adapter.js");
    const dataDir = process.env.DATA_DIR ?? "data";
    return pgliteAdapterFactory(dataDir.startsWith("memory://") ? dataDir : path.resolve(dataDir)) as never;
  },
});
