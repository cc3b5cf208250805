// What a web page on another origin may do with /graphql. Browsers attach the session
// cookie to requests other pages make, so:
// - CORS answers only the origins in CORS_ORIGINS (yoga's default reflects any origin and
//   allows credentials, which lets every site read a signed-in user's data);
// - mutations run only from requests a browser sends after a CORS preflight, i.e. JSON
//   bodies. A form or a `no-cors` fetch can POST url-encoded, multipart or text/plain
//   bodies anywhere without asking; yoga parses the first two, and reads
//   `application/json, text/plain` (which browsers treat as text/plain) as JSON.
import { getOperationAST, GraphQLError } from "graphql";
import type { CORSOptions, Plugin } from "graphql-yoga";

/** Response headers a page on an allowed origin may read. */
const EXPOSED = ["X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After"];

/**
 * Yoga's `cors` option: the request's own origin when listed, nothing otherwise. A fixed
 * answer per request (not yoga's list handling) because for an unlisted origin yoga would
 * send `Access-Control-Allow-Origin: null` with credentials, which sandboxed frames match.
 */
export function corsFor(allowed: readonly string[]): (request: Request) => CORSOptions {
  const origins = new Set(allowed);
  return (request) => {
    const origin = request.headers.get("origin");
    if (!origin || !origins.has(origin)) return false;
    return { origin: [origin], credentials: true, methods: ["GET", "POST"], exposedHeaders: EXPOSED, maxAge: 600 };
  };
}

/** The answer depends on Origin whenever any origin is allowed: tell caches so. */
export function varyOnOrigin(allowed: readonly string[]): Plugin {
  return {
    onResponse({ response }) {
      if (allowed.length === 0) return;
      const vary = response.headers.get("vary");
      if (!vary?.split(",").some((v) => v.trim().toLowerCase() === "origin")) {
        response.headers.set("vary", vary ? `${vary}, Origin` : "Origin");
      }
    },
  };
}

const JSON_TYPES = new Set(["application/json", "application/graphql+json"]);

/** True when no browser would send this Content-Type from another origin without a preflight. */
export function isJsonRequest(request: Request): boolean {
  const type = request.headers.get("content-type");
  // One media type only: browsers read a list by its last entry.
  if (!type || type.includes(",")) return false;
  return JSON_TYPES.has(type.split(";")[0].trim().toLowerCase());
}

/**
 * Refuses mutations from HTTP POSTs that are not JSON, with a 415. GET mutations are
 * already refused by yoga; graphql-ws and the legacy layer build GET and JSON requests.
 */
export const mutationsOnlyFromJson: Plugin = {
  onParse() {
    return ({ result, context }) => {
      const { request, params } = context as { request?: Request; params?: { operationName?: string } };
      if (!request || request.method !== "POST" || result instanceof Error || isJsonRequest(request)) return;
      if (getOperationAST(result, params?.operationName)?.operation !== "mutation") return;
      throw new GraphQLError(
        "Mutations must be sent as JSON (Content-Type: application/json). Any web page can post forms and text to this server, so those may only run queries.",
        { extensions: { code: "BAD_REQUEST", http: { status: 415 } } },
      );
    };
  },
};
