// What an HTTP exchange on /graphql needs beyond GraphQL, as a Yoga plugin: /graphql is
// served by Yoga's own Node listener (server.ts), so the Hono middleware that does this for
// the other routes never sees it. Gives each request its facts (id, client address) in its
// context and async scope, refuses bodies over MAX_BODY_BYTES with 413, and adds to the
// answer the request id, cookies and rate-limit headers set while serving it, then counts it
// in the metrics (and for the domains' `onExchange`) and writes its access-log line.
//
// Operations a legacy REST route runs through `yoga.fetch` arrive with their route's meta in
// the server context: they belong to that request, whose Hono middleware answers and counts it.
import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import type { FetchAPI, Plugin } from "graphql-yoga";
import { requestScope, type RequestMeta } from "../graphql/context.js";
import type { ServerContext } from "../graphql/yoga.js";
import { exchangeHeaders, newMeta, recordExchange, type ExchangeDeps } from "./exchange.js";
import { tooLarge } from "./legacy.js";

/** The route label /graphql has in metrics, as when Hono routed it. */
const ROUTE = "/graphql";

interface Exchange {
  meta: RequestMeta;
  started: number;
}

/**
 * The server context as Yoga's Node listener builds it: the raw request, and no meta until
 * onRequest sets it (typed as present because Yoga's context always has it by then).
 */
type HttpServerContext = ServerContext & { req?: IncomingMessage };

export interface GraphQLHttpOptions extends ExchangeDeps {
  maxBodyBytes: number;
  /** Run each request inside `currentRequest` (nodes with an SQL observer; see graphql/context.ts). */
  scopeRequests?: boolean;
}

export function graphqlHttp({ log, metrics, clientIp, maxBodyBytes, onExchange, scopeRequests = false }: GraphQLHttpOptions): Plugin<{}, HttpServerContext> {
  const inScope = requestScope(scopeRequests);
  /** When each request arrived: taken before any plugin runs, so early answers are timed too. */
  const arrived = new WeakMap<Request, number>();
  /** Exchanges this plugin answers for, by their server context (one object per request). */
  const exchanges = new WeakMap<object, Exchange>();

  const open = (request: Request, ctx: HttpServerContext): Exchange => {
    const meta = newMeta(clientIp, (name) => request.headers.get(name), ctx.req?.socket?.remoteAddress);
    const exchange = { meta, started: arrived.get(request) ?? performance.now() };
    ctx.meta = meta;
    exchanges.set(ctx, exchange);
    return exchange;
  };

  return {
    instrumentation: {
      request({ request }, wrapped) {
        arrived.set(request, performance.now());
        return wrapped();
      },
    },
    onRequest({ request, serverContext, requestHandler, setRequestHandler, endResponse, fetchAPI }) {
      if (serverContext.meta) return; // an operation of a legacy route, see above
      const { meta } = open(request, serverContext);
      // Refused on Content-Length alone when there is one, before any of the body is read.
      const length = Number(request.headers.get("content-length") ?? 0);
      if (request.method !== "GET" && length > maxBodyBytes) return endResponse(payloadTooLarge(fetchAPI.Response, maxBodyBytes));
      // The rest runs in the request's async scope when the node has an SQL observer to find it there.
      setRequestHandler((req, ctx) => inScope(meta, () => requestHandler(req, ctx)));
    },
    onRequestParse({ request, serverContext, requestParser, setRequestParser, fetchAPI }) {
      // Node's parser never reads past a Content-Length, which onRequest checked already.
      if (!exchanges.has(serverContext) || !requestParser || request.headers.has("content-length") || !request.body) return;
      // A body without one (chunked) is counted as the parser reads it and cut off at the
      // limit, so an anonymous client cannot make us buffer it.
      setRequestParser((req) => requestParser(limitBody(req, maxBodyBytes, fetchAPI)));
    },
    onResponse({ request, response, serverContext }) {
      // A response from a plugin before this one (CORS preflight, GraphiQL) skipped onRequest.
      const exchange = exchanges.get(serverContext) ?? (serverContext.meta ? undefined : open(request, serverContext));
      if (!exchange) return;
      const { meta } = exchange;
      for (const [name, value, append] of exchangeHeaders(meta, response.headers.has("X-RateLimit-Limit"))) {
        if (append) response.headers.append(name, value);
        else response.headers.set(name, value);
      }
      const path = new URL(request.url, "http://x").pathname;
      recordExchange({ log, metrics, onExchange }, meta, { method: request.method, path, status: response.status, route: ROUTE, started: exchange.started });
    },
  };
}

/** The 413 a body over the limit gets on /graphql: a GraphQL error response. */
function tooLargeError(maxBodyBytes: number): GraphQLError {
  const err = tooLarge(maxBodyBytes);
  return new GraphQLError(err.message, { extensions: { code: err.code, details: err.details, http: { status: 413 } } });
}

function payloadTooLarge(ResponseImpl: typeof Response, maxBodyBytes: number): Response {
  const err = tooLarge(maxBodyBytes);
  const body = JSON.stringify({ errors: [{ message: err.message, extensions: { code: err.code, details: err.details } }] });
  return new ResponseImpl(body, { status: 413, headers: { "content-type": "application/json; charset=utf-8" } });
}

/** The request with a body that fails with a 413 error once more than `limit` bytes arrive. */
function limitBody(request: Request, limit: number, fetchAPI: FetchAPI): Request {
  let read = 0;
  // Yoga's ponyfill streams and Node's own do not pipe into each other (graphql-yoga#4583).
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const counted = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLargeError(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body: counted, duplex: "half" } as RequestInit);
}
