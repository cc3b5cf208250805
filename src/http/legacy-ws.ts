// The legacy `/ws` endpoint (seeds 000 and 001). Domains register channels; the bridge
// authenticates the upgrade like any route, runs each channel's subscription document
// through the same envelop pipeline as graphql-ws and turns results into legacy messages.
//
// Protocol (seed 001): {"type":"subscribe","channels":[...]} -> {"type":"subscribed",...},
// {"type":"unsubscribe","channels":[...]} -> {"type":"unsubscribed",...}, {"type":"ping",
// "timestamp":t} -> {"type":"pong","timestamp":t}; problems come back as {"type":"error"}
// naming the channel, and the socket stays open. Seed 000's clients never send anything:
// until a client sends its first subscribe it receives every `passive` channel it may use;
// that subscribe replaces the passive set with the channels it names.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type ExecutionResult, type GraphQLError } from "graphql";
import type { Logger } from "pino";
import { WebSocketServer, type WebSocket } from "ws";
import type { Principal, RequestMeta } from "../graphql/context.js";
import type { SharedStreams } from "../graphql/shared-streams.js";
import type { StreamAuth } from "../graphql/stream-auth.js";
import type { GraphQLServer } from "../graphql/yoga.js";
import { CREDENTIAL_HEADERS } from "./legacy.js";
import { coalesceWrites } from "./ws-coalesce.js";

/** One legacy message; seed 000 sends {type, data}, seed 001 adds a timestamp and more fields. */
export interface LegacyWsMessage {
  type: string;
  [field: string]: unknown;
}

export interface LegacyWsChannel<TData = any, TVars = any> {
  /** Seed 001 channel name (`events`, `metrics`, `logs`), named in `subscribe` messages. */
  name: string;
  /** A GraphQL subscription; its auth scopes decide who may subscribe. */
  document: TypedDocumentNode<TData, TVars>;
  /**
   * Also answers to `name:<argument>` (say `leases:<user id>`); the argument reaches
   * `variables`, and the subscription's resolver decides whether the caller may use it.
   */
  takesArgument?: boolean;
  variables?: (argument: string | undefined) => TVars;
  /** One subscription result as a legacy message, or null to send nothing. */
  message(data: TData): LegacyWsMessage | null;
  /** Also streamed to clients that never send `subscribe` (seed 000's passive stream). */
  passive?: boolean;
}

/** Declares a channel with its types tied to its document. */
export const defineChannel = <TData, TVars>(channel: LegacyWsChannel<TData, TVars>) => channel;

export interface LegacyWsDeps {
  yoga: GraphQLServer;
  log: Logger;
  channels: readonly LegacyWsChannel[];
  /** Request facts (id, client address) of an upgrade, built as the router builds them. */
  meta(upgrade: IncomingMessage): RequestMeta;
  /** Tells a connection when its user's credentials were revoked or changed. */
  streamAuth?: Pick<StreamAuth, "watch">;
  /** A connection holding more than this unread is closed with 1013 (ws-coalesce.ts). */
  maxUnreadBytes: number;
  /** Equal channels of equal callers share one stream (graphql/shared-streams.ts). */
  sharedStreams?: Pick<SharedStreams, "share">;
}

/** Credentials of an upgrade request, as graphql-ws and this endpoint both read them. */
export function upgradeHeaders(upgrade: IncomingMessage): Headers {
  const headers = new Headers();
  for (const h of CREDENTIAL_HEADERS) {
    const v = upgrade.headers[h];
    if (typeof v === "string") headers.set(h, v);
  }
  return headers;
}

interface Subscription {
  iterator: AsyncIterator<ExecutionResult>;
  /** Started for the passive stream rather than asked for. */
  passive: boolean;
  done: Promise<void>;
}

interface Connection {
  ws: WebSocket;
  upgrade: IncomingMessage;
  headers: Headers;
  subscriptions: Map<string, Subscription>;
  passive: boolean;
  /** Messages are handled one at a time, so `subscribe` then `unsubscribe` keep their order. */
  queue: Promise<void>;
}

type WsError = { code: string; message: string };

/** Legacy messages are small; a client cannot make the server hold more. */
const MAX_MESSAGE_BYTES = 64 * 1024;
const MAX_SUBSCRIPTIONS = 100;

const STATUS_TEXT: Record<number, string> = { 401: "Unauthorized", 403: "Forbidden", 500: "Internal Server Error", 503: "Service Unavailable" };

/** Seed 000's answer to a refused upgrade: a plain HTTP response with its {detail} body. */
function refuse(socket: Duplex, status: number, detail: string) {
  const body = JSON.stringify({ detail });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

const errorOf = (e: GraphQLError | undefined): WsError => ({
  code: String(e?.extensions?.code ?? "INTERNAL"),
  message: e?.message ?? "Subscription failed",
});

const isAsyncIterable = (v: unknown): v is AsyncIterable<ExecutionResult> =>
  typeof v === "object" && v !== null && Symbol.asyncIterator in v;

export function createLegacyWs({ yoga, log, channels, meta, streamAuth, maxUnreadBytes, sharedStreams }: LegacyWsDeps) {
  const byName = new Map(channels.map((c) => [c.name, { channel: c, query: print(c.document) }]));
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const connections = new Set<Connection>();
  let closing = false;

  /** The pipeline for one operation of a connection, as graphql-ws's onSubscribe builds it. */
  function envelop(upgrade: IncomingMessage, headers: Headers, socket: unknown, params: { query: string; variables?: unknown }) {
    const request = new Request("http://ws.local/ws", { headers });
    return yoga.getEnveloped({ req: upgrade, socket, params, request, meta: meta(upgrade) } as never);
  }

  const send = (conn: Connection, message: LegacyWsMessage) => {
    if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(JSON.stringify(message));
  };
  const sendError = (conn: Connection, error: WsError, channel?: string) =>
    send(conn, { type: "error", ...(channel ? { channel } : {}), error, timestamp: new Date().toISOString() });

  function resolveChannel(requested: string) {
    const colon = requested.indexOf(":");
    const name = colon < 0 ? requested : requested.slice(0, colon);
    const found = byName.get(name);
    if (!found || (colon >= 0 && !found.channel.takesArgument)) return null;
    return { ...found, argument: colon < 0 ? undefined : requested.slice(colon + 1) };
  }

  /** Starts one channel; answers the error that kept it from starting, or null. */
  async function start(conn: Connection, requested: string, passive: boolean): Promise<WsError | null> {
    const found = resolveChannel(requested);
    if (!found) return { code: "UNKNOWN_CHANNEL", message: `Unknown channel: ${requested}` };
    if (conn.subscriptions.size >= MAX_SUBSCRIPTIONS) return { code: "TOO_MANY_SUBSCRIPTIONS", message: `At most ${MAX_SUBSCRIPTIONS} channels per connection` };
    const { channel, query, argument } = found;
    const variableValues = channel.variables?.(argument) ?? {};
    let result: ExecutionResult | AsyncIterable<ExecutionResult>;
    try {
      const { schema, parse, validate, contextFactory, subscribe } = envelop(conn.upgrade, conn.headers, conn.ws, { query, variables: variableValues });
      const document = parse(query);
      const invalid = validate(schema, document);
      if (invalid.length) throw invalid[0];
      const args = { schema, document, variableValues, contextValue: await contextFactory() };
      result = await (sharedStreams ? sharedStreams.share(args, () => subscribe(args)) : subscribe(args));
    } catch (err) {
      log.error({ err, channel: requested }, "legacy /ws channel failed to start");
      return { code: "INTERNAL", message: "Subscription failed" };
    }
    if (!isAsyncIterable(result)) return errorOf(result.errors?.[0]);
    const iterator = result[Symbol.asyncIterator]();
    const done = (async () => {
      try {
        for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
          if (r.value.errors?.length) sendError(conn, errorOf(r.value.errors[0]), requested);
          else {
            const message = r.value.data ? channel.message(r.value.data) : null;
            if (message) send(conn, message);
          }
        }
      } catch (err) {
        log.warn({ err, channel: requested }, "legacy /ws channel ended with an error");
      } finally {
        if (conn.subscriptions.get(requested)?.iterator === iterator) conn.subscriptions.delete(requested);
      }
    })();
    conn.subscriptions.set(requested, { iterator, passive, done });
    return null;
  }

  async function stop(conn: Connection, requested: string) {
    const sub = conn.subscriptions.get(requested);
    if (!sub) return false;
    conn.subscriptions.delete(requested);
    await sub.iterator.return?.();
    await sub.done;
    return true;
  }

  /** The client now chooses: passive channels in `keep` stay (as if asked for), the rest stop. */
  async function leavePassive(conn: Connection, keep: string[]) {
    if (!conn.passive) return;
    conn.passive = false;
    for (const [name, sub] of [...conn.subscriptions]) {
      if (!sub.passive) continue;
      if (keep.includes(name)) sub.passive = false;
      else await stop(conn, name);
    }
  }

  const channelList = (value: unknown): string[] | null =>
    Array.isArray(value) && value.every((c) => typeof c === "string") ? [...new Set(value as string[])] : null;

  async function handle(conn: Connection, raw: string) {
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse(raw);
      if (!msg || typeof msg !== "object" || Array.isArray(msg)) throw new Error("not an object");
    } catch {
      return sendError(conn, { code: "INVALID_MESSAGE", message: "Messages must be JSON objects" });
    }
    switch (msg.type) {
      case "ping":
        return send(conn, { type: "pong", timestamp: msg.timestamp ?? Date.now() });
      case "subscribe": {
        const wanted = channelList(msg.channels);
        if (!wanted) return sendError(conn, { code: "INVALID_MESSAGE", message: "channels must be an array of channel names" });
        await leavePassive(conn, wanted);
        const subscribed: string[] = [];
        for (const name of wanted) {
          const error = conn.subscriptions.has(name) ? null : await start(conn, name, false);
          if (error) sendError(conn, error, name);
          else subscribed.push(name);
        }
        return send(conn, { type: "subscribed", channels: subscribed });
      }
      case "unsubscribe": {
        const unwanted = channelList(msg.channels);
        if (!unwanted) return sendError(conn, { code: "INVALID_MESSAGE", message: "channels must be an array of channel names" });
        await leavePassive(conn, [...conn.subscriptions.keys()]);
        const stopped: string[] = [];
        for (const name of unwanted) if (await stop(conn, name)) stopped.push(name);
        return send(conn, { type: "unsubscribed", channels: stopped });
      }
      default:
        return sendError(conn, { code: "INVALID_MESSAGE", message: `Unknown message type: ${String(msg.type)}` });
    }
  }

  function accept(ws: WebSocket, upgrade: IncomingMessage, headers: Headers, principal: Principal, clientIp: string) {
    const conn: Connection = { ws, upgrade, headers, subscriptions: new Map(), passive: true, queue: Promise.resolve() };
    connections.add(conn);
    // Channels whose caller lost a right end by themselves (each with an error naming it);
    // credentials that are no longer valid end the whole connection, idle or not.
    const unwatch = streamAuth?.watch({
      principal,
      headers,
      clientIp,
      recheck(fresh) {
        if (fresh) return;
        sendError(conn, { code: "UNAUTHENTICATED", message: "Your credentials were revoked or your account was deactivated" });
        ws.close(1008, "Credentials revoked");
      },
    });
    const enqueue = (work: () => Promise<void>) => {
      conn.queue = conn.queue.then(work).catch((err) => log.error({ err }, "legacy /ws message failed"));
    };
    // Passive channels a caller may not use are left out silently: nobody asked for them.
    enqueue(async () => {
      for (const c of channels) if (c.passive && conn.passive) await start(conn, c.name, true);
    });
    ws.on("message", (data, isBinary) => {
      if (isBinary) return sendError(conn, { code: "INVALID_MESSAGE", message: "Messages must be text" });
      enqueue(() => handle(conn, data.toString()));
    });
    ws.on("error", (err) => log.debug({ err }, "legacy /ws socket error"));
    ws.once("close", () => {
      unwatch?.();
      connections.delete(conn);
      enqueue(async () => {
        await Promise.all([...conn.subscriptions.keys()].map((name) => stop(conn, name)));
      });
    });
  }

  return {
    /** Authenticates an upgrade to /ws like any route and hands it to the bridge. */
    async handleUpgrade(upgrade: IncomingMessage, socket: Duplex, head: Buffer) {
      socket.on("error", () => socket.destroy());
      if (closing) return refuse(socket, 503, "Server shutting down");
      const headers = upgradeHeaders(upgrade);
      const apiKey = new URL(upgrade.url ?? "/", "http://x").searchParams.get("api_key");
      if (apiKey && !headers.has("x-api-key")) headers.set("x-api-key", apiKey);
      let ctx: { principal: Principal | null; authError: { message: string; details: Record<string, unknown> } | null; meta: RequestMeta };
      try {
        ctx = (await envelop(upgrade, headers, socket, { query: "" }).contextFactory()) as never;
      } catch (err) {
        log.error({ err }, "legacy /ws authentication failed");
        return refuse(socket, 500, "Internal server error");
      }
      if (!ctx.principal) {
        // Seed 000: 401 for a missing key, 403 for one that is not valid.
        const status = ctx.authError?.details.reason === "invalid" ? 403 : 401;
        return refuse(socket, status, ctx.authError?.message ?? "Authentication required");
      }
      if (socket.destroyed) return;
      if (closing) return refuse(socket, 503, "Server shutting down");
      const principal = ctx.principal;
      wss.handleUpgrade(upgrade, socket, head, (ws) => {
        coalesceWrites(ws, socket, maxUnreadBytes);
        accept(ws, upgrade, headers, principal, ctx.meta.clientIp);
      });
    },

    /** Ends every stream, then closes each socket with 1001 (going away) before the deadline. */
    async close(deadline: number) {
      closing = true;
      const open = [...connections];
      const bounded = (work: Promise<unknown>) =>
        Promise.race([work, new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())).unref())]);
      await bounded(Promise.all(open.map((conn) => Promise.all([...conn.subscriptions.keys()].map((name) => stop(conn, name))))));
      const closed = open.map((conn) => new Promise<void>((resolve) => {
        if (conn.ws.readyState === conn.ws.CLOSED) return resolve();
        conn.ws.once("close", () => resolve());
        conn.ws.close(1001, "Server shutting down");
      }));
      await bounded(Promise.all(closed));
      for (const conn of open) conn.ws.terminate();
      wss.close();
    },
  };
}
