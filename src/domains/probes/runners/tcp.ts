// TCP connect: how long the handshake takes (to the target, or to the target through a
// leased proxy, where the time includes the proxy's own connect).
import type { Duplex } from "node:stream";
import { abortable, round, type RunContext, type RunOutcome } from "./types.js";

export interface TcpParams {
  host: string;
  port: number;
  /** Opens the connection (guarded direct connect, or through a proxy). */
  open: () => Promise<Duplex>;
  via?: string;
}

export async function runTcp(p: TcpParams, ctx: RunContext): Promise<RunOutcome> {
  const started = performance.now();
  try {
    const sock = await abortable(p.open(), ctx.signal);
    const ms = round(performance.now() - started);
    sock.destroy();
    return {
      success: true,
      result: { host: p.host, port: p.port, connected: true, connectMs: ms, via: p.via ?? null },
      text: `TCP connect to ${p.host}:${p.port}${p.via ? ` via ${p.via}` : ""}: connected in ${ms} ms`,
    };
  } catch (err) {
    const message = (err as Error).message;
    return {
      success: false,
      result: { host: p.host, port: p.port, connected: false, error: message, via: p.via ?? null },
      text: `TCP connect to ${p.host}:${p.port}${p.via ? ` via ${p.via}` : ""}: failed (${message})`,
    };
  }
}
