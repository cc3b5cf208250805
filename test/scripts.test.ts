// The operator scripts, run as processes the way npm runs them: db:migration inside a
// scratch git repository (so the real prisma/migrations is never touched), admin:create
// against a scratch PGlite data directory.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db.js";
import { migrate } from "../src/db/migrate.js";
import { verifyPassword } from "../src/domains/accounts/passwords.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TSX = path.join(REPO, "node_modules/.bin/tsx");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  // A clean environment: the scripts must not pick up the developer's DATABASE_URL or admin.
  const env: Record<string, string> = {};
  for (const k of ["PATH", "HOME", "TMPDIR", "LANG"]) if (process.env[k]) env[k] = process.env[k]!;
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;
  return new Promise((resolve) => {
    execFile(TSX, [path.join(REPO, "scripts", script), ...args], { cwd: opts.cwd ?? REPO, env, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

const git = (cwd: string, ...args: string[]) =>
  new Promise<string>((resolve, reject) =>
    execFile(
      "git",
      ["-c", "user.name=test", "-c", "user.email=test@example.test", "-c", "commit.gpgsign=false", ...args],
      { cwd },
      (err, stdout) => (err ? reject(err) : resolve(stdout)),
    ),
  );

const migrationDirs = async (repo: string) =>
  (await readdir(path.join(repo, "prisma/migrations"), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe("npm run db:migration", () => {
  let repo: string;
  beforeAll(async () => {
    // The current schema and migrations, committed in a repository of their own.
    repo = await mkdtemp(path.join(os.tmpdir(), "sy-dbmig-"));
    await mkdir(path.join(repo, "prisma"));
    await cp(path.join(REPO, "prisma/schema.prisma"), path.join(repo, "prisma/schema.prisma"));
    await cp(path.join(REPO, "prisma/migrations"), path.join(repo, "prisma/migrations"), { recursive: true });
    await git(repo, "init", "-q");
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  // Each case starts a process (tsx compiles the script): side by side, and with room for a
  // busy CI machine, where five in a row took over 30 s.
  it("refuses a bad or missing name and writes nothing", { timeout: 120_000 }, async () => {
    const before = await migrationDirs(repo);
    const bads = ["Add-Users", "add users", "../escape", "add;rm", ""];
    const runs = await Promise.all(bads.map((bad) => run("db-migration.ts", ["--", bad], { cwd: repo })));
    bads.forEach((bad, i) => {
      expect(runs[i].code, bad).not.toBe(0);
      expect(runs[i].stderr, bad).toMatch(/Bad migration name|Usage/);
    });
    const none = await run("db-migration.ts", [], { cwd: repo });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage/);
    expect(await migrationDirs(repo)).toEqual(before);
  });

  it("refuses while a migration is not committed yet", async () => {
    // Before the first commit every migration folder counts as uncommitted.
    const r = await run("db-migration.ts", ["--", "second"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Uncommitted migrations: .*_init/);
  });

  it("says no changes and writes nothing when the schema matches the committed migrations", { timeout: 180_000 }, async () => {
    await git(repo, "add", "-A");
    await git(repo, "commit", "-q", "-m", "schema and migrations");
    const before = await migrationDirs(repo);
    const r = await run("db-migration.ts", ["--", "nothing_new"], { cwd: repo });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No changes/);
    expect(await migrationDirs(repo)).toEqual(before);
  });

  it("writes a timestamped migration with exactly the schema change, which then applies", { timeout: 180_000 }, async () => {
    const schemaPath = path.join(repo, "prisma/schema.prisma");
    await writeFile(
      schemaPath,
      `${await readFile(schemaPath, "utf8")}\nmodel ScratchNote {\n  id   String @id @db.Uuid\n  body String\n\n  @@map("scratch_notes")\n}\n`,
    );
    const before = await migrationDirs(repo);
    const r = await run("db-migration.ts", ["--", "scratch_notes"], { cwd: repo });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const added = (await migrationDirs(repo)).filter((d) => !before.includes(d));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^\d{14}_scratch_notes$/);
    // The stamp is the UTC time of the run: within a day of now, and sorted after the others.
    const stamp = added[0].slice(0, 14);
    const when = Date.UTC(+stamp.slice(0, 4), +stamp.slice(4, 6) - 1, +stamp.slice(6, 8), +stamp.slice(8, 10), +stamp.slice(10, 12), +stamp.slice(12, 14));
    expect(Math.abs(when - Date.now())).toBeLessThan(86_400_000);
    expect(added[0] > before.at(-1)!).toBe(true);
    const sql = await readFile(path.join(repo, "prisma/migrations", added[0], "migration.sql"), "utf8");
    expect(sql).toMatch(/CREATE TABLE "scratch_notes"/);
    expect(sql).not.toMatch(/CREATE TABLE "users"/); // only the change, not the whole schema

    // The committed migrations plus the new one apply cleanly, the way the app applies them.
    const db = await openDatabase({ dataDir: "memory://", poolSize: 1, statementTimeoutMs: 0, connectRetries: 0 });
    try {
      expect(await migrate(db.raw, path.join(repo, "prisma/migrations"))).toEqual([added[0]]);
      await db.raw.exec(`INSERT INTO scratch_notes (id, body) VALUES ('${crypto.randomUUID()}', 'hello')`);
    } finally {
      await db.close();
    }
  });
});

describe("npm run admin:create", () => {
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "sy-admin-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  async function findUser(email: string) {
    const db = await openDatabase({ dataDir, poolSize: 1, statementTimeoutMs: 0, connectRetries: 0 });
    try {
      return await db.prisma.user.findUnique({ where: { email } });
    } finally {
      await db.close();
    }
  }

  it("refuses missing or bad arguments without touching the database", { timeout: 120_000 }, async () => {
    const cases: [string[], RegExp][] = [
      [[], /email is required.*password is required/],
      [["--email", "root@local"], /password is required/],
      [["--email", "not-an-email", "--password", "long-enough-1"], /not an email/],
      [["--email", "root@local", "--password", "short"], /at least 8/],
      [["--email", "root@local", "--pasword", "typo-in-flag"], /Unknown option/],
    ];
    const runs = await Promise.all(cases.map(([args]) => run("admin-create.ts", ["--", ...args], { env: env() })));
    cases.forEach(([args, message], i) => {
      expect(runs[i].code, args.join(" ")).toBe(2);
      expect(runs[i].stderr, args.join(" ")).toMatch(message);
    });
    expect(await readdir(dataDir)).toEqual([]);
  });

  it("creates the admin from arguments, then reports it as already an admin", { timeout: 120_000 }, async () => {
    const r = await run("admin-create.ts", ["--", "--email", "Root@Local", "--password", "root-password-1"], { env: env() });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Created admin root@local/);
    const user = await findUser("root@local");
    expect(user?.role).toBe("ADMIN");
    expect(await verifyPassword("root-password-1", user!.passwordHash)).toBe(true);

    const again = await run("admin-create.ts", ["--email", "root@local", "--password", "another-password"], { env: env() });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already an admin/);
    // Not a password reset: the original password still holds.
    expect(await verifyPassword("root-password-1", (await findUser("root@local"))!.passwordHash)).toBe(true);
  });

  it("promotes an existing user named by ADMIN_EMAIL / ADMIN_PASSWORD", { timeout: 120_000 }, async () => {
    const db = await openDatabase({ dataDir, poolSize: 1, statementTimeoutMs: 0, connectRetries: 0 });
    await db.prisma.user.create({ data: { email: "ops@example.test", displayName: "Ops" } });
    await db.close();
    expect((await findUser("ops@example.test"))?.role).toBe("USER");

    const r = await run("admin-create.ts", [], {
      env: { ...env(), ADMIN_EMAIL: "ops@example.test", ADMIN_PASSWORD: "ops-password-1" },
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Promoted ops@example.test to admin/);
    expect((await findUser("ops@example.test"))?.role).toBe("ADMIN");
  });
});
