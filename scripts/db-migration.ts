// `npm run db:migration -- <name>`: writes prisma/migrations/<UTC yyyymmddHHMMSS>_<name>/
// migration.sql from the difference between prisma/schema.prisma as of the last commit
// that touched prisma/migrations (what the committed migrations build) and the working
// copy. No database is involved: `prisma migrate dev` needs a shadow database that
// neither adapter manages (stack-notes), `migrate diff` between two schema files does not.
// The diff runs Prisma 6.19's CLI (tools/prisma-6) with its WebAssembly schema engine:
// Prisma 7's `migrate diff` needs a native engine that cannot be downloaded here
// (docs/database.md).
// Works on the current directory (npm runs scripts in the package root), so tests can run
// it inside a scratch git repository.
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Its own package, so that its `prisma` bin never competes with Prisma 7's in node_modules/.bin.
const PRISMA_6_CLI = path.join(
  path.dirname(createRequire(path.join(REPO, "tools/prisma-6/package.json")).resolve("prisma/package.json")),
  "build/index.js",
);
const DIFF_CONFIG = path.join(REPO, "scripts/prisma-diff.config.ts");
export const EMPTY_MIGRATION = "-- This is an empty migration.";
const NAME = /^[a-z0-9_]{1,200}$/;

/** What the 6.19 CLI is told its own schema is: no native engine wanted, a url it never uses. */
const CONFIG_SCHEMA = `generator client {
  provider   = "prisma-client-js"
  engineType = "client"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
`;

/**
 * A schema as Prisma 6.19 reads it. Prisma 7 moved the datasource url to prisma.config.ts and
 * refuses one in the schema; 6.19 requires it. The url plays no part in the SQL of a diff.
 */
export function forPrisma6(schema: string): string {
  return schema.replace(/^(datasource\s+\w+\s*\{)([^}]*)\}/m, (block, head: string, body: string) =>
    /^\s*url\s*=/m.test(body) ? block : `${head}${body.replace(/\s*$/, "\n")}  url = env("DATABASE_URL")\n}`,
  );
}

/**
 * Runs `prisma migrate diff --script` from `from` (a schema file, or null for an empty
 * database) to `to`, in `cwd`, and returns the SQL. The CLI connects its adapter even for
 * a file-to-file diff and then lingers (or, with an on-disk PGlite, never exits), so once
 * the output file has stopped growing the child is stopped: the script is complete then.
 */
export async function migrateDiff(from: string | null, to: string, cwd = process.cwd(), timeoutMs = 180_000): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sy-diff-"));
  const out = path.join(dir, "diff.sql");
  const copy = async (file: string, name: string) => {
    const target = path.join(dir, name);
    await writeFile(target, forPrisma6(await readFile(path.resolve(cwd, file), "utf8")));
    return target;
  };
  await writeFile(path.join(dir, "config.prisma"), CONFIG_SCHEMA);
  const args = [
    PRISMA_6_CLI, "migrate", "diff", "--config", DIFF_CONFIG,
    ...(from ? ["--from-schema-datamodel", await copy(from, "from.prisma")] : ["--from-empty"]),
    "--to-schema-datamodel", await copy(to, "to.prisma"), "--script", "-o", out,
  ];
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      SWITCHYARD_DIFF_SCHEMA: path.join(dir, "config.prisma"),
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  try {
    let lastSize = -1;
    let stableFor = 0;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      if (Date.now() > deadline) throw new Error(`prisma migrate diff produced nothing in ${timeoutMs / 1000} s:\n${output}`);
      const size = existsSync(out) ? (await stat(out)).size : -1;
      if (exitCode !== undefined) {
        if (exitCode !== 0 || size < 0) throw new Error(`prisma migrate diff failed (exit ${exitCode}):\n${output}`);
        break;
      }
      stableFor = size > 0 && size === lastSize ? stableFor + 1 : 0;
      lastSize = size;
      if (stableFor >= 3) {
        child.kill("SIGKILL"); // nothing left to do: the script is written
        await exited;
        break;
      }
    }
    return await readFile(out, "utf8");
  } finally {
    if (exitCode === undefined) child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  }
}

export const isEmptyMigration = (sql: string) => sql.trim() === "" || sql.trim() === EMPTY_MIGRATION;

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch {
    return null; // not a repository, or no commits yet
  }
}

/** Folder name stamp: UTC yyyymmddHHMMSS. */
export const timestamp = (d = new Date()) => d.toISOString().replace(/[-:T]/g, "").slice(0, 14);

export async function createMigration(name: string, cwd = process.cwd(), log = console.log): Promise<string | null> {
  if (!NAME.test(name)) throw new Error(`Bad migration name ${JSON.stringify(name)}: use lower-case letters, digits and _ only`);
  const migrationsDir = path.join(cwd, "prisma/migrations");
  const schemaPath = path.join(cwd, "prisma/schema.prisma");
  const sha = git(["log", "-1", "--format=%H", "--", "prisma/migrations"], cwd) || null;

  // A migration folder that the base commit lacks was made from the same base: diffing again
  // would repeat its statements. It has to be committed (or removed) first.
  const onDisk = existsSync(migrationsDir)
    ? (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name)
    : [];
  const committed = sha ? (git(["ls-tree", "--name-only", `${sha}:./prisma/migrations`], cwd) ?? "").split("\n") : [];
  const pending = onDisk.filter((n) => !committed.includes(n));
  if (pending.length) {
    throw new Error(`Uncommitted migrations: ${pending.join(", ")}. Commit them (or delete them) before creating another.`);
  }

  const tmp = await mkdtemp(path.join(os.tmpdir(), "sy-prev-schema-"));
  try {
    let from: string | null = null;
    const previous = sha ? git(["show", `${sha}:./prisma/schema.prisma`], cwd) : null;
    if (previous !== null) {
      from = path.join(tmp, "schema.prisma");
      await writeFile(from, `${previous}\n`);
    }
    log(from ? `Previous schema: prisma/schema.prisma at ${sha!.slice(0, 12)}` : "No committed migrations: diffing from an empty database");
    const sql = await migrateDiff(from, schemaPath, cwd);
    if (isEmptyMigration(sql)) {
      log("No changes: prisma/schema.prisma matches the committed migrations; nothing written.");
      return null;
    }
    const dir = path.join(migrationsDir, `${timestamp()}_${name}`);
    if (existsSync(dir)) throw new Error(`${path.relative(cwd, dir)} already exists`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    log(`Created ${path.relative(cwd, path.join(dir, "migration.sql"))}. Review it, then commit it with the schema.`);
    return dir;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length !== 1) {
    console.error("Usage: npm run db:migration -- <name>   (name: lower-case letters, digits and _)");
    process.exit(2);
  }
  createMigration(args[0]).then(
    () => process.exit(0),
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
