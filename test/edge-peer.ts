// A loopback backend for the edge tests and the vhost-proxy bench: echoes request bodies as
// they stream in, answers its health path with a status the test controls, and echoes
// WebSocket messages.
import http, { type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";

export interface Backend {
  url: string;
  port: number;
  /** Status the health path answers (200 unless a test turns it bad). */
  healthStatus: number;
  /** Health checks received. */
  checks: number;
  /** Headers of the last proxied request. */
  last?: IncomingMessage["headers"];
  close(): Promise<void>;
}

export async function startBackend(healthPath = "/healthz"): Promise<Backend> {
  const state = { healthStatus: 200, checks: 0 } as Backend;
  const server = http.createServer((req, res) => {
    if (req.url === healthPath) {
      state.checks++;
      res.writeHead(state.healthStatus, { "content-type": "text/plain" });
      return void res.end("ok");
    }
    state.last = req.headers;
    if (req.url?.startsWith("/echo")) {
      res.writeHead(200, { "content-type": "application/octet-stream", "x-backend": "echo" });
      req.pipe(res);
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ path: req.url, method: req.method }));
  });
  const wss = new WebSocketServer({ server });
  wss.on("connection", (ws) => ws.on("message", (m) => ws.send(`echo:${m.toString()}`)));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      for (const c of wss.clients) c.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  });
}

/** A request with a chosen Host header (fetch does not let a caller set it). */
export function hostRequest(
  baseUrl: string,
  host: string,
  path = "/",
  opts: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? "GET", headers: { ...opts.headers, host } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text }));
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}
