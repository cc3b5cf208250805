// The validate bench's peers, in a process of their own so the validator's CPU figures are
// its own: the judge (as every node serves it), one proxy-chain server, and loopback ports
// that either hand their sockets to proxy-chain (answering proxies) or accept and never
// answer (silent ones). BENCH_PEERS_ANSWERING / BENCH_PEERS_SILENT say how many of each.
import { once } from "node:events";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import { Server as ProxyChainServer } from "proxy-chain";
import { runAsBenchServer } from "./lib/bench-server.js";
import { mountJudge } from "../src/domains/proxies/judge.routes.js";

export interface PeersInfo {
  answering: number[];
  silent: number[];
}

await runAsBenchServer(async () => {
  const closers: (() => Promise<unknown> | void)[] = [];
  const judgeApp = new Hono();
  mountJudge(judgeApp);
  const judge = createAdaptorServer({ fetch: judgeApp.fetch });
  judge.listen(0, "127.0.0.1");
  await once(judge, "listening");
  closers.push(() => new Promise((r) => judge.close(r)));

  const chain = new ProxyChainServer({ port: 0, host: "127.0.0.1", verbose: false });
  await chain.listen();
  closers.push(() => chain.close(true));
  const sockets = new Set<net.Socket>();
  const listen = async (onSocket: (s: net.Socket) => void) => {
    const srv = net.createServer((s) => {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => undefined);
      onSocket(s);
    });
    srv.listen(0, "127.0.0.1");
    await once(srv, "listening");
    closers.push(() => new Promise((r) => srv.close(r)));
    return (srv.address() as AddressInfo).port;
  };
  const info: PeersInfo = { answering: [], silent: [] };
  for (let i = 0; i < Number(process.env.BENCH_PEERS_ANSWERING); i++) info.answering.push(await listen((s) => chain.server.emit("connection", s)));
  for (let i = 0; i < Number(process.env.BENCH_PEERS_SILENT); i++) info.silent.push(await listen(() => undefined));
  closers.push(() => sockets.forEach((s) => s.destroy()));
  return {
    url: `http://127.0.0.1:${(judge.address() as AddressInfo).port}/judge`,
    info,
    async stop() {
      for (const close of closers.reverse()) await Promise.resolve(close()).catch(() => undefined);
    },
  };
});
