// The gateway's HTTP routes, served on node's own request and response (an HttpInterceptor,
// asked before routing) rather than as Hono routes. Their bodies are the providers' own, and a
// request through the gateway is mostly a wait on the upstream: building a WHATWG Request and
// Response around each one (and a ReadableStream around each stream) cost about a tenth of the
// gateway's CPU per request. The body is read up to MAX_BODY_BYTES and no further. A
// stream is written chunk by chunk as the client takes it (res.write's backpressure), and a
// client that hangs up aborts the upstream request.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppDeps } from "../../domain.js";
import { tooLarge as tooLargeBody } from "../../http/legacy.js";
import type { HttpInterceptor } from "../../http/server.js";
import type { Endpoint } from "./plan.js";
import { createGateway, type Gateway } from "./proxy.service.js";
import { Abort } from "./upstream.js";
import { errorAnswer, GatewayError, type Answer, type AnswerStream, type Provider, type RequestHeaders } from "./wire.js";

type Route = { provider: Provider; endpoint: Endpoint | "models" };

/** "METHOD path" -> route. Other methods on these paths fall through to the router's 404. */
const ROUTES: Record<string, Route> = {
  "POST /proxy/openai/v1/chat/completions": { provider: "openai", endpoint: "chat" },
  "POST /proxy/openai/v1/embeddings": { provider: "openai", endpoint: "embeddings" },
  "POST /proxy/anthropic/v1/messages": { provider: "anthropic", endpoint: "messages" },
  "GET /proxy/openai/v1/models": { provider: "openai", endpoint: "models" },
};

/** Each node's gateway (one per app in a test process), for `stopGateway`. */
const gateways = new WeakMap<AppDeps, Gateway>();

export function gatewayInterceptor(deps: AppDeps): HttpInterceptor {
  const gateway = createGateway(deps);
  gateways.set(deps, gateway);
  const maxBody = deps.config.http.maxBodyBytes;

  async function serve(req: IncomingMessage, res: ServerResponse, route: Route): Promise<void> {
    // Aborted when the client leaves before its answer is complete.
    const client = new Abort();
    res.once("close", () => res.writableFinished || client.abort(new Error("client closed the connection")));
    const headers = nodeHeaders(req);
    let answer: Answer;
    try {
      if (route.endpoint === "models") answer = await gateway.models({ provider: route.provider, headers, signal: client });
      else {
        const rawBody = await readBody(req, maxBody);
        answer = await gateway.handle({ provider: route.provider, endpoint: route.endpoint, headers, rawBody, signal: client });
      }
    } catch (err) {
      if (!(err instanceof GatewayError)) deps.log.error({ err }, "gateway request failed");
      answer = errorAnswer(route.provider, err instanceof GatewayError ? err : new GatewayError("internal", "Internal error in the gateway"));
    }
    await write(res, answer);
  }

  return {
    request(req, res) {
      const url = req.url ?? "/";
      if (!url.startsWith("/proxy/")) return false;
      const q = url.indexOf("?");
      const path = q < 0 ? url : url.slice(0, q);
      const route = ROUTES[`${req.method} ${path}`];
      if (!route) return false;
      void serve(req, res, route).catch((err) => {
        deps.log.error({ err }, "gateway answer failed");
        res.destroy();
      });
      return { route: path };
    },
    // Settles of answers already sent: the node's other requests read after them (settling.ts).
    pending: () => gateway.landed(),
  };
}

/** Shutdown: the settlements of answers already sent reach the database before it closes. */
export async function stopGateway(deps: AppDeps): Promise<void> {
  await gateways.get(deps)?.drain();
}

/** Node's parsed headers (names already lower case) as the gateway reads them. */
function nodeHeaders(req: IncomingMessage): RequestHeaders {
  return {
    get(name) {
      const v = req.headers[name];
      return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
    },
  };
}

/** The request body as text, refused (413, the legacy routes' message) as soon as it is longer than `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // The rest of a refused body is not read: the connection closes after the answer.
    const tooLarge = () => new GatewayError("too_large", tooLargeBody(max).message, null, { connection: "close" });
    if (Number(req.headers["content-length"]) > max) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      req.off("data", onData);
      reject(tooLarge());
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, size).toString("utf8")));
    req.once("error", reject);
  });
}

async function write(res: ServerResponse, answer: Answer): Promise<void> {
  const { body } = answer;
  if (typeof body === "string") {
    if (res.destroyed) return;
    // The answer's headers are its own object (passHeaders, errorAnswer): set, not spread (usageRow says why).
    answer.headers["content-length"] = String(Buffer.byteLength(body));
    res.writeHead(answer.status, answer.headers);
    res.end(body);
    return;
  }
  await relay(res, answer.status, answer.headers, body);
}

/**
 * A stream, one upstream chunk at a time: the next is asked for once the client's socket took
 * the last. The headers go at once, as the upstream sent them. A break upstream cuts the
 * client's stream as the provider's own cut would; a client gone cancels the upstream.
 */
async function relay(res: ServerResponse, status: number, headers: Answer["headers"], stream: AnswerStream): Promise<void> {
  let gone = res.destroyed;
  const leave = () => {
    if (gone || res.writableFinished) return;
    gone = true;
    void stream.cancel();
  };
  if (gone) return void (await stream.cancel());
  res.once("close", leave);
  res.writeHead(status, headers);
  res.flushHeaders();
  try {
    for (let chunk = await stream.next(); chunk && !gone; chunk = await stream.next()) {
      if (!res.write(chunk)) await drained(res);
    }
    if (!gone) res.end();
  } catch (err) {
    res.destroy(err as Error);
  }
}

/** Resolves once the socket can take more, or the client is gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}
