// Servers under test run in child processes so the load generator (this process) and the
// server each get a core of their own instead of sharing one event loop.
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { START_FLAGS } from "./node-flags.js";
import type { Message } from "./bench-server.js";

export interface ChildServer {
  url: string;
  /** Whatever else the child reported when ready (ports of peers, ...). */
  info?: unknown;
  pid: number;
  /** The server process's own CPU time so far (process.cpuUsage), in microseconds. */
  cpuUsage(): Promise<NodeJS.CpuUsage>;
  /**
   * With BENCH_PROFILE_DIR set, "start" begins a CPU profile in the server and "stop" writes
   * it (returns its path), so a profile covers the measured period only, not start-up.
   */
  profile(phase: "start" | "stop", label: string): Promise<string | null>;
  stop(): Promise<void>;
}


/**
 * Servers go on the last core and the load generator (this process) on core 0 when
 * `taskset` exists and there are at least two cores: otherwise the scheduler moves both
 * around and each run measures a different mix of contention. Returns what it did, for
 * the report.
 */
export function pinning(): string {
  if (os.cpus().length < 2) return "not pinned (one core)";
  try {
    execFileSync("taskset", ["-a", "-pc", "0", String(process.pid)], { stdio: "ignore" });
    return `load generator pinned to core 0, servers to core ${os.cpus().length - 1} (taskset)`;
  } catch {
    return "not pinned (taskset missing or refused)";
  }
}

function pinServer(pid: number) {
  if (os.cpus().length < 2) return;
  try {
    execFileSync("taskset", ["-a", "-pc", String(os.cpus().length - 1), String(pid)], { stdio: "ignore" });
  } catch {
    /* pinning() already reported that taskset is unavailable */
  }
}

function ask<T extends Message["type"]>(child: ChildProcess, request: object, answer: T): Promise<Extract<Message, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bench server did not answer ${JSON.stringify(request)}`)), 30_000);
    const onMessage = (msg: Message) => {
      if (msg?.type !== answer) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(msg as Extract<Message, { type: T }>);
    };
    child.on("message", onMessage);
    child.send(request);
  });
}

/**
 * Forks `entry` (a .ts file that calls runAsBenchServer) and waits until it listens. Every
 * server, switchyard and the baselines alike, runs with `npm start`'s Node flags.
 */
export function startServer(entry: URL, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<ChildServer> {
  const child = fork(fileURLToPath(entry), [], {
    env,
    // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" profiles the server, not the load generator.
    // TypeScript entries (the baselines) run under tsx; switchyard's is a bundle (bundle.ts) run as `npm start` runs it.
    execArgv: [...(entry.pathname.endsWith(".ts") ? ["--import", "tsx"] : []), ...START_FLAGS, ...(process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean)],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise<ChildServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${entry.pathname} did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${entry.pathname} exited before listening (code ${code}, signal ${signal})`));
    });
    child.once("message", (msg: Message) => {
      clearTimeout(timer);
      if (msg?.type !== "ready") return reject(new Error(`unexpected message from ${entry.pathname}: ${JSON.stringify(msg)}`));
      pinServer(child.pid!);
      resolve({
        url: msg.url,
        info: msg.info,
        pid: child.pid!,
        cpuUsage: async () => (await ask(child, { type: "cpu" }, "cpu")).usage,
        profile: async (phase, label) => (await ask(child, { type: "profile", phase, label }, "profiled")).file,
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.send({ type: "stop" });
          const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}
