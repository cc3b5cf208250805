// Serialize once, send to many. A result that a shared stream (graphql/shared-streams.ts)
// hands to several graphql-ws subscribers is one object for all of them, yet graphql-ws turns
// each `next` frame into JSON itself: one JSON.stringify of the whole result per subscriber,
// about a tenth of the server's CPU in the events bench. graphql-ws takes no ready JSON, but
// its `onNext` hook may replace a frame's payload: `nextPayload` replaces a shared result's
// with a stand-in that serializes to a token, and `expandFrame`, on the socket's send
// (ws-coalesce.ts), puts the result's JSON, made once, where the token is. The frame the
// client gets is byte for byte the one graphql-ws would have made.
import { randomBytes } from "node:crypto";
import type { ExecutionResult } from "graphql";
import { fannedOut } from "../graphql/shared-streams.js";

/** What a shared result's frames carry instead of it: serializes to its token. One per result. */
class StandIn {
  constructor(readonly token: string) {}
  toJSON(): string {
    return this.token;
  }
}

interface Serialized {
  standIn: StandIn;
  json: string;
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

/**
 * graphql-ws `onNext`: for a result handed to more than one subscriber and carrying no errors
 * (graphql-ws formats those itself), a payload that serializes to the result's token;
 * otherwise nothing, and graphql-ws sends the result as it would.
 */
export function nextPayload(result: ExecutionResult): ExecutionResult | undefined {
  if (!fannedOut(result) || result.errors) return undefined;
  let s = serialized.get(result);
  if (!s) {
    const token = PREFIX + (++count).toString(36);
    s = { standIn: new StandIn(token), json: JSON.stringify(result) };
    serialized.set(result, s);
    byToken.set(token, s.json);
    forget.register(result, token);
  }
  return s.standIn as unknown as ExecutionResult;
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
