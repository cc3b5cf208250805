// One write per socket for all the frames one callback sends, however many there are.
//
// graphql-ws waits for each frame's write callback before it reads a subscriber's next event,
// and every frame is its own write(v) system call: a hundred subscribers each get one call per
// event, and those calls were about a third of the server's CPU in the events bench. The
// events a batch of inserts publishes reach each subscriber through promise continuations of
// the one callback that got the batch's result, and they can share one call. So frames sent
// to a socket are corked until that callback and the continuations it started have all run
// (the microtask queue is empty), then sent before the event loop moves on. Corking until the
// end of the loop's turn (setImmediate) also joined frames of different callbacks, but cost no
// less CPU in the events bench, and held every delivery behind the rest of the turn's input:
// under load, dozens of requests parsed and executed (half-rate p99 54 to 227 ms then, 40 to
// 47 ms now). graphql-ws is
// told a frame is written as soon as it is queued, unless the socket already holds
// HIGH_WATER bytes nobody has read: then it waits for the write as before, so a slow client
// still holds back its own subscriptions (whose queues end it when it falls MAX_QUEUED events
// behind) instead of buffering without bound. Senders that never wait (the legacy /ws) are
// bounded by `maxUnreadBytes`: a connection holding more than that unread is closed with 1013
// (try again later) rather than grow the server's memory.
import type { Duplex } from "node:stream";
import type { WebSocket } from "ws";

/** Bytes queued on a socket beyond which a sender waits for its frame's write again. */
export const HIGH_WATER = 256 * 1024;

type SendCallback = (err?: Error) => void;

const corked = new Set<Duplex>();
let flushing = false;

function uncorkAll() {
  flushing = false;
  for (const socket of corked) socket.uncork();
  corked.clear();
}

/**
 * A tick queued from a microtask runs once the microtask queue is empty (Node runs ticks and
 * microtasks in rounds until both are), whether the first frame came from the callback itself,
 * a tick or a promise continuation; a tick queued directly would run before the continuations.
 */
const afterContinuations = () => process.nextTick(uncorkAll);

/** Close code for a client that reads too slowly: 1013, "try again later". */
export const TOO_SLOW = 1013;

/**
 * Makes `ws.send` cork `socket` (the connection under it) until the sending callback and its
 * promise continuations have run.
 * `expand` rewrites each text frame on its way (graphql-ws: ws-frames.ts `expandFrame`).
 */
export function coalesceWrites(ws: WebSocket, socket: Duplex, maxUnreadBytes: number, expand?: (frame: string) => string): void {
  const send = ws.send.bind(ws) as (data: unknown, options: object, cb?: SendCallback) => void;
  ws.send = ((frame: unknown, optionsOrCb?: object | SendCallback, maybeCb?: SendCallback) => {
    const data = expand && typeof frame === "string" ? expand(frame) : frame;
    const cb = (typeof optionsOrCb === "function" ? optionsOrCb : maybeCb) as SendCallback | undefined;
    const options = typeof optionsOrCb === "function" || !optionsOrCb ? {} : optionsOrCb;
    if (!socket.destroyed && !corked.has(socket)) {
      socket.cork();
      corked.add(socket);
      if (!flushing) {
        flushing = true;
        queueMicrotask(afterContinuations);
      }
    }
    if (ws.bufferedAmount > maxUnreadBytes) {
      // Whatever is sent now would only queue behind what the client is not reading.
      if (ws.readyState === ws.OPEN) ws.close(TOO_SLOW, `client too slow: more than ${maxUnreadBytes} bytes unread`);
      return cb?.(new Error("connection closed: client too slow"));
    }
    if (!cb || ws.bufferedAmount >= HIGH_WATER) return send(data, options, cb);
    // A failed write closes the connection, which ends its subscriptions: nothing waits on it.
    send(data, options, () => {});
    cb();
  }) as WebSocket["send"];
}
