// What every runner gets and returns. A runner does the network work of one probe kind; the
// service around it (probes.service.ts) validates, charges the quota and records the job.
import type { OutboundGuard } from "../../../http/outbound.js";

export interface RunContext {
  guard: OutboundGuard;
  /** Aborted on timeout or when the client goes away: runners stop and kill what they started. */
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

export const round = (ms: number) => Math.round(ms * 1000) / 1000;
