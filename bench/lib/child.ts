// Servers under test run in child processes so the load generator (this process) and the
// server each get a core of their own instead of sharing one event loop.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface ChildServer {
  url: string;
  /** Whatever else the child reported when ready (ports of peers, ...). */
  info?: unknown;
  pid: number;
  stop(): Promise<void>;
}

type Message = { type: "ready"; url: string; info?: unknown };

/** Forks `entry` (a .ts file that calls runAsBenchServer) and waits until it listens. */
export function startServer(entry: URL, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<ChildServer> {
  const child = fork(fileURLToPath(entry), [], {
    env,
    // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" profiles the server, not the load generator.
    execArgv: ["--import", "tsx", ...(process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean)],
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
      resolve({
        url: msg.url,
        info: msg.info,
        pid: child.pid!,
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
  process.on("message", (msg: { type?: string }) => msg?.type === "stop" && shutdown());
  // A parent that crashed must not leave a server holding a port and a database.
  process.on("disconnect", shutdown);
  process.send({ type: "ready", url: server.url, info: server.info } satisfies Message);
}
