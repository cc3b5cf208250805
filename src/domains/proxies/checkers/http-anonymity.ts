// Stage 2: a request through the proxy to the judge, which echoes the address it saw and
// the headers it received. Exit IP and anonymity come from that echo. HTTP proxies forward
// plain requests, HTTPS proxies tunnel with CONNECT (undici's ProxyAgent for both), SOCKS4
// and SOCKS5 go through the `socks` client. Every check gets its own dispatcher, destroyed
// afterwards, so a proxy that never answers cannot keep a socket open past the timeout.
import { randomBytes } from "node:crypto";
import tls from "node:tls";
import { SocksClient } from "socks";
import { Agent, ProxyAgent, request, type Dispatcher } from "undici";
import type { ProxyProtocol } from "../../../generated/prisma/client.js";
import { classify } from "./anonymity.js";
import { describeError } from "./errors.js";
import { round } from "./tcp-connect.js";
import type { CheckTarget, Checker } from "./types.js";

/** The judge echoes this header back; a mismatch means the proxy answered by itself. */
export const NONCE_HEADER = "x-switchyard-check";
const MAX_BODY = 64 * 1024;

export const httpAnonymityChecker: Checker = {
  name: "http_anonymity",
  stage: 2,
  priority: 0,
  description: "GET through the proxy to the judge; derives exit IP and anonymity from its echo",
  async run(target, ctx) {
    const started = performance.now();
    let dispatcher: Dispatcher | undefined;
    // One controller per check, aborted by a plain timer or by the validator's shutdown
    // signal. Not AbortSignal.any: every composite it makes stays registered on the
    // long-lived shutdown signal, which made each check slower as a run went on.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new DOMException(`timed out after ${ctx.timeoutMs} ms`, "TimeoutError")), ctx.timeoutMs);
    const onShutdown = () => abort.abort(ctx.signal?.reason);
    ctx.signal?.addEventListener("abort", onShutdown, { once: true });
    try {
      // The proxy address is user data: it passes the guard, and we connect to the checked literal.
      const [{ address }] = await ctx.guard.resolve(target.ip);
      dispatcher = dispatcherFor(target, address, new URL(ctx.judgeUrl).protocol, ctx.timeoutMs);
      const nonce = randomBytes(12).toString("hex");
      const res = await request(ctx.judgeUrl, {
        dispatcher,
        headers: { accept: "application/json", "user-agent": "switchyard-checker", [NONCE_HEADER]: nonce },
        signal: abort.signal,
        headersTimeout: ctx.timeoutMs,
        bodyTimeout: ctx.timeoutMs,
      });
      const body = await readCapped(res.body);
      const latencyMs = round(performance.now() - started);
      if (res.statusCode !== 200) return { passed: false, latencyMs, detail: `judge answered HTTP ${res.statusCode} through the proxy` };
      const echo = parseEcho(body);
      if (!echo) return { passed: false, latencyMs, detail: "response through the proxy is not the judge's echo" };
      if (echo.headers[NONCE_HEADER] !== nonce) return { passed: false, latencyMs, detail: "judge echo does not carry our nonce (proxy altered or cached the response)" };
      const { [NONCE_HEADER]: _nonce, ...headers } = echo.headers;
      const c = classify(echo.ip, headers, ctx.realIps);
      return {
        passed: true,
        latencyMs,
        detail: `${c.anonymity.toLowerCase()} via ${c.exitIp} (${c.reason}) in ${latencyMs} ms`,
        facts: { exitIp: c.exitIp, anonymity: c.anonymity },
      };
    } catch (err) {
      const e = err as { name?: string };
      const timedOut = e?.name === "TimeoutError" || e?.name === "HeadersTimeoutError" || e?.name === "BodyTimeoutError";
      return { passed: false, latencyMs: null, detail: timedOut ? `timed out after ${ctx.timeoutMs} ms` : describeError(err) };
    } finally {
      clearTimeout(timer);
      ctx.signal?.removeEventListener("abort", onShutdown);
      void dispatcher?.destroy().catch(() => undefined);
    }
  },
};

/** Also used by the URL test (url-test.service.ts): one short-lived dispatcher per proxy. */
export function dispatcherFor(target: CheckTarget, address: string, judgeProtocol: string, timeoutMs: number): Dispatcher {
  const host = address.includes(":") ? `[${address}]` : address;
  const auth = target.username ? `${encodeURIComponent(target.username)}:${encodeURIComponent(target.password ?? "")}@` : "";
  const kind: ProxyProtocol = target.protocol;
  if (kind === "HTTP" || kind === "HTTPS") {
    // A plain HTTP proxy can only reach an https judge through a tunnel.
    const proxyTunnel = kind === "HTTPS" || judgeProtocol === "https:";
    return new ProxyAgent({ uri: `http://${auth}${host}:${target.port}`, proxyTunnel, connections: 1, connect: { timeout: timeoutMs } });
  }
  return new Agent({
    connections: 1,
    connect: (opts, callback) => {
      SocksClient.createConnection({
        proxy: {
          host: address,
          port: target.port,
          type: kind === "SOCKS4" ? 4 : 5,
          ...(kind === "SOCKS4" ? { userId: target.username ?? undefined } : { userId: target.username ?? undefined, password: target.password ?? undefined }),
        },
        command: "connect",
        destination: { host: opts.hostname, port: Number(opts.port) || (opts.protocol === "https:" ? 443 : 80) },
        timeout: timeoutMs,
      }).then(
        ({ socket }) => {
          if (opts.protocol !== "https:") return callback(null, socket);
          const secure = tls.connect({ socket, servername: opts.servername ?? opts.hostname });
          secure.once("secureConnect", () => callback(null, secure));
          secure.once("error", (err) => callback(err, null));
        },
        (err: Error) => callback(err, null),
      );
    },
  });
}

async function readCapped(body: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error(`judge response larger than ${MAX_BODY} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function parseEcho(body: string): { ip: string; headers: Record<string, string> } | null {
  try {
    const json = JSON.parse(body) as { ip?: unknown; headers?: unknown };
    if (typeof json.ip !== "string" || !json.headers || typeof json.headers !== "object") return null;
    const headers = Object.fromEntries(Object.entries(json.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    return { ip: json.ip, headers };
  } catch {
    return null;
  }
}
