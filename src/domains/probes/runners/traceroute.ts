// traceroute: the Debian tool against the checked address, numeric (-n), one probe per hop
// (-q 1) so each output line is one hop, reported as it arrives.
import { runTool } from "./tools.js";
import { ProbeTimeout, stopReason, type RunContext, type RunOutcome } from "./types.js";

export interface TracerouteParams {
  host: string;
  address: string;
  family: 4 | 6;
  maxHops: number;
}

export interface Hop {
  hop: number;
  address: string | null;
  rttMs: number | null;
}

/** " 1  127.0.0.1  0.045 ms" or " 3  *" */
export function parseHop(line: string): Hop | null {
  const m = /^\s*(\d+)\s+(.*)$/.exec(line);
  if (!m) return null;
  const rest = m[2].trim();
  if (rest.startsWith("*")) return { hop: Number(m[1]), address: null, rttMs: null };
  const h = /^(\S+)\s+([\d.]+)\s*ms/.exec(rest);
  if (!h) return null;
  return { hop: Number(m[1]), address: h[1], rttMs: Number(h[2]) };
}

export async function runTraceroute(p: TracerouteParams, ctx: RunContext, maxBytes: number): Promise<RunOutcome> {
  const hops: Hop[] = [];
  const argv = [p.family === 6 ? "-6" : "-4", "-n", "-q", "1", "-w", "2", "-m", String(p.maxHops), "--", p.address];
  const run = await runTool("traceroute", argv, {
    signal: ctx.signal,
    maxBytes,
    onLine: (line) => {
      const hop = parseHop(line);
      if (!hop) return;
      hops.push(hop);
      ctx.progress?.({ type: "hop", ...hop });
    },
  });
  const reached = hops.some((h) => h.address === p.address);
  const lines = [`traceroute to ${p.host} (${p.address}), ${p.maxHops} hops max`, `Tracing route to ${p.host} [${p.address}]`, ""];
  for (const h of hops) lines.push(`${String(h.hop).padStart(2)}  ${h.address ? `${h.address}  ${h.rttMs} ms` : "*"}`);
  const stoppedBy = run.aborted ? stopReason(ctx.signal) : null;
  lines.push("", stoppedBy ? `Trace stopped: ${stoppedBy}.` : reached ? "Trace complete." : "Trace ended without reaching the target.");
  return {
    success: reached,
    result: {
      address: p.address,
      maxHops: p.maxHops,
      reached,
      hops,
      timedOut: run.aborted && ctx.signal.reason instanceof ProbeTimeout,
      stopped: stoppedBy,
      killed: run.killed,
      truncated: run.truncated,
      exitCode: run.code,
    },
    text: lines.join("\n"),
  };
}
