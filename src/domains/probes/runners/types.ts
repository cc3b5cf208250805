// What every runner gets and returns. A runner does the network work of one probe kind; the
// service around it (probes.service.ts) validates, charges the quota and records the job.
import type { Duplex } from "node:stream";
import type { OutboundGuard } from "../../../http/outbound.js";

export interface RunContext {
  guard: OutboundGuard;
  /**
   * Aborted on timeout (reason ProbeTimeout) or when the client that waits for the result
   * goes away (reason ClientGone): runners stop at once and kill or close what they started.
   */
  signal: AbortSignal;
  timeoutMs: number;
  /** Each ping reply / traceroute hop as it arrives (probeProgress). */
  progress?: (event: Record<string, unknown>) => void;
}

export interface RunOutcome {
  success: boolean;
  /** Structured result (JSON-safe). */
  result: Record<string, unknown>;
  /** The text form seed 003 prints. */
  text: string;
}

/** The probe ran out of time (PROBE_TIMEOUT_MS). */
export class ProbeTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
    this.name = "ProbeTimeout";
  }
}

/** The request waiting for the probe was closed before the probe finished. */
export class ClientGone extends Error {
  constructor() {
    super("client went away");
    this.name = "ClientGone";
  }
}

/** Why the run was stopped ("timed out after 30000 ms", "client went away"), or null while it runs. */
export function stopReason(signal: AbortSignal): string | null {
  if (!signal.aborted) return null;
  return signal.reason instanceof Error ? signal.reason.message : "stopped";
}

/** An error saying why the run was stopped (for runners that fail on abort). */
export const stopped = (signal: AbortSignal) => new Error(stopReason(signal) ?? "stopped");

/**
 * A connection being opened, given up when the run is stopped: the caller gets the stop
 * reason at once, and a socket that connects afterwards is destroyed rather than leaked.
 */
export function abortable<T extends Duplex>(opening: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    opening.then((s) => s.destroy(), () => undefined);
    return Promise.reject(stopped(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(stopped(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    opening.then(
      (sock) => {
        signal.removeEventListener("abort", onAbort);
        if (signal.aborted) sock.destroy();
        else resolve(sock);
      },
      (err) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}

export const round = (ms: number) => Math.round(ms * 1000) / 1000;
