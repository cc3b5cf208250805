// Child process: http-proxy-3 alone in front of the vhost-proxy bench's backend (BACKEND_URL),
// with the options and agent switchyard's edge gives it (X-Forwarded-*, a keep-alive agent)
// and nothing else: no Host routing, access log or metrics. What one proxy hop costs on this
// machine with the library, next to switchyard's vhost and the backend called directly.
import http from "node:http";
import { createProxyServer } from "http-proxy-3";
import { runAsBenchServer, serveOnLoopback } from "./bench-server.js";

const target = process.env.BACKEND_URL;
if (!target) throw new Error("BACKEND_URL is required");
const agent = new http.Agent({ keepAlive: true });
const proxy = createProxyServer({ xfwd: true });

await runAsBenchServer(async () =>
  serveOnLoopback(
    (req, res) =>
      proxy.web(req, res, { target, agent }, (err) => {
        // A failure after the answer started can only cut it; the bench counts it as an error.
        if (res.headersSent) return void res.destroy();
        res.writeHead(502).end(String(err));
      }),
    async () => agent.destroy(),
  ),
);
