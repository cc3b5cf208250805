// The child's side of a bench server (bench/lib/child.ts forks it): serve, say where, report
// CPU and profiles on request, stop when asked or when the parent goes away. Kept apart from
// child.ts so that a bundled server (bundle.ts) carries none of the parent's code.
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Profiler } from "./profiler.js";

/** What a bench server and the bench say to each other over the fork's IPC channel. */
export type Message =
  | { type: "ready"; url: string; info?: unknown }
  | { type: "cpu"; usage: NodeJS.CpuUsage }
  | { type: "profiled"; file: string | null };

/** Serves `handler` on an ephemeral loopback port; `stop` closes it, then runs `onClose`. */
export function serveOnLoopback(handler: RequestListener, onClose: () => Promise<void> = async () => {}): Promise<BenchServer> {
  return listenOnLoopback(createServer(handler), { afterClose: onClose });
}

/**
 * Listens with `server` on an ephemeral loopback port. `stop` runs `beforeClose` (ending what
 * the server's close would wait for, such as upgraded WebSockets), closes every connection and
 * the server, then runs `afterClose`.
 */
export async function listenOnLoopback(server: Server, hooks: { beforeClose?: () => void; afterClose?: () => Promise<void> } = {}): Promise<BenchServer> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        hooks.beforeClose?.();
        server.closeAllConnections();
        server.close(() => void (hooks.afterClose?.() ?? Promise.resolve()).then(resolve, resolve));
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
