// Configuration: defaults with an empty environment, one named error per bad variable,
// and the real entry point refusing to start on a bad value.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

const ROOT = path.resolve(import.meta.dirname, "..");

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe("loadConfig", () => {
  it("runs with no environment at all: port 8000, PGlite in ./data, in-process pub/sub", () => {
    const c = loadConfig({});
    expect(c.port).toBe(8000);
    expect(c.host).toBe("0.0.0.0");
    expect(c.dataDir).toBe(path.resolve("data"));
    expect(path.isAbsolute(c.dataDir)).toBe(true);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
    expect(c.jwtSecret).toBeUndefined();
    expect(c.adminEmail).toBeUndefined();
    expect(c.signupCredits).toBe(0);
    expect(c.trustProxy).toEqual([]);
    expect(c.shutdownTimeoutMs).toBe(10_000);
    expect(c.env).toBe("development");
  });

  it("reads and coerces what is set", () => {
    const c = loadConfig({
      PORT: "9001",
      DATA_DIR: "relative/dir",
      DATABASE_URL: "postgresql://u:p@db:5432/sy",
      REDIS_URL: "rediss://cache:6380",
      JWT_SECRET: "x".repeat(32),
      ADMIN_EMAIL: "admin@local",
      ADMIN_PASSWORD: "long-enough",
      TRUST_PROXY: "10.0.0.0/8, 192.168.1.1",
      SHUTDOWN_TIMEOUT_MS: "2500",
    });
    expect(c).toMatchObject({
      port: 9001,
      dataDir: path.resolve("relative/dir"),
      databaseUrl: "postgresql://u:p@db:5432/sy",
      redisUrl: "rediss://cache:6380",
      adminEmail: "admin@local",
      trustProxy: ["10.0.0.0/8", "192.168.1.1"],
      shutdownTimeoutMs: 2500,
    });
  });

  it("gathers session events for 3 ms unless told otherwise; 0 turns it off", () => {
    expect(loadConfig({}).sessions.eventGatherMs).toBe(3);
    expect(loadConfig({ SESSION_EVENTS_GATHER_MS: "0" }).sessions.eventGatherMs).toBe(0);
    expect(loadConfig({ SESSION_EVENTS_GATHER_MS: "12" }).sessions.eventGatherMs).toBe(12);
  });

  it("keeps memory:// as PGlite's in-memory database instead of a ./memory: directory", () => {
    expect(loadConfig({ DATA_DIR: "memory://" }).dataDir).toBe("memory://");
  });

  it("treats blank optional URLs as unset", () => {
    const c = loadConfig({ DATABASE_URL: "  ", REDIS_URL: "" });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["PORT", "-1"],
    ["PORT", "80.5"],
    ["DATABASE_URL", "mysql://root@db/sy"],
    ["DATABASE_URL", "db.internal:5432"],
    ["REDIS_URL", "http://cache:6379"],
    ["JWT_SECRET", "too-short"],
    ["ADMIN_PASSWORD", "short"],
    ["SHUTDOWN_TIMEOUT_MS", "soon"],
    ["LOG_LEVEL", "verbose"],
    ["POOL_LOW_THRESHOLD", "-1"],
    ["CREDITS_LOW_THRESHOLD", "ten"],
    ["NODE_ENV", "staging"],
    ["SESSION_EVENTS_GATHER_MS", "-1"],
    ["SESSION_EVENTS_GATHER_MS", "101"],
    ["SESSION_EVENTS_GATHER_MS", "2.5"],
  ])("rejects %s=%j with an error naming it", (name, value) => {
    const problems = problemsOf(name === "ADMIN_PASSWORD" ? { ADMIN_EMAIL: "a@b", [name]: value } : { [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}: `));
  });

  it("requires ADMIN_EMAIL and ADMIN_PASSWORD together", () => {
    expect(problemsOf({ ADMIN_EMAIL: "admin@local" })[0]).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    expect(problemsOf({ ADMIN_PASSWORD: "long-enough" })[0]).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD/);
  });

  it("reports every bad variable at once, one line each", () => {
    const problems = problemsOf({ PORT: "x", REDIS_URL: "tcp://r", JWT_SECRET: "short" });
    expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(["JWT_SECRET", "PORT", "REDIS_URL"]);
    const err = (() => {
      try {
        loadConfig({ PORT: "x", REDIS_URL: "tcp://r" });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message.split("\n")).toHaveLength(3); // heading + one line per variable
  });

  it("never echoes secrets or URL passwords in its messages", () => {
    const problems = problemsOf({
      JWT_SECRET: "hunter2-secret",
      ADMIN_EMAIL: "a@b",
      ADMIN_PASSWORD: "pw1",
      DATABASE_URL: "mysql://root:dbpass99@db/sy",
    });
    const text = problems.join("\n");
    expect(text).toMatch(/JWT_SECRET/);
    expect(text).toMatch(/ADMIN_PASSWORD/);
    expect(text).not.toContain("hunter2-secret");
    expect(text).not.toContain("pw1");
    expect(text).not.toContain("dbpass99");
    expect(text).toContain("mysql://root:***@db/sy"); // enough left to recognise the value
  });
});

// Each case starts the app through tsx, which compiles every module first: well inside a
// second on a quiet machine, over 30 s on a busy CI one.
describe("src/main.ts with a bad variable", { timeout: 120_000 }, () => {
  function run(env: Record<string, string>) {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      child.once("close", (code) => resolve({ code, stdout, stderr })),
    );
  }

  it("exits 1 and prints which variable is wrong, before touching the database", async () => {
    const res = await run({ PORT: "not-a-port", DATA_DIR: "/nonexistent/should-not-be-created" });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Invalid configuration/);
    expect(res.stderr).toMatch(/PORT: .*"not-a-port"/);
    expect(res.stdout).not.toMatch(/starting switchyard/);
  });

  it("exits 1 for a short JWT_SECRET without printing it", async () => {
    const res = await run({ JWT_SECRET: "my-little-secret" });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/JWT_SECRET: must be at least 32 characters/);
    expect(res.stderr).not.toContain("my-little-secret");
  });
});
