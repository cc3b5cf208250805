// `npm run db:deploy`: applies pending migrations to the configured database (DATA_DIR or
// DATABASE_URL) with the runner the server uses at start-up (src/db/migrate.ts), without
// starting the server. It replaces `prisma migrate deploy`, which in Prisma 7 needs a native
// schema engine that cannot be downloaded here (docs/database.md); the bookkeeping in
// `_prisma_migrations` is the same, so either agrees with the other.
import { loadConfig } from "../src/config.js";
import { databaseOptions, openDatabase } from "../src/db.js";

const config = loadConfig(process.env);
const log = { info: (o: { applied: string[] }) => console.log(`Applied ${o.applied.join(", ")}.`), warn: console.warn };
try {
  const db = await openDatabase(databaseOptions(config), log as never);
  await db.close();
  console.log(`Database is up to date (${config.databaseUrl ? "PostgreSQL" : `PGlite in ${config.dataDir}`}).`);
} catch (err) {
  // A PGlite directory held by a running server, PostgreSQL unreachable, a failed migration.
  console.error((err as Error).message);
  process.exit(1);
}
