// The HTTP front. /graphql is served by Yoga's own Node listener (its HTTP concerns are the
// graphql-http.ts plugin); every other route by one Hono router (/metrics, /health, the
// legacy REST layer, the judge, ...). graphql-ws shares the /graphql path and port, and the
// legacy /ws bridge sits beside it. Owns request ids, client addresses, access logs and
// metrics of the Hono routes, and graceful shutdown of connections.
import { randomUUID } from "node:crypto";
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { getRequestListener, type HttpBindings } from "@hono/node-server";
import { getOperationAST } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { Hono, type Context as HonoContext } from "hono";
import { matchedRoutes } from "hono/route";
import type { Logger } from "pino";
import { WebSocketServer } from "ws";
import type { Config } from "../config.js";
import { requestScope, type RequestMeta } from "../graphql/context.js";
import type { SharedStreams } from "../graphql/shared-streams.js";
import type { StreamAuth } from "../graphql/stream-auth.js";
import type { GraphQLServer } from "../graphql/yoga.js";
import type { ClientIp, ExchangeObserver } from "./exchange.js";
import { exchangeHeaders, newMeta, recordExchange } from "./exchange.js";
import { apiForPath, envelope, failWith, mountLegacyRoutes, statusFor, type LegacyError, type LegacyRoute } from "./legacy.js";
import { createLegacyWs, upgradeHeaders, type LegacyWsChannel } from "./legacy-ws.js";
import { domainRegistry, type Metrics } from "./metrics.js";
import { coalesceWrites } from "./ws-coalesce.js";
import { directNext, expandFrame, nextPayload } from "./ws-frames.js";
import { createSubscriptionCaps } from "./ws-limits.js";

export type HttpEnv = { Bindings: HttpBindings; Variables: { meta: RequestMeta } };

/** The longest a request waits for the work interceptors' answers left in flight (`HttpInterceptor.pending`). */
export const PENDING_WAIT_MS = 1_000;

/**
 * A domain's claim on requests before any routing (the edge's virtual hosts, matched by
 * Host): `request` / `upgrade` answer true when they took the request over.
 */
export interface HttpInterceptor {
  /**
   * Takes the request (answering it on `res`) and names the route it counts under in the
   * access log and metrics (a bounded label, e.g. the backend), or returns false to pass.
   */
  request(req: IncomingMessage, res: ServerResponse): false | { route: string };
  upgrade?(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /**
   * Work of answers already sent that the node's other requests must see (the gateway's
   * settles): null when there is none, else a promise that never rejects. Requests passed on
   * by every interceptor, and GraphQL operations over WebSocket other than subscriptions, wait
   * for it first, for at most PENDING_WAIT_MS.
   */
  pending?(): Promise<void> | null;
  /** Called once the server has closed (outbound connections, subscriptions). */
  close?(): Promise<void>;
}

export interface HttpDeps {
  config: Config;
  log: Logger;
  yoga: GraphQLServer;
  metrics: Metrics;
  /** The client address of a request (TRUST_PROXY), shared with the /graphql plugin. */
  clientIp: ClientIp;
  /** Re-checks open streams on revocation (the legacy /ws connections register with it). */
  streamAuth?: Pick<StreamAuth, "watch">;
  /** Equal subscribers over WebSockets share one stream (graphql/shared-streams.ts); absent: none do. */
  sharedStreams?: Pick<SharedStreams, "share">;
  /** Every domain's legacy REST routes. */
  routes: readonly LegacyRoute[];
  /** Plain routes the domains serve outside GraphQL and the legacy table (e.g. the proxy judge). */
  httpRoutes?: (app: Hono<HttpEnv>) => void;
  /** Every domain's channels of the legacy /ws endpoint. */
  wsChannels?: readonly LegacyWsChannel[];
  /** Every domain's request interceptors, asked in order before routing. */
  interceptors?: readonly HttpInterceptor[];
  /** Told of every answered request of the Hono routes (the domains' `onExchange`; /graphql's are the plugin's). */
  onExchange?: ExchangeObserver;
  /** Run each request inside `currentRequest` (nodes with an SQL observer; see graphql/context.ts). */
  scopeRequests?: boolean;
}

export function createHttp({ config, log, yoga, metrics, clientIp, streamAuth, sharedStreams, routes, httpRoutes, wsChannels = [], interceptors = [], onExchange, scopeRequests = false }: HttpDeps) {
  const inScope = requestScope(scopeRequests);
  /**
   * What every interceptor's answers left in flight, or null (the usual case: nothing to wait
   * for). Waited for at most PENDING_WAIT_MS: a settle stuck behind a database in trouble must
   * not hold up health checks and reads for the whole statement timeout.
   */
  const pending = (): Promise<void> | null => {
    let all: Promise<void>[] | null = null;
    for (const i of interceptors) {
      const p = i.pending?.();
      if (p) (all ??= []).push(p);
    }
    if (!all) return null;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, PENDING_WAIT_MS)));
    // Cleared as soon as the work lands (in about a round trip): a timer left pending would
    // keep this request's promises alive, and a young generation's worth of them promoted.
    return Promise.race([Promise.all(all), late]).then(() => clearTimeout(timer));
  };
  const app = new Hono<HttpEnv>();
  /** Request facts of an intercepted request or a WebSocket upgrade, as the middleware below builds them for routed ones. */
  const requestMeta = (r: IncomingMessage): RequestMeta =>
    newMeta(
      clientIp,
      (name) => {
        const v = r.headers[name];
        return Array.isArray(v) ? v.join(", ") : v;
      },
      r.socket.remoteAddress,
    );


  app.use("*", async (c, next) => {
    const started = performance.now();
    const meta = newMeta(clientIp, (name) => c.req.header(name), c.env?.incoming?.socket?.remoteAddress);
    c.set("meta", meta);
    await inScope(meta, next);
    for (const [name, value, append] of exchangeHeaders(meta, c.res.headers.has("X-RateLimit-Limit"))) setAnswerHeader(c, name, value, append);
    const matched = matchedRoutes(c).filter((r) => r.method !== "ALL" || r.path !== "/*");
    const route = matched.at(-1)?.path ?? "unmatched";
    recordExchange({ log, metrics, onExchange }, meta, { method: c.req.method, path: c.req.path, status: c.res.status, route, started });
  });

  app.get("/metrics", async (c) =>
    c.body((await metrics.registry.metrics()) + (await domainRegistry.metrics()), 200, { "Content-Type": metrics.registry.contentType }),
  );
  httpRoutes?.(app);
  mountLegacyRoutes(app, routes, yoga, { maxBodyBytes: config.http.maxBodyBytes });

  app.notFound((c) => failByPath(c, { code: "NOT_FOUND", message: `No route for ${c.req.method} ${c.req.path}`, details: {} }));
  app.onError((err, c) => {
    const requestId = c.get("meta")?.requestId;
    log.error({ err, reqId: requestId }, "unhandled error");
    return failByPath(c, { code: "INTERNAL", message: "Internal server error", details: {} });
  });

  const honoListener = getRequestListener(app.fetch, { hostname: config.host });
  const server: Server = createServer(
    {
      // Slow clients (a byte of headers a second) must not hold connections for ever; the
      // check interval bounds how late past its timeout a connection is cut.
      headersTimeout: config.http.headersTimeoutMs,
      requestTimeout: config.http.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, config.http.headersTimeoutMs),
    },
    // GraphQL goes straight to Yoga: no Request/Response conversion through Hono on the way
    // in and again on the way out. Other methods on /graphql get Hono's 404, as before.
    (req: IncomingMessage, res: ServerResponse) => {
      if (interceptors.length > 0) {
        const started = performance.now();
        // The request's facts, as the routes' middleware builds them (its X-Request-Id kept).
        // Built before asking only when requests run in a scope (tests attributing statements
        // to requests), so that the interceptor's work runs in it; otherwise once one takes it.
        let meta = scopeRequests ? requestMeta(req) : undefined;
        const ask = () => {
          for (const i of interceptors) {
            const taken = i.request(req, res);
            if (taken) return taken;
          }
          return false;
        };
        const taken = meta ? inScope(meta, ask) : ask();
        if (taken) {
          meta ??= requestMeta(req);
          if (!res.headersSent) res.setHeader("X-Request-Id", meta.requestId);
          // Intercepted exchanges are counted and logged like routed ones, once the answer
          // is sent (or the client left): the request metrics and /api/v1/metrics include them.
          const facts = meta;
          res.once("close", () =>
            recordExchange({ log, metrics, onExchange }, facts, { method: req.method ?? "GET", path: (req.url ?? "/").split("?")[0], status: res.statusCode, route: taken.route, started }),
          );
          return;
        }
      }
      const route = () => (isGraphQL(req) ? void yoga(req, res) : void honoListener(req, res));
      const wait = pending();
      return wait ? void wait.then(route) : route();
    },
  );
  // Requests Node refuses before any route runs (heads over the size limit, timeouts,
  // unparseable requests) get a body in the envelope of the path they named, not a bare status.
  server.on("clientError", (err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => answerClientError(err, socket));
  // Connections for the status figures: a socket is active while it has a request in flight
  // or was upgraded to a WebSocket, idle otherwise. Bytes of closed sockets are summed.
  const sockets = new Map<Socket, number>();
  const closedBytes = { in: 0, out: 0 };
  server.on("connection", (socket: Socket) => {
    sockets.set(socket, 0);
    socket.once("close", () => {
      closedBytes.in += socket.bytesRead;
      closedBytes.out += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    if (!sockets.has(socket)) return;
    sockets.set(socket, sockets.get(socket)! + 1);
    res.once("close", () => sockets.has(socket) && sockets.set(socket, Math.max(0, sockets.get(socket)! - 1)));
  });
  server.on("upgrade", (req: IncomingMessage) => sockets.has(req.socket) && sockets.set(req.socket, Number.POSITIVE_INFINITY));
  const bytes = () => {
    let read = closedBytes.in;
    let written = closedBytes.out;
    for (const s of sockets.keys()) {
      read += s.bytesRead;
      written += s.bytesWritten;
    }
    return { in: read, out: written };
  };
  metrics.countBytes(bytes);
  // Node keeps a keep-alive connection open after its last response even once the server
  // is closing; closing it as soon as it goes idle lets shutdown end without the timeout.
  let closing = false;
  server.on("request", (_req, res) => res.once("finish", () => closing && setImmediate(() => server.closeIdleConnections())));

  // graphql-ws on /graphql: each operation goes through yoga.getEnveloped, so it gets the
  // same plugins (limits, masking) and the same context as HTTP.
  const wss = new WebSocketServer({ noServer: true });
  const legacyWs = createLegacyWs({ yoga, log, channels: wsChannels, meta: requestMeta, streamAuth, sharedStreams, maxUnreadBytes: config.ws.maxUnreadBytes });
  server.on("upgrade", (req, socket, head) => {
    for (const i of interceptors) if (i.upgrade?.(req, socket, head)) return;
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/ws") return void legacyWs.handleUpgrade(req, socket, head);
    if (path !== "/graphql") return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      coalesceWrites(ws, socket, config.ws.maxUnreadBytes, expandFrame);
      wss.emit("connection", ws, req);
    });
  });
  // Open graphql-ws connections, so shutdown can wait for their subscriptions to complete.
  const wsContexts = new Set<{ subscriptions: Record<string, unknown> }>();
  // Aborted when a graphql-ws connection closes: its operations' `signal` (a runProbe waiting on it stops).
  const wsGone = new WeakMap<object, AbortController>();
  const caps = createSubscriptionCaps({
    perConnection: config.ws.maxSubscriptionsPerConnection,
    perPrincipal: config.ws.maxSubscriptionsPerPrincipal,
  });
  const wsServer = useServer(
    {
      onConnect: (ctx) => {
        wsContexts.add(ctx);
        wsGone.set(ctx, new AbortController());
      },
      onClose: (ctx) => {
        wsContexts.delete(ctx);
        wsGone.get(ctx)?.abort();
        caps.closed(ctx);
      },
      onComplete: (ctx, id) => caps.done(ctx, id),
      // A result several subscribers share is serialized once for all of them (ws-frames.ts).
      onNext: (_ctx, _id, _payload, _args, result) => nextPayload(result),
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => (sharedStreams ? sharedStreams.share(args, () => args.rootValue.subscribe(args)) : args.rootValue.subscribe(args)),
      onSubscribe: async (ctx, id, params) => {
        const upgrade = ctx.extra.request as IncomingMessage;
        const meta = requestMeta(upgrade);
        // A POST as far as Yoga's checks go: a WebSocket operation is no GET, so mutations are
        // allowed (Yoga refuses mutations over GET); the socket frames are JSON.
        const headers = wsHeaders(upgrade, ctx.connectionParams);
        headers.set("content-type", "application/json");
        const request = new Request("http://ws.local/graphql", { method: "POST", headers, signal: wsGone.get(ctx)?.signal });
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: upgrade,
          socket: ctx.extra.socket,
          params,
          request,
          meta,
        });
        const args = {
          schema,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
          // A shared stream's results go straight to this socket while this subscriber waits (ws-frames.ts).
          directSend: directNext(ctx.extra.socket, id),
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        if (getOperationAST(args.document, params.operationName)?.operation === "subscription") {
          const principal = args.contextValue.principal?.userId ?? `ip:${meta.clientIp}`;
          const refused = caps.admit(ctx, id, principal);
          if (refused) return [refused];
        } else {
          await pending();
        }
        return args;
      },
    },
    wss,
  );

  return {
    app,
    server,
    bytes,
    /** Resolves once what the interceptors' answers left in flight has landed (tests read the database after it). */
    landed: async () => void (await pending()),
    connections() {
      let active = 0;
      for (const inFlight of sockets.values()) if (inFlight > 0) active++;
      return { active, idle: sockets.size - active, total: sockets.size };
    },
    async close(timeoutMs: number) {
      // Stop accepting, let in-flight requests finish, then cut whatever is left.
      const deadline = Date.now() + timeoutMs;
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Subscriptions end when the caller closes the pub/sub; graphql-ws then sends each
      // client a `complete`. Closing the sockets first would turn that into a 1001 error.
      while (Date.now() < deadline && [...wsContexts].some((ctx) => Object.keys(ctx.subscriptions).length > 0)) {
        await new Promise((r) => setTimeout(r, 10));
      }
      await Promise.all([wsServer.dispose(), legacyWs.close(deadline)]);
      const timer = setTimeout(() => server.closeAllConnections(), Math.max(0, deadline - Date.now()));
      await closed;
      clearTimeout(timer);
      await Promise.all(interceptors.map((i) => i.close?.()));
    },
  };
}

/**
 * Sets a header on the answer a middleware got back from `next()`, in place. `c.header()` at
 * that point copies the whole Response to be sure its headers are mutable, which turns a
 * string body into a stream and costs Node's direct write of it; only an answer whose headers
 * are immutable (one fetched from elsewhere) still takes that path.
 */
export function setAnswerHeader(c: HonoContext<HttpEnv>, name: string, value: string, append = false) {
  try {
    if (append) c.res.headers.append(name, value);
    else c.res.headers.set(name, value);
  } catch {
    c.header(name, value, { append });
  }
}

const GRAPHQL_METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);

/** A request for Yoga: /graphql (with or without a query string) by a method it serves. */
function isGraphQL(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  const end = url.indexOf("?");
  return (end < 0 ? url : url.slice(0, end)) === "/graphql" && GRAPHQL_METHODS.has(req.method ?? "");
}

/** Credentials for a WebSocket come from the upgrade request or from connectionParams. */
function wsHeaders(upgrade: IncomingMessage, params: Readonly<Record<string, unknown>> | undefined): Headers {
  const headers = upgradeHeaders(upgrade);
  const p = Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  if (typeof p.authorization === "string") headers.set("authorization", p.authorization);
  if (typeof p["x-api-key"] === "string") headers.set("x-api-key", p["x-api-key"]);
  if (typeof p.apikey === "string") headers.set("x-api-key", p.apikey);
  return headers;
}

/** An error for a request no route answered, in the envelope of the API its path belongs to. */
function failByPath(c: HonoContext<HttpEnv>, err: LegacyError): Response {
  const api = apiForPath(c.req.path);
  if (api) return failWith(c, api, err);
  const status = statusFor("seed002", err);
  if (c.req.path === "/graphql") return c.json({ errors: [{ message: err.message, extensions: { code: err.code, details: err.details } }] }, status as 400);
  return c.json({ error: { code: err.code, message: err.message, details: err.details } }, status as 400);
}

const CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: "HEADERS_TOO_LARGE", message: "Request headers are too large" },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: "REQUEST_TIMEOUT", message: "The request was not received in time" },
};

function answerClientError(err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) {
  if (err.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  const known = CLIENT_ERRORS[err.code ?? ""] ?? { status: 400, code: "BAD_REQUEST", message: "Malformed HTTP request" };
  const path = /^[A-Z]+ (\/[^ ?\r\n]*)/.exec(err.rawPacket?.toString("latin1", 0, 2048) ?? "")?.[1] ?? "";
  const api = apiForPath(path);
  const legacyErr: LegacyError = { code: known.code, message: known.message, details: {} };
  const meta = { requestId: randomUUID(), clientIp: "", setCookies: [] };
  const body = JSON.stringify(
    api ? envelope(api, known.status, legacyErr, meta) : { error: { code: known.code, message: known.message, details: {} } },
  );
  socket.end(
    `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Request-Id: ${meta.requestId}\r\nConnection: close\r\n\r\n${body}`,
  );
}
