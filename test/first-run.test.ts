// A first run that explains itself, proved on real processes started like `npm start`:
// one PGlite directory serves one process (a second server and admin:create are refused and
// change nothing; a lock left by a dead process is taken over), start-up failures are one
// line without a stack trace, and SIGTERM works when nobody reads stdout any more.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe as vitestDescribe, expect, it } from "vitest";

// The processes spawned here use their own PGlite directories and closed loopback ports,
// never TEST_DATABASE_URL or TEST_REDIS_URL: the services suite would only repeat them.
const describe = process.env.TEST_DATABASE_URL ? vitestDescribe.skip : vitestDescribe;
import { openDatabase } from "../src/db.js";
import { LOCK_FILE } from "../src/db/pglite-lock.js";
import { buildServer, SERVER_ENTRY, freePort } from "./server-process.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
beforeAll(buildServer, 180_000);

interface Proc {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
  listening(): Promise<void>;
}

const running: Proc[] = [];
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
  for (const c of cleanup.splice(0)) await c();
});

/** The compiled server, as `npm start` runs it, with only the environment given (nothing from the developer's shell). */
function start(env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? os.tmpdir(), HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const proc: Proc = {
    child,
    stdout: "",
    stderr: "",
    exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))),
    listening: () =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (proc.stdout.includes('"switchyard listening"')) return resolve();
          if (child.exitCode !== null) return reject(new Error(`exited ${child.exitCode} before listening: ${proc.stderr}`));
          setTimeout(check, 50);
        };
        check();
      }),
  };
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (proc.stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (proc.stderr += d));
  running.push(proc);
  return proc;
}

async function tempDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sy-first-run-"));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A start-up failure: exit 1 and exactly one line on stderr, no stack frames. */
async function expectOneLineFailure(proc: Proc, pattern: RegExp) {
  expect(await proc.exited).toBe(1);
  const lines = proc.stderr.trimEnd().split("\n");
  expect(lines, proc.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(proc.stderr).not.toMatch(/^\s+at /m);
  expect(proc.stdout).not.toContain('"switchyard listening"');
}

function adminCreate(dataDir: string, email: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      TSX,
      [path.join(ROOT, "scripts/admin-create.ts"), "--email", email, "--password", "admin-password-1"],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? os.tmpdir(), DATA_DIR: dataDir }, timeout: 120_000 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }),
    ),
  );
}

describe("one process per PGlite directory", () => {
  it("refuses admin:create and a second server while a server holds the directory, changing nothing", async () => {
    const dataDir = await tempDir();
    const server = start({ PORT: String(await freePort()), DATA_DIR: dataDir });
    await server.listening();
    const pid = server.child.pid!;

    const created = await adminCreate(dataDir, "late-admin@example.test");
    expect(created.code).toBe(1);
    expect(created.stdout).not.toMatch(/Created admin/);
    expect(created.stderr).toContain(`${dataDir} is in use by process ${pid}`);
    expect(created.stderr).toMatch(/Nothing was changed/);

    const second = start({ PORT: String(await freePort()), DATA_DIR: dataDir });
    await expectOneLineFailure(second, new RegExp(`is in use by process ${pid}.*DATA_DIR`));

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false); // released on the way out

    const db = await openDatabase({ dataDir, poolSize: 1, statementTimeoutMs: 0, connectRetries: 0 });
    try {
      expect(await db.prisma.user.count({ where: { email: "late-admin@example.test" } })).toBe(0);
    } finally {
      await db.close();
    }
  }, 180_000);

  it("takes over a lock left by a process that is gone", async () => {
    const dataDir = await tempDir();
    const gone = spawn(process.execPath, ["-e", ""]);
    const deadPid = gone.pid!;
    await new Promise((r) => gone.once("exit", r));
    await writeFile(path.join(dataDir, LOCK_FILE), `${deadPid}\n`);
    const created = await adminCreate(dataDir, "admin@example.test");
    expect(created.stderr).toBe("");
    expect(created.stdout).toMatch(/Created admin admin@example.test/);
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  }, 120_000);
});

describe("start-up failures are one line", () => {
  it("port in use", async () => {
    const holder = net.createServer();
    await new Promise<void>((r) => holder.listen(0, "127.0.0.1", () => r()));
    cleanup.push(() => new Promise((r) => holder.close(r)));
    const port = (holder.address() as AddressInfo).port;
    const proc = start({ PORT: String(port), DATA_DIR: await tempDir() });
    await expectOneLineFailure(proc, new RegExp(`^Port ${port} is already in use on 127\\.0\\.0\\.1: .*PORT`));
  }, 120_000);

  it("PostgreSQL unreachable after its retries", async () => {
    const port = await freePort(); // closed: nothing listens there
    const proc = start({ PORT: String(await freePort()), DATABASE_URL: `postgresql://postgres:hunter2@127.0.0.1:${port}/none`, DATABASE_CONNECT_RETRIES: "1" });
    await expectOneLineFailure(proc, new RegExp(`^PostgreSQL at postgresql://postgres:\\*\\*\\*@127\\.0\\.0\\.1:${port}/none is unreachable after 2 attempts .*DATABASE_URL`));
    expect(proc.stderr).not.toContain("hunter2");
  }, 120_000);

  it("Redis unreachable, before listening", async () => {
    const port = await freePort();
    const proc = start({ PORT: String(await freePort()), DATA_DIR: await tempDir(), REDIS_URL: `redis://127.0.0.1:${port}`, DATABASE_CONNECT_RETRIES: "1" });
    await expectOneLineFailure(proc, new RegExp(`^Redis at redis://127\\.0\\.0\\.1:${port} is unreachable after 2 attempts .*REDIS_URL`));
  }, 120_000);
});

describe("SIGTERM when nobody reads stdout", () => {
  async function listeningServer() {
    const port = await freePort();
    // trace logs every request, so the flood below is sure to fill a pipe nobody reads.
    const proc = start({ PORT: String(port), DATA_DIR: await tempDir(), LOG_LEVEL: "trace" });
    await proc.listening();
    return { proc, base: `http://127.0.0.1:${port}` };
  }
  const flood = async (base: string) => {
    // 800 requests at trace level write several hundred KB: far past a 64 KB pipe buffer.
    for (let i = 0; i < 400; i++) await Promise.all(Array.from({ length: 2 }, () => fetch(`${base}/health`).then((r) => r.arrayBuffer())));
  };

  it("exits 0 when the reader has closed the pipe", async () => {
    const { proc, base } = await listeningServer();
    proc.child.stdout!.destroy();
    await flood(base);
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
  }, 120_000);

  it("exits 0 when the pipe is full and never read again", async () => {
    const { proc, base } = await listeningServer();
    proc.child.stdout!.removeAllListeners("data");
    proc.child.stdout!.pause();
    await flood(base);
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
  }, 120_000);
});
