// Export links for GraphQL clients: a download URL for the CSV exports with the filters
// given, carrying a short-lived signed token (the link works in a browser or curl without
// the caller's credentials, and lapses after SESSIONS_EXPORT_LINK_SECONDS).
import { builder } from "../../graphql/builder.js";
import { EXPORT_PATHS } from "./export.routes.js";
import { signExportToken } from "./export.service.js";
import { EVENT_PARAMS, filterParams, SESSION_PARAMS } from "./legacy-filters.js";
import { EventFilterInput, SessionFilterInput, toEventFilter, toSessionFilter } from "./sessions.schema.js";

const ExportLink = builder.objectRef<{ url: string; expiresAt: Date }>("ExportLink").implement({
  fields: (t) => ({
    url: t.exposeString("url", { description: "Path and query on this server; GET it for the CSV" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
  }),
});

async function link(ctx: { tokens: Parameters<typeof signExportToken>[0]; config: { sessions: { exportLinkSeconds: number } }; principal: { userId: string } }, path: string, params: URLSearchParams) {
  const ttl = ctx.config.sessions.exportLinkSeconds;
  params.set("token", await signExportToken(ctx.tokens, ctx.principal.userId, ttl));
  return { url: `${path}?${params}`, expiresAt: new Date(Date.now() + ttl * 1000) };
}

builder.queryField("sessionsExportLink", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ExportLink,
    description: "A short-lived download URL for the CSV of your sessions (admins: everyone's) matching the filter",
    args: { filter: t.arg({ type: SessionFilterInput, required: false }) },
    resolve: (_root, args, ctx) => link(ctx, EXPORT_PATHS.sessions, filterParams(toSessionFilter(args.filter) as Record<string, unknown>, SESSION_PARAMS)),
  }),
);

builder.queryField("sessionEventsExportLink", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ExportLink,
    description: "A short-lived download URL for the CSV of your sessions' events (admins: everyone's) matching the filter",
    args: { filter: t.arg({ type: EventFilterInput, required: false }) },
    resolve: (_root, args, ctx) => link(ctx, EXPORT_PATHS.events, filterParams(toEventFilter(args.filter) as Record<string, unknown>, EVENT_PARAMS)),
  }),
);
