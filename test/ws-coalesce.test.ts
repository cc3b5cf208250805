// Frames sent to one WebSocket by one callback and the promise continuations it starts leave
// in one write, in order, before the event loop takes its next callback;
// a socket holding HIGH_WATER unread bytes makes senders wait for their writes again, and one
// holding more than its limit is closed with 1013.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { coalesceWrites, HIGH_WATER, TOO_SLOW } from "../src/http/ws-coalesce.js";

let server: Server | undefined;
const clients: WebSocket[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.terminate();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

/** A loopback WebSocket server whose connections coalesce; resolves with both ends. */
async function pair(maxUnreadBytes = 64 * 1024 * 1024) {
  const wss = new WebSocketServer({ noServer: true });
  server = createServer();
  const accepted = new Promise<{ ws: WebSocket; socket: Duplex }>((resolve) =>
    server!.on("upgrade", (req, socket, head) =>
      wss.handleUpgrade(req, socket, head, (ws) => {
        coalesceWrites(ws, socket, maxUnreadBytes);
        resolve({ ws, socket });
      }),
    ),
  );
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", () => r()));
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  clients.push(client);
  await new Promise((r) => client.once("open", r));
  return { client, ...(await accepted) };
}

describe("coalesced WebSocket writes", () => {
  it("sends what a callback and its promise continuations send in one write, before the next callback", async () => {
    const { client, ws, socket } = await pair();
    const got: string[] = [];
    const all = new Promise<void>((r) => client.on("message", (m) => got.push(String(m)) === 5 && r()));
    // Every write the socket makes, as the number of buffers it carries (ws writes each frame
    // as its header and its payload).
    const writes: number[] = [];
    const s = socket as unknown as { _writev(chunks: unknown[], cb: () => void): void; _write(chunk: unknown, enc: string, cb: () => void): void };
    const [writev, write] = [s._writev.bind(s), s._write.bind(s)];
    s._writev = (chunks, cb) => (writes.push(chunks.length), writev(chunks, cb));
    s._write = (chunk, enc, cb) => (writes.push(1), write(chunk, enc, cb));
    const acked: number[] = [];
    const corked: number[] = [];
    // As a batch's results reach subscribers: the first frame from the callback itself, the
    // others from promise continuations.
    await new Promise<void>((done) =>
      setImmediate(() => {
        // The loop's next callback, queued before any frame: everything has left by then.
        setImmediate(() => {
          corked.push(socket.writableCorked);
          done();
        });
        ws.send("frame 0", () => acked.push(0));
        void (async () => {
          for (let i = 1; i < 5; i++) {
            await Promise.resolve();
            ws.send(`frame ${i}`, () => acked.push(i));
            corked.push(socket.writableCorked);
          }
        })();
      }),
    );
    expect(acked).toEqual([0, 1, 2, 3, 4]);
    expect(corked).toEqual([1, 1, 1, 1, 0]);
    await all;
    expect(got).toEqual([0, 1, 2, 3, 4].map((i) => `frame ${i}`));
    // One system call for all five frames, however ws splits each into buffers.
    expect(writes).toHaveLength(1);
    expect(writes[0]).toBeGreaterThanOrEqual(5);
  });

  it("makes a sender wait for its write while the socket holds HIGH_WATER bytes nobody reads", async () => {
    const { client, ws } = await pair();
    // The client stops reading: its kernel buffers fill and the server's socket keeps the rest.
    (client as unknown as { _socket: Duplex })._socket.pause();
    const chunk = "x".repeat(1 << 20);
    for (let i = 0; i < 200 && ws.bufferedAmount < HIGH_WATER; i++) {
      ws.send(chunk, () => {});
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(ws.bufferedAmount).toBeGreaterThanOrEqual(HIGH_WATER);
    let acked = false;
    ws.send("after", () => (acked = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(acked).toBe(false);
    (client as unknown as { _socket: Duplex })._socket.resume();
    await new Promise<void>((r) => {
      const t = setInterval(() => acked && (clearInterval(t), r()), 5);
    });
    expect(acked).toBe(true);
  });

  it("closes a connection holding more than its limit unread with 1013, and sends it nothing more", async () => {
    const limit = HIGH_WATER * 2;
    const { client, ws } = await pair(limit);
    const clientSocket = (client as unknown as { _socket: Duplex })._socket;
    clientSocket.pause();
    const closed = new Promise<{ code: number; reason: string }>((r) => client.once("close", (code, reason) => r({ code, reason: String(reason) })));
    const chunk = "y".repeat(1 << 20);
    for (let i = 0; i < 400 && ws.readyState === ws.OPEN; i++) {
      ws.send(chunk);
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(ws.readyState).toBe(ws.CLOSING);
    const held = ws.bufferedAmount;
    let refused: Error | undefined;
    ws.send(chunk, (err) => (refused = err));
    expect(refused?.message).toMatch(/too slow/);
    expect(ws.bufferedAmount).toBe(held);
    clientSocket.resume();
    expect(await closed).toEqual({ code: TOO_SLOW, reason: `client too slow: more than ${limit} bytes unread` });
  });
});
