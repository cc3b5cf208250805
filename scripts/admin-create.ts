// `npm run admin:create -- --email x --password y` (or ADMIN_EMAIL / ADMIN_PASSWORD):
// creates the admin account, or promotes an existing account to admin, in the configured
// database (DATA_DIR or DATABASE_URL, migrated first like at start-up). An existing
// account keeps its password: this is a role change, not a password reset.
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { databaseOptions, openDatabase } from "../src/db.js";
import { DataDirInUseError } from "../src/db/pglite-lock.js";
import { ensureAdmin, normalizeEmail } from "../src/domains/accounts/accounts.service.js";

const USAGE = "Usage: npm run admin:create -- --email <email> --password <password>  (or ADMIN_EMAIL / ADMIN_PASSWORD)";
const EMAIL = /^[^\s@]+@[^\s@]+$/; // as loose as registration: seed 004 uses admin@local

async function main(): Promise<number> {
  let values: { email?: string; password?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2).filter((a) => a !== "--"),
      options: { email: { type: "string" }, password: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const email = values.email ?? process.env.ADMIN_EMAIL;
  const password = values.password ?? process.env.ADMIN_PASSWORD;
  const problems = [
    !email ? "an email is required" : !EMAIL.test(email.trim()) ? `${JSON.stringify(email)} is not an email address` : null,
    !password ? "a password is required" : password.length < 8 ? "the password must be at least 8 characters" : null,
  ].filter(Boolean);
  if (problems.length) {
    console.error(`${problems.join("; ")}\n${USAGE}`);
    return 2;
  }
  // The admin comes from the arguments here; loadConfig would otherwise insist on both variables.
  const config = loadConfig({ ...process.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
  const db = await openDatabase(databaseOptions(config));
  try {
    const before = await db.prisma.user.findUnique({ where: { email: normalizeEmail(email!) } });
    const { user, created } = await ensureAdmin(db.prisma, email!, password!);
    const where = config.databaseUrl ? "PostgreSQL" : `PGlite in ${config.dataDir}`;
    if (created) console.log(`Created admin ${user.email} (${where}).`);
    else if (before?.role !== "ADMIN") console.log(`Promoted ${user.email} to admin (${where}); the password is unchanged.`);
    else console.log(`${user.email} is already an admin (${where}); nothing changed.`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    if (err instanceof DataDirInUseError) {
      // PGlite serves one process: writing beside the server would be lost when it next writes.
      console.error(
        `${err.message}\nNothing was changed. Stop the server and run admin:create again, or restart the server with ADMIN_EMAIL and ADMIN_PASSWORD set.`,
      );
      process.exit(1);
    }
    console.error(`admin:create failed: ${err.message}`);
    process.exit(1);
  },
);
