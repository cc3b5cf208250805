// Servers under test run in child processes so the load generator (this process) and the
// server each get a core of their own instead of sharing one event loop.
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { START_FLAGS } from "./node-flags.js";
import { Profiler } from "./profiler.js";

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

type Message =
  | { type: "ready"; url: string; info?: unknown }
  | { type: "cpu"; usage: NodeJS.CpuUsage }
  | { type: "profiled"; file: string | null };

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
    execArgv: ["--import", "tsx", ...START_FLAGS, ...(process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean)],
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

/** Serves `handler` on an ephemeral loopback port; `stop` closes it, then runs `onClose`. */
export async function serveOnLoopback(handler: RequestListener, onClose: () => Promise<void> = async () => {}): Promise<BenchServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => void onClose().then(resolve, resolve));
      }),
  };
}

export interface BenchServer {
  url: string;
  info?: unknown;
  stop(): Promise<void>;
}

/** The child side: start, report the URL, stop on request or when the parent goes away. */
export async function runAsBenchServer(start: () => Promise<BenchServer>): Promise<void> {
  if (!process.send) throw new Error("this file is a bench server; it is started by bench/run.ts");
  const server = await start();
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      (err) => {
        console.error("bench server stop failed:", err);
        process.exit(1);
      },
    );
  };
  const profiler = new Profiler(process.env.BENCH_PROFILE_DIR);
  process.on("message", (msg: { type?: string; phase?: "start" | "stop"; label?: string }) => {
    if (msg?.type === "stop") shutdown();
    if (msg?.type === "cpu") process.send!({ type: "cpu", usage: process.cpuUsage() } satisfies Message);
    if (msg?.type === "profile") {
      void profiler[msg.phase === "start" ? "start" : "stop"](msg.label ?? "server").then(
        (file) => process.send!({ type: "profiled", file } satisfies Message),
        (err) => {
          console.error("bench server profiling failed:", err);
          process.send!({ type: "profiled", file: null } satisfies Message);
        },
      );
    }
  });
  // A parent that crashed must not leave a server holding a port and a database.
  process.on("disconnect", shutdown);
  process.send({ type: "ready", url: server.url, info: server.info } satisfies Message);
}
