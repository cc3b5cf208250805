// Seed 000 (automation sessions) routes: sessions, events, stats and IP status, with raw
// UUIDs, lowercase enums, snake_case fields and the {"detail": ...} envelope. /api/health is
// control's; the CSV exports are plain HTTP routes (export.routes.ts).
import { graphql } from "../../generated/graphql/index.js";
import type { Legacy000EventFieldsFragment, Legacy000SessionFieldsFragment } from "../../generated/graphql/graphql.js";
import { SessionEventType } from "../../generated/prisma/client.js";
import { defineRoute, type LegacyRoute } from "../../http/legacy.js";
import { BodyCheck, intQuery, lower, payload, rawId, stringQuery } from "../../http/legacy-input.js";
import { UUID } from "../../graphql/ids.js";
import { eventFilterQuery, sessionFilterQuery } from "./legacy-filters.js";
import { checkDetails, PAGE_SIZE, sessionRules } from "./sessions.service.js";
import { ValidationError } from "../../errors.js";

const api = "seed000" as const;
const TYPES = Object.values(SessionEventType);

graphql(`
  fragment Legacy000SessionFields on AutomationSession {
    id profileId device targetUrl proxy country status success durationSeconds error startedAt endedAt
  }
`);
graphql(`
  fragment Legacy000EventFields on SessionEvent {
    id sessionId type details createdAt
  }
`);

const ListSessions = graphql(`
  query Legacy000Sessions($page: Int!, $perPage: Int!, $filter: SessionFilter) {
    automationSessionPage(page: $page, perPage: $perPage, filter: $filter) { total page perPage items { ...Legacy000SessionFields } }
  }
`);
const Register = graphql(`
  mutation Legacy000Register($input: RegisterSessionInput!) {
    registerSession(input: $input) { __typename ... on AutomationSession { ...Legacy000SessionFields } ... on Error { code message details } }
  }
`);
const End = graphql(`
  mutation Legacy000End($input: EndSessionInput!) {
    endSession(input: $input) {
      __typename
      ... on EndSessionPayload { leaseReleased session { ...Legacy000SessionFields } }
      ... on Error { code message details }
    }
  }
`);
const ListEvents = graphql(`
  query Legacy000Events($page: Int!, $perPage: Int!, $filter: SessionEventFilter) {
    sessionEventPage(page: $page, perPage: $perPage, filter: $filter) { total page perPage items { ...Legacy000EventFields } }
  }
`);
const Log = graphql(`
  mutation Legacy000Log($input: LogSessionEventInput!) {
    logSessionEvent(input: $input) { __typename ... on SessionEvent { ...Legacy000EventFields } ... on Error { code message details } }
  }
`);
const Stats = graphql(`
  query Legacy000Stats {
    sessionStats {
      total active successful failed successRate
      proxyStats { proxy sessions successful failed successRate avgDurationSeconds }
      ipHealth { healthy flagged blacklisted }
    }
  }
`);
const IpStatus = graphql(`
  query Legacy000IpStatus($first: Int!, $filter: IpHealthFilter) {
    ipHealth(first: $first, filter: $filter) { edges { node { proxyAddress targetHost successRate avgLatencyMs status successes failures blocks } } }
    sessionStats { ipHealth { healthy flagged blacklisted } }
  }
`);

// ---- mapping -------------------------------------------------------------------------

export const sessionBody = (s: Legacy000SessionFieldsFragment) => ({
  session_id: rawId(s.id),
  profile_id: s.profileId ?? null,
  device: s.device ?? null,
  target_url: s.targetUrl ?? null,
  proxy: s.proxy ?? null,
  country: s.country ?? null,
  status: lower(s.status),
  success: s.success ?? null,
  duration: s.durationSeconds ?? null,
  error: s.error ?? null,
  started_at: s.startedAt,
  ended_at: s.endedAt ?? null,
});

export const eventBody = (e: Legacy000EventFieldsFragment) => ({
  id: rawId(e.id),
  session_id: e.sessionId,
  event_type: lower(e.type),
  details: e.details,
  timestamp: e.createdAt,
});

type Stats = { total: number; active: number; successful: number; failed: number; successRate: number; proxyStats: { proxy: string; sessions: number; successful: number; failed: number; successRate: number; avgDurationSeconds?: number | null }[]; ipHealth: { healthy: number; flagged: number; blacklisted: number } };

export const statsBody = (s: Stats) => ({
  total_sessions: s.total,
  active_sessions: s.active,
  successful_sessions: s.successful,
  failed_sessions: s.failed,
  success_rate: s.successRate,
  proxy_stats: s.proxyStats.map((p) => ({
    proxy: p.proxy,
    sessions: p.sessions,
    successful: p.successful,
    failed: p.failed,
    success_rate: p.successRate,
    avg_duration: p.avgDurationSeconds ?? null,
  })),
  ip_health: { ...s.ipHealth },
});

const pageQuery = (q: URLSearchParams, perPage: number) => ({
  page: intQuery(q, "page", 1, 1, 1_000_000),
  perPage: intQuery(q, "per_page", perPage, 1, PAGE_SIZE.max),
});

const uuidField = (b: BodyCheck, field: string, required: boolean) => b.string(field, { required, rule: sessionRules.id });

// ---- routes --------------------------------------------------------------------------

export const routes000: LegacyRoute[] = [
  defineRoute({
    method: "GET",
    path: "/api/sessions",
    api,
    document: ListSessions,
    variables: ({ query }) => ({ ...pageQuery(query, PAGE_SIZE.default), filter: sessionFilterQuery(query) }),
    result: ({ automationSessionPage: p }) => ({ body: { sessions: p.items.map(sessionBody), total: p.total, page: p.page, per_page: p.perPage } }),
  }),
  defineRoute({
    method: "POST",
    path: "/api/sessions/register",
    api,
    document: Register,
    variables: ({ body }) => {
      const b = new BodyCheck(body);
      const id = uuidField(b, "session_id", false);
      const proxyRaw = b.string("proxy", { max: 300 });
      // `proxy` is ip:port, or the id of one of the caller's leases.
      const isLease = proxyRaw !== undefined && UUID.test(proxyRaw);
      if (proxyRaw !== undefined && !isLease && !sessionRules.proxy.safeParse(proxyRaw).success) b.fail("proxy", "must be ip:port or a lease id");
      const input = {
        id,
        profileId: b.string("profile_id", { rule: sessionRules.profileId }),
        device: b.string("device", { rule: sessionRules.device }),
        targetUrl: b.string("target_url", { rule: sessionRules.targetUrl }),
        proxy: isLease ? undefined : proxyRaw,
        leaseId: isLease ? proxyRaw : uuidField(b, "lease_id", false),
        country: b.string("country", { rule: sessionRules.country }),
      };
      b.done();
      return { input };
    },
    result: (data) => ({ status: 201, body: sessionBody(payload(data.registerSession, "AutomationSession")) }),
  }),
  defineRoute({
    method: "POST",
    path: "/api/sessions/end",
    api,
    document: End,
    variables: ({ body }) => {
      const b = new BodyCheck(body);
      const id = uuidField(b, "session_id", true);
      if (body.success === undefined || body.success === null) b.fail("success", "field required");
      const input = {
        id: id!,
        success: b.bool("success")!,
        durationSeconds: b.number("duration", sessionRules.durationSeconds),
        error: b.string("error", { rule: sessionRules.error }),
        releaseLease: b.bool("release_lease"),
      };
      b.done();
      return { input };
    },
    result: (data) => {
      const r = payload(data.endSession, "EndSessionPayload");
      return { body: { ...sessionBody(r.session), lease_released: r.leaseReleased } };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/events",
    api,
    document: ListEvents,
    variables: ({ query }) => ({ ...pageQuery(query, 50), filter: eventFilterQuery(query) }),
    result: ({ sessionEventPage: p }) => ({ body: { events: p.items.map(eventBody), total: p.total, page: p.page, per_page: p.perPage } }),
  }),
  defineRoute({
    method: "POST",
    path: "/api/events",
    api,
    document: Log,
    variables: ({ body }) => {
      const b = new BodyCheck(body);
      const sessionId = uuidField(b, "session_id", true);
      const type = b.oneOf("event_type", TYPES);
      try {
        checkDetails(body.details);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        b.fail("details", err.fields[0]?.message ?? err.message);
      }
      b.done();
      return { input: { sessionId: sessionId!, type: type!, details: body.details ?? {} } };
    },
    result: (data) => ({ status: 201, body: eventBody(payload(data.logSessionEvent, "SessionEvent")) }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/stats",
    api,
    document: Stats,
    result: ({ sessionStats }) => ({ body: statsBody(sessionStats) }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/ip/status",
    api,
    document: IpStatus,
    variables: ({ query }) => ({
      first: intQuery(query, "limit", 100, 1, PAGE_SIZE.max),
      filter: { targetHost: stringQuery(query, "target_host", sessionRules.targetHost) },
    }),
    result: ({ ipHealth, sessionStats }) => ({
      body: {
        proxies: ipHealth.edges.map(({ node: h }) => ({
          proxy_id: h.proxyAddress,
          target_host: h.targetHost ?? null,
          success_rate: h.successRate,
          avg_latency_ms: h.avgLatencyMs ?? null,
          status: lower(h.status),
          successes: h.successes,
          failures: h.failures,
          blocks: h.blocks,
        })),
        health: { ...sessionStats.ipHealth },
      },
    }),
  }),
];
