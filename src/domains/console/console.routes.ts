// Serves the operations console: `/` and every client route answer index.html (no-cache, so a
// new build is picked up at once), /assets/* the hashed bundles (cached for a year: their
// names change with their content). The console talks to the public GraphQL API only; these
// routes serve files and nothing else.
//
// Client routes (/pool, /my-leases, ...) are a fallback, not a list: a GET that no route
// answered, from a browser navigating (Accept: text/html), outside the legacy APIs' prefixes,
// gets index.html and the console shows its own "page not found" when it has no such page.
// API clients (Accept: application/json, */*) and every legacy prefix keep the JSON 404.
import type { Context, Hono } from "hono";
import { apiForPath } from "../../http/legacy.js";
import type { HttpEnv } from "../../http/server.js";
import type { StaticFile } from "./static-files.js";

const INDEX = "/index.html";
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * What the page may load: only this origin (scripts, styles, the API and its WebSocket), no
 * framing. Inline style attributes are allowed: the chart library and the count bars set them.
 */
const CSP = "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>switchyard console</title>
<p>The console is not built. Run <code>npm run build:console</code> (done by <code>npm ci</code>), then reload.
The GraphQL API and its explorer are at <a href="/graphql">/graphql</a>.</p></html>`;

export function mountConsole(app: Hono<HttpEnv>, files: Map<string, StaticFile>): void {
  app.get("/", (c) => page(c, files));
  app.get("/assets/*", (c) => {
    const file = files.get(c.req.path);
    return file ? send(c, file, IMMUTABLE) : c.notFound();
  });
  // After every other route: only a request nobody answered becomes the console's page.
  app.use("*", async (c, next) => {
    await next();
    if (c.res.status === 404 && isNavigation(c)) c.res = page(c, files);
  });
}

/** A browser loading a page (not a script, an image or an API call) outside the legacy APIs. */
function isNavigation(c: Context<HttpEnv>): boolean {
  const method = c.req.method;
  if (method !== "GET" && method !== "HEAD") return false;
  const path = c.req.path;
  if (apiForPath(path) || path === "/graphql" || path.startsWith("/assets/") || /\.[a-z0-9]+$/i.test(path)) return false;
  return /\btext\/html\b/.test(c.req.header("accept") ?? "");
}

function page(c: Context<HttpEnv>, files: Map<string, StaticFile>): Response {
  const index = files.get(INDEX);
  const headers = { "Content-Security-Policy": CSP, "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin" };
  if (!index) return new Response(NOT_BUILT, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
  const res = send(c, index, "no-cache");
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

/** The file, gzipped when the client accepts it, 304 when its ETag matches. */
function send(c: Context<HttpEnv>, file: StaticFile, cacheControl: string): Response {
  const headers = new Headers({
    "Content-Type": file.type,
    "Cache-Control": cacheControl,
    ETag: file.etag,
    Vary: "Accept-Encoding",
    "X-Content-Type-Options": "nosniff",
  });
  if (c.req.header("if-none-match") === file.etag) return new Response(null, { status: 304, headers });
  const gzip = file.gzip && /\bgzip\b/.test(c.req.header("accept-encoding") ?? "");
  if (gzip) headers.set("Content-Encoding", "gzip");
  const body = gzip ? file.gzip! : file.body;
  headers.set("Content-Length", String(body.length));
  return new Response(c.req.method === "HEAD" ? null : (body as BodyInit), { status: 200, headers });
}
