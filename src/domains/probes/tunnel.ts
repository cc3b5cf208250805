// Connections for probes: straight to the checked target through the outbound guard, or
// through a proxy the caller holds a live lease on (HTTP CONNECT for HTTP/HTTPS proxies,
// the `socks` client for SOCKS4/5, as the proxy checkers do). The proxy's address passes
// the guard too, and the tunnel is asked for the checked target address.
import net from "node:net";
import type { Duplex } from "node:stream";
import tls from "node:tls";
import { SocksClient } from "socks";
import type { OutboundGuard } from "../../http/outbound.js";

export interface LeasedProxy {
  ip: string;
  port: number;
  protocol: "HTTP" | "HTTPS" | "SOCKS4" | "SOCKS5";
  username: string | null;
  password: string | null;
}

export const proxyLabel = (p: LeasedProxy) => `${p.protocol.toLowerCase()}://${p.ip}:${p.port}`;

export function opener(guard: OutboundGuard, address: string, port: number, timeoutMs: number, proxy?: LeasedProxy): () => Promise<Duplex> {
  if (!proxy) return () => guard.connect(address, port, { timeoutMs });
  return () => throughProxy(guard, proxy, address, port, timeoutMs);
}

async function throughProxy(guard: OutboundGuard, proxy: LeasedProxy, address: string, port: number, timeoutMs: number): Promise<Duplex> {
  const [{ address: proxyAddress }] = await guard.resolve(proxy.ip);
  if (proxy.protocol === "SOCKS4" || proxy.protocol === "SOCKS5") {
    const { socket } = await SocksClient.createConnection({
      proxy: {
        host: proxyAddress,
        port: proxy.port,
        type: proxy.protocol === "SOCKS4" ? 4 : 5,
        userId: proxy.username ?? undefined,
        ...(proxy.protocol === "SOCKS5" ? { password: proxy.password ?? undefined } : {}),
      },
      command: "connect",
      destination: { host: address, port },
      timeout: timeoutMs,
    });
    return socket;
  }
  const raw = await guard.connect(proxyAddress, proxy.port, { timeoutMs });
  const sock: net.Socket | tls.TLSSocket =
    proxy.protocol === "HTTPS" ? await new Promise((resolve, reject) => {
      const s = tls.connect({ socket: raw, servername: net.isIP(proxy.ip) ? undefined : proxy.ip });
      s.once("secureConnect", () => resolve(s));
      s.once("error", reject);
    }) : raw;
  const authority = address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`;
  const auth = proxy.username ? `Proxy-Authorization: Basic ${Buffer.from(`${proxy.username}:${proxy.password ?? ""}`).toString("base64")}\r\n` : "";
  sock.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`);
  await new Promise<void>((resolve, reject) => {
    let head = Buffer.alloc(0);
    const timer = setTimeout(() => fail(new Error(`proxy did not answer CONNECT within ${timeoutMs} ms`)), timeoutMs);
    const fail = (err: Error) => {
      cleanup();
      sock.destroy();
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return head.length > 16 * 1024 ? fail(new Error("proxy CONNECT answer too large")) : undefined;
      cleanup();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head.toString("latin1"));
      if (!status || status[1] !== "200") return fail(new Error(`proxy refused CONNECT (${status ? `HTTP ${status[1]}` : "not HTTP"})`));
      const rest = head.subarray(end + 4);
      if (rest.length) sock.unshift(rest);
      resolve();
    };
    const onError = (err: Error) => fail(err);
    const onEnd = () => fail(new Error("proxy closed the connection during CONNECT"));
    const cleanup = () => {
      clearTimeout(timer);
      sock.off("data", onData);
      sock.off("error", onError);
      sock.off("end", onEnd);
    };
    sock.on("data", onData);
    sock.on("error", onError);
    sock.on("end", onEnd);
  });
  return sock;
}
