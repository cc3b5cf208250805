// Serialize once, send to many. A result that a shared stream (graphql/shared-streams.ts)
// hands to several graphql-ws subscribers is one object for all of them, yet graphql-ws turns
// each `next` frame into JSON itself: one JSON.stringify of the whole result per subscriber,
// about a tenth of the server's CPU in the events bench. graphql-ws takes no ready JSON, but
// its `onNext` hook may replace a frame's payload: `nextPayload` replaces a shared result's
// with a stand-in that serializes to a token, and `expandFrame`, on the socket's send
// (ws-coalesce.ts), puts the result's JSON, made once, where the token is. The frame the
// client gets is byte for byte the one graphql-ws would have made. And a subscriber waiting for
// its next result gets that frame from `directNext`, written straight to its socket.
import { randomBytes } from "node:crypto";
import type { ExecutionResult } from "graphql";
import type { WebSocket } from "ws";
import { fannedOut } from "../graphql/shared-streams.js";
import { HIGH_WATER } from "./ws-coalesce.js";

/** What a shared result's frames carry instead of it: serializes to its token. One per result. */
class StandIn {
  constructor(readonly token: string) {}
  toJSON(): string {
    return this.token;
  }
}

interface Serialized {
  json: string;
  /** Made only when graphql-ws frames the result itself (`nextPayload`). */
  standIn?: StandIn;
}

const serialized = new WeakMap<object, Serialized>();
/**
 * Token → JSON, dropped once the result is collected. A lookup never misses: a subscriber
 * still to send the result holds it (in its queue, or in graphql-ws's `next` while the frame
 * is made), and a collected result's entry goes in a cleanup task of its own, after the task
 * in which its last frame was made and sent.
 */
const byToken = new Map<string, string>();
const forget = new FinalizationRegistry<string>((token) => byToken.delete(token));
// Random per process, so no string a client sends can pass for a token.
const PREFIX = `~sy-frame-${randomBytes(8).toString("hex")}-`;
const MARK = `"payload":"${PREFIX}`;
let count = 0;

/** A shared result's JSON, made once for all its subscribers. */
function serializedOf(result: ExecutionResult): Serialized {
  let s = serialized.get(result);
  if (!s) serialized.set(result, (s = { json: JSON.stringify(result) }));
  return s;
}

/**
 * graphql-ws `onNext`: for a result handed to more than one subscriber and carrying no errors
 * (graphql-ws formats those itself), a payload that serializes to the result's token;
 * otherwise nothing, and graphql-ws sends the result as it would.
 */
export function nextPayload(result: ExecutionResult): ExecutionResult | undefined {
  if (!fannedOut(result) || result.errors) return undefined;
  const s = serializedOf(result);
  if (!s.standIn) {
    const token = PREFIX + (++count).toString(36);
    s.standIn = new StandIn(token);
    byToken.set(token, s.json);
    forget.register(result, token);
  }
  return s.standIn as unknown as ExecutionResult;
}

/** What precedes the payload in subscription `id`'s `next` frames. */
const frameHead = (id: string) => `{"id":${JSON.stringify(id)},"type":"next","payload":`;

/** The frame after `head`; undefined for a result with errors, which graphql-ws formats itself. */
function frameWith(head: string, result: ExecutionResult): string | undefined {
  if (result.errors) return undefined;
  return `${head}${fannedOut(result) ? serializedOf(result).json : JSON.stringify(result)}}`;
}

/**
 * The `next` frame graphql-ws would send for `result` on subscription `id`, byte for byte
 * (its stringifyMessage of `{ id, type, payload }`); undefined for a result with errors.
 */
export const nextFrame = (id: string, result: ExecutionResult): string | undefined => frameWith(frameHead(id), result);

/**
 * A graphql-ws subscriber's direct lane (shared-streams.ts `directSend`): a shared result goes
 * to its socket as the frame graphql-ws would have made, skipping graphql-ws's path per
 * subscriber (its iterator step, `emit.next` copying the result, `onNext`, the message's
 * validation and JSON, the send's promise). In a profile of the events bench at 50 events/s
 * the server's own JavaScript fell from 508 to 120 ms over 250 events (BENCHMARKS.md has the
 * whole-bench pairs, where the machine's spread is as large). Declined, and graphql-ws then
 * sends it as before, for a result with errors, a closed socket, or one holding HIGH_WATER
 * unread bytes: there graphql-ws waits for each write, so a slow client's own queue bounds it.
 */
export function directNext(ws: WebSocket, id: string): (result: ExecutionResult) => boolean {
  const head = frameHead(id); // once per subscription, not per frame
  return (result) => {
    if (ws.readyState !== ws.OPEN || ws.bufferedAmount >= HIGH_WATER) return false;
    const frame = frameWith(head, result);
    if (frame === undefined) return false;
    ws.send(frame);
    return true;
  };
}

/** A frame with its token replaced by the JSON it stands for; any other frame unchanged. */
export function expandFrame(frame: string): string {
  // graphql-ws writes `{"id":…,"type":"next","payload":…}`: the payload comes last.
  if (!frame.endsWith('"}')) return frame;
  const at = frame.lastIndexOf(MARK);
  if (at < 0) return frame;
  const json = byToken.get(frame.slice(at + MARK.length - PREFIX.length, -2));
  return json === undefined ? frame : `${frame.slice(0, at)}"payload":${json}}`;
}
