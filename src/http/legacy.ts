// The legacy REST framework. Each route is a GraphQL document plus two mappers: request ->
// variables and result -> documented body. Routes run through the same Yoga pipeline as
// /graphql (auth, limits, logging, errors); this file only translates at the edges: error
// codes to each old API's status codes and envelope.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { Context as HonoContext, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppError } from "../errors.js";
import type { RequestMeta } from "../graphql/context.js";
import { hasUnstorableText } from "../text.js";
import type { GraphQLServer } from "../graphql/yoga.js";
import type { HttpEnv } from "./server.js";

export type LegacyApi = "seed000" | "seed001" | "seed002" | "seed003" | "seed004";

export interface LegacyRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, or the fields of a form body; {} when there is none. */
  body: Record<string, unknown>;
  headers: Headers;
}

/**
 * What a result mapper answers: a documented body, or an error the framework puts in the
 * route's own envelope (a domain error such as `new NotFoundError("Proxy", id)`), so no
 * route builds an envelope by hand.
 */
export type LegacyResult =
  | { status?: number; body?: unknown; headers?: Record<string, string>; error?: never }
  | { error: Pick<AppError, "code" | "message" | "details"> };

export interface LegacyRoute<TData = any, TVars = any> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Hono path syntax: /auth/keys/:key_id */
  path: string;
  api: LegacyApi;
  document: TypedDocumentNode<TData, TVars>;
  /** Build the operation's variables; throw a LegacyInputError for bad input. */
  variables?: (req: LegacyRequest) => TVars;
  result: (data: TData, req: LegacyRequest) => LegacyResult;
  /** A deprecated route answers `X-Deprecated: true` and, when given, `X-Sunset-Date` (YYYY-MM-DD). */
  deprecated?: { sunset?: string };
}

/** Declares a route with its types tied to its document. */
export const defineRoute = <TData, TVars>(route: LegacyRoute<TData, TVars>) => route;

export class LegacyInputError extends Error {
  constructor(
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export interface LegacyError {
  code: string;
  message: string;
  details: Record<string, unknown>;
  retryAfter?: number;
  rateLimit?: { limit: number; remaining: number; reset: number };
}

const STATUS: Record<string, number> = {
  NOT_FOUND: 404,
  VALIDATION_ERROR: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INSUFFICIENT_CREDITS: 402,
  RATE_LIMITED: 429,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

const REASON: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  409: "Conflict",
  413: "Payload Too Large",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/**
 * Which old API a path belongs to, by the route families each seed documents, so a request
 * that matches no route (or fails before one is known) still answers in that API's envelope.
 * Longest prefix first; `/api` alone is seed 000's (its /api/health is the shared one).
 */
const API_PREFIXES: [prefix: string, api: LegacyApi][] = (
  [
    ["/api/v1", "seed001"],
    ["/api/users", "seed003"],
    ["/api/probes", "seed003"],
    ["/api/apikeys", "seed003"],
    ["/api/admin/users", "seed003"],
    ["/api/admin/status", "seed003"],
    ["/api/auth", "seed004"],
    ["/api/admin", "seed004"],
    ["/api/metrics", "seed004"],
    ["/proxy", "seed004"],
    ["/api", "seed000"],
    ["/auth", "seed002"],
    ["/account", "seed002"],
    ["/proxies", "seed002"],
    ["/sources", "seed002"],
    ["/stats", "seed002"],
    ["/leases", "seed002"],
  ] as [string, LegacyApi][]
).sort((a, b) => b[0].length - a[0].length);

export function apiForPath(path: string): LegacyApi | null {
  for (const [prefix, api] of API_PREFIXES) if (path === prefix || path.startsWith(`${prefix}/`)) return api;
  return null;
}

/** Each old API's own status vocabulary where it differs from the common one. */
export function statusFor(api: LegacyApi, err: LegacyError): number {
  if (api === "seed000" && err.code === "UNAUTHENTICATED" && err.details.reason === "invalid") return 403;
  if (api === "seed003" && err.code === "VALIDATION_ERROR") return 400;
  return STATUS[err.code] ?? 500;
}

export function envelope(api: LegacyApi, status: number, err: LegacyError, meta: RequestMeta): unknown {
  switch (api) {
    case "seed000":
    case "seed004":
      return { detail: err.message };
    case "seed001":
      return {
        error: {
          code: err.code === "UNAUTHENTICATED" ? "UNAUTHORIZED" : err.code === "INTERNAL" ? "INTERNAL_ERROR" : err.code,
          message: err.message,
          details: err.details,
          timestamp: new Date().toISOString(),
          request_id: meta.requestId,
          ...(err.retryAfter !== undefined ? { retry_after: err.retryAfter } : {}),
        },
      };
    case "seed002":
      return { error: { code: err.code, message: err.message, details: err.details } };
    case "seed003":
      return { error: REASON[status] ?? "Error", message: err.message };
  }
}

interface GraphQLErrorJson {
  message: string;
  extensions?: { code?: string; details?: Record<string, unknown>; retryAfter?: number; rateLimit?: LegacyError["rateLimit"] };
}

/** Picks the error out of a GraphQL response: `errors[]`, or an error typed as data. */
export function findError(json: { data?: Record<string, unknown> | null; errors?: GraphQLErrorJson[] }): LegacyError | null {
  const first = json.errors?.[0];
  if (first) {
    const ext = first.extensions ?? {};
    const code = ext.code ?? "INTERNAL";
    const known = code in STATUS;
    return {
      code: known ? code : "VALIDATION_ERROR", // GraphQL's own (variable coercion, limits)
      message: first.message,
      details: ext.details ?? {},
      retryAfter: ext.retryAfter,
      rateLimit: ext.rateLimit,
    };
  }
  for (const value of Object.values(json.data ?? {})) {
    const v = value as { __typename?: string; code?: string; message?: string; details?: Record<string, unknown>; retryAfter?: number } | null;
    if (v && typeof v === "object" && v.__typename?.endsWith("Error") && v.code) {
      return { code: v.code, message: v.message ?? v.code, details: v.details ?? {}, retryAfter: v.retryAfter };
    }
  }
  return null;
}

/** Headers that carry a caller's identity into a GraphQL operation (legacy routes, WebSockets). */
export const CREDENTIAL_HEADERS = ["authorization", "x-api-key", "cookie", "user-agent"] as const;

type GraphQLJson = { data?: Record<string, unknown> | null; errors?: GraphQLErrorJson[] };

/**
 * Runs a route's operation through the Yoga pipeline with the caller's credentials and the
 * request's signal, so the operation (its `ctx.signal`) learns when the client goes away.
 * Null when it went away: the operation goes on to its end without us, nobody is left to answer.
 */
async function execute(yoga: GraphQLServer, c: HonoContext<HttpEnv>, query: string, variables: unknown): Promise<GraphQLJson | null> {
  const headers = new Headers({ "content-type": "application/json", accept: "application/json" });
  for (const h of CREDENTIAL_HEADERS) {
    const v = c.req.header(h);
    if (v) headers.set(h, v);
  }
  const signal = c.req.raw.signal;
  try {
    const res = await yoga.fetch(
      "http://legacy.local/graphql",
      { method: "POST", headers, body: JSON.stringify({ query, variables }), signal },
      { meta: c.get("meta") },
    );
    return (await res.json()) as GraphQLJson;
  } catch (err) {
    if (signal.aborted) return null;
    throw err;
  }
}

/** nginx's "client closed request": what the access log and metrics show for a request whose client left. */
export const CLIENT_CLOSED = 499;

/** An error in an old API's envelope with its status and, for a 429, its rate-limit headers. */
export function failWith(c: HonoContext<HttpEnv>, api: LegacyApi, err: LegacyError): Response {
  const meta = c.get("meta");
  const status = statusFor(api, err);
  const headers: Record<string, string> = {};
  if (status === 429) {
    const rl = err.rateLimit ?? meta.rateLimit;
    headers["Retry-After"] = String(err.retryAfter ?? 60);
    if (rl) {
      headers["X-RateLimit-Limit"] = String(rl.limit);
      headers["X-RateLimit-Remaining"] = String(rl.remaining);
      headers["X-RateLimit-Reset"] = String(rl.reset);
    }
  }
  // The rest of an oversized body is not worth reading just to keep the connection.
  if (status === 413) headers.Connection = "close";
  return c.json(envelope(api, status, err, meta) as object, status as 400, headers);
}

export const tooLarge = (maxBytes: number): LegacyError => ({
  code: "PAYLOAD_TOO_LARGE",
  message: `Request body is larger than ${maxBytes} bytes`,
  details: { max_bytes: maxBytes },
});

export interface LegacyOptions {
  /** Bodies larger than this are refused with 413 before they are read (LEGACY_MAX_BODY_BYTES). */
  maxBodyBytes: number;
}

export function mountLegacyRoutes(app: Hono<HttpEnv>, routes: readonly LegacyRoute[], yoga: GraphQLServer, opts: LegacyOptions) {
  for (const route of routes) {
    const query = print(route.document);
    const fail = (c: HonoContext<HttpEnv>, err: LegacyError) => failWith(c, route.api, err);
    // Refused on Content-Length alone when there is one; a chunked body is counted as it
    // arrives and cut off at the limit, so an anonymous client cannot make us buffer it.
    const limit = bodyLimit({ maxSize: opts.maxBodyBytes, onError: (c) => fail(c as HonoContext<HttpEnv>, tooLarge(opts.maxBodyBytes)) });
    app.on(route.method, route.path, limit, async (c) => {
      c.get("meta").legacyRoute = `${route.method} ${route.path}`;
      if (route.deprecated) {
        c.header("X-Deprecated", "true");
        if (route.deprecated.sunset) c.header("X-Sunset-Date", route.deprecated.sunset);
      }
      let req: LegacyRequest;
      let variables: unknown;
      try {
        req = { params: c.req.param() as Record<string, string>, query: new URL(c.req.url).searchParams, body: await readBody(c), headers: c.req.raw.headers };
        checkStorable(req);
        variables = route.variables ? route.variables(req) : {};
      } catch (err) {
        if (err instanceof LegacyInputError) {
          return fail(c, { code: "VALIDATION_ERROR", message: err.message, details: err.fields.length ? { fields: err.fields } : {} });
        }
        throw err;
      }
      const json = await execute(yoga, c, query, variables);
      if (!json) return c.body(null, CLIENT_CLOSED as 200);
      const error = findError(json);
      if (error) return fail(c, error);
      const out = route.result(json.data as never, req);
      if (out.error) return fail(c, { code: out.error.code, message: out.error.message, details: out.error.details });
      const status = out.status ?? 200;
      for (const [k, v] of Object.entries(out.headers ?? {})) c.header(k, v);
      if (status === 204 || out.body === undefined) return c.body(null, status as 204);
      return c.json(out.body as object, status as 200);
    });
  }
}

async function readBody(c: HonoContext<HttpEnv>): Promise<Record<string, unknown>> {
  if (c.req.method === "GET" || c.req.method === "HEAD") return {};
  const type = c.req.header("content-type") ?? "";
  if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
    try {
      return (await c.req.parseBody()) as Record<string, unknown>;
    } catch {
      // A missing boundary or a body that does not follow it: the client's mistake.
      throw new LegacyInputError(`Request body is not valid ${type.includes("multipart") ? "multipart/form-data" : "form data"}`);
    }
  }
  const text = await c.req.text();
  if (!text.trim()) return {};
  // A browser form can post text/plain cross-site without a preflight; reading that as JSON
  // would let another site drive these routes with the visitor's cookie. No type at all
  // only comes from non-browser clients, so it is still read as JSON.
  if (type && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim())) {
    throw new LegacyInputError("Request body must be JSON (Content-Type: application/json), multipart/form-data or application/x-www-form-urlencoded", [
      { field: "content-type", message: `unsupported: ${type.slice(0, 100)}` },
    ]);
  }
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed;
  } catch {
    /* reported below */
  }
  throw new LegacyInputError("Request body must be a JSON object");
}

const UNSTORABLE = "must not contain NUL characters or unpaired UTF-16 surrogates";

/**
 * Refuses text PostgreSQL cannot store (NUL, lone surrogates) anywhere in a request, naming
 * the seed's own field; GraphQL refuses it too, but by variable path.
 */
function checkStorable(req: LegacyRequest) {
  const issues: { field: string; message: string }[] = [];
  const scan = (value: unknown, field: string) => {
    if (typeof value === "string") {
      if (hasUnstorableText(value)) issues.push({ field, message: UNSTORABLE });
    } else if (Array.isArray(value)) value.forEach((v, i) => scan(v, `${field}.${i}`));
    else if (value && typeof value === "object" && !(value instanceof Blob)) {
      for (const [k, v] of Object.entries(value)) {
        if (hasUnstorableText(k)) issues.push({ field, message: `keys ${UNSTORABLE}` });
        else scan(v, field ? `${field}.${k}` : k);
      }
    }
  };
  scan(req.body, "");
  for (const [k, v] of req.query) scan(v, k);
  for (const [k, v] of Object.entries(req.params)) scan(v, k);
  if (issues.length) throw new LegacyInputError(issues.map((i) => `${i.field}: ${i.message}`).join("; "), issues);
}
