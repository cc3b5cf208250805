// A webhook receiver on loopback for the notification tests: verifies each request's HMAC
// signature, records it with its X-Switchyard-Delivery id, and answers what the test asks
// (failures first, a status of choice, or holding the request until released).
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import { closerFor, listen } from "./peers.js";

export const SECRET = "s3cret-s3cret-s3cret";

export interface Receipt {
  deliveryId: string;
  event: string;
  data: any;
  body: string;
  signature: string;
  /** Signature matches the body, and the body has a timestamp. */
  valid: boolean;
}

export async function startReceiver() {
  const got: Receipt[] = [];
  const state = {
    /** Answer `failStatus` to this many requests before accepting. */
    failFirst: 0,
    failStatus: 500,
    calls: 0,
    /** Each answer waits this long (spreads a batch over the nodes racing for it). */
    delayMs: 0,
    /** While set, requests wait for it before being answered. */
    hold: undefined as Promise<void> | undefined,
    /** Called when a request arrives (before any hold). */
    onRequest: undefined as (() => void) | undefined,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      state.calls++;
      state.onRequest?.();
      if (state.hold) await state.hold;
      if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
      if (state.failFirst > 0) {
        state.failFirst--;
        res.writeHead(state.failStatus).end();
        return;
      }
      const body = Buffer.concat(chunks);
      const expected = Buffer.from(`sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`);
      const signature = String(req.headers["x-switchyard-signature"] ?? "");
      const sig = Buffer.from(signature);
      const valid = sig.length === expected.length && timingSafeEqual(sig, expected);
      const json = JSON.parse(body.toString());
      got.push({
        deliveryId: String(req.headers["x-switchyard-delivery"] ?? ""),
        event: json.event,
        data: json.data,
        body: body.toString(),
        signature,
        valid: valid && typeof json.timestamp === "string" && req.headers["x-switchyard-event"] === json.event,
      });
      res.writeHead(valid ? 204 : 401).end();
    });
  });
  const port = await listen(server);
  const close = closerFor(server);
  return {
    url: `http://127.0.0.1:${port}/hook`,
    got,
    state,
    reset() {
      got.length = 0;
      Object.assign(state, { failFirst: 0, failStatus: 500, calls: 0, delayMs: 0, hold: undefined, onRequest: undefined });
    },
    close,
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** Polls `check` (which may do work, e.g. drain a job) until it returns a value. */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string, tries = 400): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
