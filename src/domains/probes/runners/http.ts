// HTTP(S) GET with timing phases: DNS (through the guard), TCP connect, TLS handshake, time
// to first byte, and the whole transfer. We open the socket ourselves (guarded, or through a
// leased proxy's tunnel) and hand it to node:http, so every phase is measured on the
// connection actually used. No redirects are followed: the probe reports what the URL answers.
import http from "node:http";
import type { Duplex } from "node:stream";
import tls from "node:tls";
import { abortable, round, stopReason, stopped, type RunContext, type RunOutcome } from "./types.js";

const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpParams {
  url: URL;
  /** Milliseconds the name resolution took (done by the service through the guard). */
  dnsMs: number;
  /** Opens a TCP stream to url's host:port (direct and guarded, or through a proxy tunnel). */
  open: () => Promise<Duplex>;
  via?: string;
}

export async function runHttp(p: HttpParams, ctx: RunContext): Promise<RunOutcome> {
  const t0 = performance.now();
  let socket: Duplex | undefined;
  // Once connected, a stop destroys the socket: whichever phase is waiting fails at once.
  const onAbort = () => socket?.destroy(stopped(ctx.signal));
  try {
    socket = await abortable(p.open(), ctx.signal);
    ctx.signal.addEventListener("abort", onAbort, { once: true });
    const connectMs = round(performance.now() - t0);
    let tlsMs: number | null = null;
    let stream: Duplex = socket;
    if (p.url.protocol === "https:") {
      const t1 = performance.now();
      stream = await new Promise<tls.TLSSocket>((resolve, reject) => {
        const s = tls.connect({ socket: socket as any, servername: p.url.hostname, ALPNProtocols: ["http/1.1"] });
        s.once("secureConnect", () => resolve(s));
        s.once("error", reject);
      });
      tlsMs = round(performance.now() - t1);
    }
    const t2 = performance.now();
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request(p.url, {
        method: "GET",
        createConnection: () => stream as any,
        headers: { "user-agent": "switchyard-probe", accept: "*/*", connection: "close" },
        signal: ctx.signal,
      });
      req.once("response", resolve);
      req.once("error", reject);
      req.end();
    });
    const ttfbMs = round(performance.now() - t2);
    let bytes = 0;
    for await (const chunk of res) {
      bytes += (chunk as Buffer).length;
      if (bytes > MAX_BODY_BYTES) break; // enough to time; the rest is not read
    }
    const totalMs = round(p.dnsMs + performance.now() - t0);
    const timings = { dnsMs: round(p.dnsMs), connectMs, tlsMs, ttfbMs, totalMs };
    const ok = (res.statusCode ?? 0) < 400;
    return {
      success: ok,
      result: { url: p.url.href, statusCode: res.statusCode, headers: res.headers, bodyBytes: bytes, bodyTruncated: bytes > MAX_BODY_BYTES, timings, via: p.via ?? null },
      text: [
        `GET ${p.url.href}${p.via ? ` via ${p.via}` : ""}`,
        `HTTP ${res.statusCode} ${res.statusMessage ?? ""}`.trim(),
        "",
        `DNS lookup:      ${timings.dnsMs} ms`,
        `TCP connect:     ${connectMs} ms`,
        `TLS handshake:   ${tlsMs ?? "-"}${tlsMs === null ? "" : " ms"}`,
        `Time to first byte: ${ttfbMs} ms`,
        `Total:           ${totalMs} ms (${bytes} bytes)`,
      ].join("\n"),
    };
  } catch (err) {
    const message = stopReason(ctx.signal) ?? (err as Error).message;
    return { success: false, result: { url: p.url.href, error: message, via: p.via ?? null }, text: `GET ${p.url.href}: failed (${message})` };
  } finally {
    ctx.signal.removeEventListener("abort", onAbort);
    socket?.destroy();
  }
}
