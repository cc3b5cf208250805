// The system tools ping and traceroute: found once at start-up, spawned without a shell with
// an argument vector we build, killed (SIGKILL) when the probe is stopped (timeout, or the
// client that waits for it went away), their output capped.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { AppError } from "../../../errors.js";

export const TOOLS = {
  ping: { binary: "ping", package: "iputils-ping" },
  traceroute: { binary: "traceroute", package: "traceroute" },
} as const;
export type ToolName = keyof typeof TOOLS;

const SEARCH = ["/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin", "/usr/local/sbin"];

/** A probe whose system tool is not installed: says which Debian package provides it. */
export class ToolMissingError extends AppError {
  constructor(tool: ToolName) {
    super("INTERNAL", `${tool} is not installed on this server; install the Debian package ${TOOLS[tool].package} (apt-get install ${TOOLS[tool].package})`, {
      tool,
      package: TOOLS[tool].package,
    });
  }
}

const found = new Map<ToolName, string | null>();

/** The tool's absolute path, or null; looked up once per process (PATH plus the sbin dirs). */
export function findTool(tool: ToolName): string | null {
  if (found.has(tool)) return found.get(tool)!;
  const dirs = [...(process.env.PATH ?? "").split(":").filter(Boolean), ...SEARCH];
  let hit: string | null = null;
  for (const dir of dirs) {
    const file = path.join(dir, TOOLS[tool].binary);
    try {
      accessSync(file, constants.X_OK);
      hit = file;
      break;
    } catch {
      /* next */
    }
  }
  found.set(tool, hit);
  return hit;
}

export interface ToolRun {
  code: number | null;
  output: string;
  truncated: boolean;
  /** The probe was stopped (signal aborted) while the tool ran. */
  aborted: boolean;
  /** The tool ended by our SIGKILL (stopped or over the output cap), not by itself. */
  killed: boolean;
}

/**
 * Runs `tool argv` (no shell), calling `onLine` per complete stdout line as it arrives.
 * Output beyond `maxBytes` is dropped and the process killed; an abort kills it too.
 */
export function runTool(tool: ToolName, argv: string[], opts: { signal: AbortSignal; maxBytes: number; onLine?: (line: string) => void }): Promise<ToolRun> {
  const file = findTool(tool);
  if (!file) return Promise.reject(new ToolMissingError(tool));
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { shell: false, stdio: ["ignore", "pipe", "pipe"], env: { PATH: "/usr/bin:/bin", LC_ALL: "C" } });
    let output = "";
    let bytes = 0;
    let truncated = false;
    let pending = "";
    const kill = () => child.kill("SIGKILL");
    const onAbort = () => kill();
    if (opts.signal.aborted) kill();
    opts.signal.addEventListener("abort", onAbort, { once: true });
    const take = (chunk: Buffer, isStdout: boolean) => {
      if (truncated) return;
      const room = opts.maxBytes - bytes;
      const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
      bytes += piece.length;
      const text = piece.toString("utf8");
      output += text;
      if (isStdout && opts.onLine) {
        pending += text;
        const lines = pending.split("\n");
        pending = lines.pop()!;
        for (const l of lines) opts.onLine(l);
      }
      if (chunk.length > room) {
        truncated = true;
        kill();
      }
    };
    child.stdout.on("data", (c: Buffer) => take(c, true));
    child.stderr.on("data", (c: Buffer) => take(c, false));
    child.on("error", (err) => {
      opts.signal.removeEventListener("abort", onAbort);
      reject(err);
    });
    child.on("close", (code, signal) => {
      opts.signal.removeEventListener("abort", onAbort);
      if (pending && opts.onLine && !truncated) opts.onLine(pending);
      resolve({ code, output, truncated, aborted: opts.signal.aborted, killed: signal === "SIGKILL" });
    });
  });
}
