// Child process: the `events` baseline, a bare `ws` broadcast server. POST /publish takes
// {type, details}, wraps it as an event in the frame graphql-ws sends for `eventLogged`
// (same fields, so about the same message size), sends it to every WebSocket connected to
// /ws and answers 200 with the event's id. No auth, no database, no GraphQL: the floor of
// fan-out on this machine.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { WebSocketServer, type WebSocket } from "ws";
import { listenOnLoopback, runAsBenchServer } from "./bench-server.js";

await runAsBenchServer(async () => {
  const clients = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true });
  const server = createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/publish") return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let input: { type?: unknown; details?: unknown };
      try {
        input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return void res.writeHead(400).end();
      }
      const id = randomUUID();
      // What the bench's eventLogged selection returns from switchyard: a Relay global id
      // (base64), type, details and an ISO timestamp.
      const event = {
        id: Buffer.from(`SessionEvent:${id}`).toString("base64"),
        type: input.type,
        details: input.details,
        createdAt: new Date().toISOString(),
      };
      const frame = JSON.stringify({ id: randomUUID(), type: "next", payload: { data: { eventLogged: event } } });
      for (const ws of clients) ws.send(frame);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: event.id }));
    });
  });
  server.on("upgrade", (req, socket, head) => {
    if (req.url !== "/ws") return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      clients.add(ws);
      ws.on("close", () => clients.delete(ws));
    });
  });
  return listenOnLoopback(server, {
    beforeClose: () => {
      for (const ws of clients) ws.terminate();
      wss.close();
    },
  });
});
