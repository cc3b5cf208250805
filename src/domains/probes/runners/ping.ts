// ping: iputils-ping against the checked address, one reply per line (-n: no reverse lookups).
import { runTool } from "./tools.js";
import { ProbeTimeout, round, stopReason, type RunContext, type RunOutcome } from "./types.js";

export interface PingParams {
  host: string;
  address: string;
  family: 4 | 6;
  count: number;
}

const REPLY = /icmp_seq=(\d+)\s+ttl=(\d+)\s+time=([\d.]+)\s*ms/;

export async function runPing(p: PingParams, ctx: RunContext, maxBytes: number): Promise<RunOutcome> {
  const replies: { seq: number; ttl: number; rttMs: number }[] = [];
  // -i 0.2: the shortest interval an unprivileged ping may use; -W: per-reply wait.
  const wait = Math.max(1, Math.min(10, Math.ceil(ctx.timeoutMs / 1000 / p.count)));
  const argv = [p.family === 6 ? "-6" : "-4", "-n", "-c", String(p.count), "-i", "0.2", "-W", String(wait), "--", p.address];
  const run = await runTool("ping", argv, {
    signal: ctx.signal,
    maxBytes,
    onLine: (line) => {
      const m = REPLY.exec(line);
      if (!m) return;
      const reply = { seq: Number(m[1]), ttl: Number(m[2]), rttMs: Number(m[3]) };
      replies.push(reply);
      ctx.progress?.({ type: "reply", ...reply });
    },
  });
  const received = replies.length;
  const rtts = replies.map((r) => r.rttMs);
  const stats = received
    ? { min: Math.min(...rtts), avg: round(rtts.reduce((a, b) => a + b, 0) / received), max: Math.max(...rtts) }
    : null;
  const loss = round(((p.count - received) / p.count) * 100);
  const lines = [`PING ${p.host} (${p.address})`, `Resolving to IP: ${p.address}`, ""];
  for (const r of replies) lines.push(`64 bytes from ${p.address}: icmp_seq=${r.seq} time=${r.rttMs} ms`);
  lines.push("", `--- ${p.host} ping statistics ---`, `${p.count} packets transmitted, ${received} received, ${loss.toFixed(1)}% packet loss`);
  if (stats) lines.push(`rtt min/avg/max = ${stats.min.toFixed(3)}/${stats.avg.toFixed(3)}/${stats.max.toFixed(3)} ms`);
  const stoppedBy = run.aborted ? stopReason(ctx.signal) : null;
  if (stoppedBy) lines.push("", `(stopped: ${stoppedBy})`);
  return {
    success: received > 0,
    result: {
      address: p.address,
      transmitted: p.count,
      received,
      lossPercent: loss,
      replies,
      rtt: stats,
      timedOut: run.aborted && ctx.signal.reason instanceof ProbeTimeout,
      stopped: stoppedBy,
      killed: run.killed,
      truncated: run.truncated,
    },
    text: lines.join("\n"),
  };
}
