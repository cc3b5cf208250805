// GET /api/sessions/export and GET /api/events/export (seed 000): CSV downloads with the
// lists' filters, authenticated like every seed 000 route (X-API-Key and the other
// credential headers: 401 missing, 403 invalid) or by an export link's `token`.
import type { Context as HonoContext, Hono } from "hono";
import { Readable } from "node:stream";
import type { AppDeps } from "../../domain.js";
import { failWith, LegacyInputError } from "../../http/legacy.js";
import type { HttpEnv } from "../../http/server.js";
import type { Principal } from "../../graphql/context.js";
import { eventsCsv, exportTokenUser, sessionsCsv } from "./export.service.js";
import { eventFilterQuery, sessionFilterQuery } from "./legacy-filters.js";
import { eventWhere, sessionWhere } from "./sessions.service.js";

export const EXPORT_PATHS = { sessions: "/api/sessions/export", events: "/api/events/export" } as const;

type Caller = Pick<Principal, "userId" | "role">;

async function caller(c: HonoContext<HttpEnv>, deps: AppDeps): Promise<Caller | Response> {
  const token = c.req.query("token");
  if (token) {
    const user = await exportTokenUser(deps.tokens, deps.prisma, token);
    return user ?? failWith(c, "seed000", { code: "UNAUTHENTICATED", message: "Invalid or expired export link", details: { reason: "invalid" } });
  }
  const { principal, authError } = await deps.authenticate(c.req.raw.headers, c.get("meta").clientIp);
  if (principal) return principal;
  if (authError) return failWith(c, "seed000", { code: authError.code, message: authError.message, details: authError.details });
  return failWith(c, "seed000", { code: "UNAUTHENTICATED", message: "API key required", details: { reason: "missing" } });
}

function csvResponse(c: HonoContext<HttpEnv>, stream: Readable, name: string): Response {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  c.header("Content-Type", "text/csv; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="${name}-${stamp}.csv"`);
  c.header("Cache-Control", "no-store");
  return c.body(Readable.toWeb(stream) as ReadableStream);
}

export function mountExports(app: Hono<HttpEnv>, deps: AppDeps) {
  const route = (path: string, build: (q: URLSearchParams, who: Caller) => Readable, name: string) =>
    app.get(path, async (c) => {
      c.get("meta").legacyRoute = `GET ${path}`;
      const who = await caller(c, deps);
      if (who instanceof Response) return who;
      let stream: Readable;
      try {
        stream = build(new URL(c.req.url).searchParams, who);
      } catch (err) {
        if (!(err instanceof LegacyInputError)) throw err;
        return failWith(c, "seed000", { code: "VALIDATION_ERROR", message: err.message, details: { fields: err.fields } });
      }
      return csvResponse(c, stream, name);
    });
  route(EXPORT_PATHS.sessions, (q, who) => {
    const f = sessionFilterQuery(q);
    return sessionsCsv(deps.prisma, sessionWhere(who as Principal, { ...f, startedAfter: date(f.startedAfter), startedBefore: date(f.startedBefore) }));
  }, "sessions");
  route(EXPORT_PATHS.events, (q, who) => {
    const f = eventFilterQuery(q);
    return eventsCsv(deps.prisma, eventWhere(who as Principal, { ...f, after: date(f.after), before: date(f.before) }));
  }, "events");
}

const date = (v: string | undefined) => (v ? new Date(v) : null);
