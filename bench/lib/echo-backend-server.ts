// Child process: the loopback backend of the vhost-proxy bench, a bare node:http server
// answering a small JSON body (and its health path), so the figures measure the proxy hop.
import { runAsBenchServer, serveOnLoopback } from "./bench-server.js";

const BODY = JSON.stringify({ ok: true, backend: "bench" });

await runAsBenchServer(async () =>
  serveOnLoopback((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(BODY) });
    res.end(BODY);
  }),
);
