// The process logger: JSON lines on stdout that never stop the process. pino writes stdout
// synchronously, and Node makes a stdout pipe blocking: on a pipe nobody reads (the parent
// exited but the pipe lives on in another process) a write blocked in the kernel for good and
// the node ignored SIGTERM. So a pipe is written through a non-blocking descriptor of its own,
// a stall longer than STALL_MS drops log lines (at most MAX_BACKLOG bytes are kept for a
// reader that comes back), and a closed pipe (EPIPE) ends logging quietly.
import { constants, fstatSync, openSync } from "node:fs";
import { pino, type Logger } from "pino";
import type { LogTap } from "./log-tap.js";

const STALL_MS = 1_000;
const MAX_BACKLOG = 1024 * 1024;

/** `tap` also receives every line stdout gets (src/log-tap.ts); stdout itself is unchanged. */
export function processLogger(level: string, tap?: LogTap): Logger {
  let stalledSince: number | undefined;
  const dest = pino.destination({
    dest: stdoutDescriptor(),
    sync: true, // lines in order, and nothing lost when the process exits
    maxLength: MAX_BACKLOG,
    retryEAGAIN: () => {
      stalledSince ??= Date.now();
      return Date.now() - stalledSince < STALL_MS;
    },
  });
  // sonic-boom reports 0 bytes after each retry pause: only real progress ends a stall.
  dest.on("write", (n: number) => void (n > 0 && (stalledSince = undefined)));
  // EAGAIN past the stall budget: the line is dropped, the next write tries again. pino's own
  // handler turns EPIPE into a no-op; anything else must not become an uncaught exception.
  dest.on("error", () => {});
  // console.* (scripts, start-up errors) writes through process.stdout: EPIPE there is harmless too.
  process.stdout.on("error", () => {});
  const options = { level, base: { service: "switchyard" } };
  if (!tap) return pino(options, dest);
  // Both streams take every line the logger emits: the logger's level (live) still decides.
  return pino(options, pino.multistream([{ level: "trace", stream: dest }, { level: "trace", stream: tap.stream }]));
}

/**
 * A non-blocking descriptor for stdout when it is a pipe. Opening /proc/self/fd/1 gives a new
 * open file description of the same pipe, so O_NONBLOCK here leaves fd 1 as Node set it.
 * Files and terminals keep fd 1 (reopening a file would write from its start).
 */
function stdoutDescriptor(): number {
  try {
    if (fstatSync(1).isFIFO()) return openSync("/proc/self/fd/1", constants.O_WRONLY | constants.O_NONBLOCK);
  } catch {
    /* no /proc (not Linux): fd 1 as it is */
  }
  return 1;
}
