// Stage 1: can we open a TCP connection to the proxy at all? Cheap, and it keeps dead
// proxies from costing a full request timeout.
import type { Checker } from "./types.js";
import { describeError } from "./errors.js";

export const tcpConnectChecker: Checker = {
  name: "tcp_connect",
  stage: 1,
  priority: 0,
  description: "Opens a TCP connection to the proxy address (through the outbound guard)",
  async run(target, ctx) {
    const started = performance.now();
    try {
      const socket = await ctx.guard.connect(target.ip, target.port, { timeoutMs: ctx.timeoutMs });
      const latencyMs = round(performance.now() - started);
      socket.destroy();
      return { passed: true, latencyMs, detail: `connected in ${latencyMs} ms` };
    } catch (err) {
      return { passed: false, latencyMs: null, detail: describeError(err) };
    }
  },
};

export const round = (ms: number) => Math.round(ms * 100) / 100;
