// Seed 002 (proxy pool) routes of the proxy domain: sources, the pool query, proxy detail,
// leases and the URL test. Raw UUIDs, lowercase enums, snake_case fields, seed 002's
// {error:{code,message,details}} envelope (src/http/legacy.ts).
import { encodeGlobalID } from "@pothos/plugin-relay";
import { graphql } from "../../generated/graphql/index.js";
import type { Legacy002ProxyFieldsFragment } from "../../generated/graphql/graphql.js";
import { defineRoute, LegacyInputError, type LegacyRoute } from "../../http/legacy.js";
import { BodyCheck, cursorParam, intQuery, payload, rawId, uuidParam } from "../accounts/rest-input.js";

const api = "seed002" as const;

const PROTOCOLS = ["HTTP", "HTTPS", "SOCKS4", "SOCKS5"] as const;
const STATUSES = ["ACTIVE", "DEAD", "UNCHECKED"] as const;
const ANONYMITY = ["TRANSPARENT", "ANONYMOUS", "ELITE"] as const;
const SORTS = { score: "SCORE", latency: "LATENCY", uptime: "UPTIME", last_checked: "LAST_CHECKED" } as const;

graphql(`
  fragment Legacy002ProxyFields on Proxy {
    id ip port protocol status anonymity exitIp country score avgLatencyMs uptimePct lastCheckedAt firstSeenAt tags
  }
`);
graphql(`
  fragment Legacy002SourceFields on Source {
    id url parserName cronSchedule defaultProtocol isActive lastScrapedAt createdAt
  }
`);
graphql(`
  fragment Legacy002LeaseFields on Lease {
    id createdAt expiresAt releasedAt isActive proxy { id ip port protocol country anonymity }
  }
`);

const ListSources = graphql(`
  query Legacy002Sources($first: Int!, $after: String, $isActive: Boolean) {
    sources(first: $first, after: $after, isActive: $isActive) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...Legacy002SourceFields } }
    }
  }
`);
const CreateSource = graphql(`
  mutation Legacy002CreateSource($input: CreateSourceInput!) {
    createSource(input: $input) { __typename ... on Source { ...Legacy002SourceFields } ... on Error { code message details } }
  }
`);
const UpdateSource = graphql(`
  mutation Legacy002UpdateSource($input: UpdateSourceInput!) {
    updateSource(input: $input) { __typename ... on Source { ...Legacy002SourceFields } ... on Error { code message details } }
  }
`);
const DeleteSource = graphql(`
  mutation Legacy002DeleteSource($input: DeleteSourceInput!) {
    deleteSource(input: $input) { __typename ... on DeleteSourcePayload { deletedSourceId } ... on Error { code message details } }
  }
`);
const ScrapeSource = graphql(`
  mutation Legacy002ScrapeSource($id: ID!) {
    scrapeSource(id: $id) {
      __typename
      ... on ScrapeResult { sourceId proxiesDiscovered proxiesNew proxiesUpdated durationMs error }
      ... on Error { code message details }
    }
  }
`);
const ListProxies = graphql(`
  query Legacy002Proxies($first: Int!, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {
    proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...Legacy002ProxyFields } }
    }
  }
`);
const ProxyDetail = graphql(`
  query Legacy002Proxy($id: ID!) {
    me { id }
    node(id: $id) {
      __typename
      ... on Proxy { ...Legacy002ProxyFields recentChecks(first: 20) { checkerName stage passed latencyMs detail createdAt } }
    }
  }
`);
const Acquire = graphql(`
  mutation Legacy002Acquire($input: AcquireProxyInput) {
    acquireProxy(input: $input) {
      __typename
      ... on AcquireProxyPayload { creditsRemaining lease { id expiresAt proxy { ip port protocol country anonymity } } }
      ... on Error { code message details }
    }
  }
`);
const Release = graphql(`
  mutation Legacy002Release($input: ReleaseLeaseInput!) {
    releaseLease(input: $input) { __typename ... on Lease { ...Legacy002LeaseFields } ... on Error { code message details } }
  }
`);
const TestUrl = graphql(`
  mutation Legacy002TestProxies($input: TestProxiesInput!) {
    testProxies(input: $input) {
      __typename
      ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }
      ... on Error { code message details }
    }
  }
`);
const MyLeases = graphql(`
  query Legacy002Leases($first: Int!, $after: String) {
    me {
      leases(first: $first, after: $after, activeOnly: true) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...Legacy002LeaseFields } }
      }
    }
  }
`);

// ---- mapping -------------------------------------------------------------------------

const lower = <T extends string | null | undefined>(v: T) => (v == null ? null : v.toLowerCase());

function proxyBody(p: Legacy002ProxyFieldsFragment) {
  return {
    id: rawId(p.id),
    ip: p.ip,
    port: p.port,
    protocol: lower(p.protocol),
    status: lower(p.status),
    anonymity: lower(p.anonymity),
    exit_ip: p.exitIp ?? null,
    country: p.country ?? null,
    score: p.score,
    avg_latency_ms: p.avgLatencyMs ?? null,
    uptime_pct: p.uptimePct ?? null,
    last_checked_at: p.lastCheckedAt ?? null,
    first_seen_at: p.firstSeenAt,
    tags: p.tags,
  };
}

type SourceFields = { id: string; url: string; parserName: string; cronSchedule: string; defaultProtocol: string; isActive: boolean; lastScrapedAt?: unknown; createdAt: unknown };
const sourceBody = (s: SourceFields) => ({
  id: rawId(s.id),
  url: s.url,
  parser_name: s.parserName,
  cron_schedule: s.cronSchedule,
  default_protocol: lower(s.defaultProtocol),
  is_active: s.isActive,
  last_scraped_at: s.lastScrapedAt ?? null,
  created_at: s.createdAt,
});

type LeaseFields = {
  id: string;
  createdAt: unknown;
  expiresAt: unknown;
  releasedAt?: unknown;
  isActive: boolean;
  proxy: { id: string; ip: string; port: number; protocol: string; country?: string | null; anonymity?: string | null };
};
const leaseBody = (l: LeaseFields) => ({
  lease_id: rawId(l.id),
  proxy: { id: rawId(l.proxy.id), ip: l.proxy.ip, port: l.proxy.port, protocol: lower(l.proxy.protocol), country: l.proxy.country ?? null, anonymity: lower(l.proxy.anonymity) },
  created_at: l.createdAt,
  expires_at: l.expiresAt,
  released_at: l.releasedAt ?? null,
  is_active: l.isActive,
});

const page = <N, T>(conn: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: N }[] }, map: (n: N) => T) => ({
  items: conn.edges.map((e) => map(e.node)),
  next_cursor: conn.pageInfo.hasNextPage ? (conn.pageInfo.endCursor ?? null) : null,
  total_count: conn.totalCount,
});

// ---- input ---------------------------------------------------------------------------

const fail = (field: string, message: string): never => {
  throw new LegacyInputError(`${field}: ${message}`, [{ field, message }]);
};

/** A lowercase enum value from a query string (any case accepted). */
function enumQuery<T extends string>(query: URLSearchParams, field: string, allowed: readonly T[]): T | undefined {
  const raw = query.get(field);
  if (raw === null || raw === "") return undefined;
  return allowed.find((a) => a.toLowerCase() === raw.toLowerCase()) ?? fail(field, `must be one of: ${allowed.map((a) => a.toLowerCase()).join(", ")}`);
}

function floatQuery(query: URLSearchParams, field: string, min: number, max: number): number | undefined {
  const raw = query.get(field);
  if (raw === null || raw === "") return undefined;
  const n = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  return Number.isFinite(n) && n >= min && n <= max ? n : fail(field, `must be a number from ${min} to ${max}`);
}

function boolQuery(query: URLSearchParams, field: string): boolean | undefined {
  const raw = query.get(field);
  if (raw === null || raw === "") return undefined;
  if (/^(true|1)$/i.test(raw)) return true;
  if (/^(false|0)$/i.test(raw)) return false;
  return fail(field, "must be true or false");
}

/** Reads typed optional body fields, collecting issues in the BodyCheck. */
class Body {
  constructor(
    readonly raw: Record<string, unknown>,
    readonly check = new BodyCheck(raw),
  ) {}
  enumOf<T extends string>(field: string, allowed: readonly T[]): T | undefined {
    return this.raw[field] == null ? undefined : this.check.oneOf(field, allowed);
  }
  number(field: string, { min, max, int = false }: { min: number; max: number; int?: boolean }): number | undefined {
    const v = this.raw[field];
    if (v == null) return undefined;
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max || (int && !Number.isInteger(v))) {
      this.check.fail(field, `must be ${int ? "an integer" : "a number"} from ${min} to ${max}`);
      return undefined;
    }
    return v;
  }
  bool(field: string): boolean | undefined {
    const v = this.raw[field];
    if (v == null) return undefined;
    if (typeof v !== "boolean") this.check.fail(field, "must be a boolean");
    return typeof v === "boolean" ? v : undefined;
  }
  /** The pool filter fields every seed 002 body may carry. */
  filter() {
    return {
      protocol: this.enumOf("protocol", PROTOCOLS),
      anonymity: this.enumOf("anonymity", ANONYMITY),
      country: this.check.string("country", { max: 2 }),
      minScore: this.number("min_score", { min: 0, max: 1 }),
    };
  }
}

function sourceFields(b: Body) {
  return {
    url: b.check.string("url", { max: 2048 }),
    parserName: b.check.string("parser_name", { max: 64 }),
    cronSchedule: b.check.string("cron_schedule", { max: 200 }),
    defaultProtocol: b.enumOf("default_protocol", PROTOCOLS),
  };
}

// ---- routes --------------------------------------------------------------------------

export const proxyRoutes: LegacyRoute[] = [
  defineRoute({
    method: "GET",
    path: "/sources",
    api,
    document: ListSources,
    variables: ({ query }) => ({ first: intQuery(query, "limit", 50, 1, 200), after: cursorParam(query.get("cursor")), isActive: boolQuery(query, "is_active") }),
    result: (data) => ({ body: page(data.sources, sourceBody) }),
  }),
  defineRoute({
    method: "POST",
    path: "/sources",
    api,
    document: CreateSource,
    variables: ({ body }) => {
      const b = new Body(body);
      b.check.string("url", { required: true, max: 2048 });
      const fields = sourceFields(b);
      b.check.done();
      return { input: { ...fields, url: fields.url! } };
    },
    result: (data) => ({ status: 201, body: sourceBody(payload(data.createSource, "Source")) }),
  }),
  defineRoute({
    method: "PATCH",
    path: "/sources/:source_id",
    api,
    document: UpdateSource,
    variables: ({ params, body }) => {
      const id = uuidParam(params.source_id, "source_id");
      const b = new Body(body);
      const fields = { ...sourceFields(b), isActive: b.bool("is_active") };
      b.check.done();
      return { input: { id, ...fields } };
    },
    result: (data) => ({ body: sourceBody(payload(data.updateSource, "Source")) }),
  }),
  defineRoute({
    method: "DELETE",
    path: "/sources/:source_id",
    api,
    document: DeleteSource,
    variables: ({ params }) => ({ input: { id: uuidParam(params.source_id, "source_id") } }),
    result: () => ({ status: 204 }),
  }),
  defineRoute({
    method: "POST",
    path: "/sources/:source_id/scrape",
    api,
    document: ScrapeSource,
    variables: ({ params }) => ({ id: uuidParam(params.source_id, "source_id") }),
    result: (data) => {
      const r = payload(data.scrapeSource, "ScrapeResult");
      return {
        body: {
          source_id: rawId(r.sourceId),
          proxies_discovered: r.proxiesDiscovered,
          proxies_new: r.proxiesNew,
          proxies_updated: r.proxiesUpdated,
          duration_ms: r.durationMs,
          error: r.error ?? null, // a failing source is reported, not an HTTP error
        },
      };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/proxies",
    api,
    document: ListProxies,
    variables: ({ query }) => {
      const sort = query.get("sort");
      if (sort && !(sort in SORTS)) fail("sort", `must be one of: ${Object.keys(SORTS).join(", ")}`);
      const order = enumQuery(query, "order", ["ASC", "DESC"] as const);
      const country = query.get("country") || undefined;
      if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) fail("country", "must be an ISO 3166-1 alpha-2 code");
      const minutes = query.get("verified_within_minutes") ? intQuery(query, "verified_within_minutes", 0, 1, 525_600) : undefined;
      return {
        first: intQuery(query, "limit", 50, 1, 200),
        after: cursorParam(query.get("cursor")),
        filter: {
          status: enumQuery(query, "status", STATUSES),
          protocol: enumQuery(query, "protocol", PROTOCOLS),
          anonymity: enumQuery(query, "anonymity", ANONYMITY),
          country,
          minScore: floatQuery(query, "min_score", 0, 1),
          maxLatencyMs: floatQuery(query, "max_latency_ms", 0, Number.MAX_SAFE_INTEGER),
          minUptimePct: floatQuery(query, "min_uptime_pct", 0, 100),
          verifiedWithinMinutes: minutes,
        },
        orderBy: { field: SORTS[(sort || "score") as keyof typeof SORTS], direction: order },
      };
    },
    result: (data) => ({ body: page(data.proxies, proxyBody) }),
  }),
  defineRoute({
    method: "GET",
    path: "/proxies/:proxy_id",
    api,
    document: ProxyDetail,
    variables: ({ params }) => ({ id: encodeGlobalID("Proxy", uuidParam(params.proxy_id, "proxy_id")) }),
    result: (data, { params }) => {
      const p = data.node;
      if (!p || p.__typename !== "Proxy") {
        return { status: 404, body: { error: { code: "NOT_FOUND", message: "Proxy not found", details: { resource: "Proxy", id: params.proxy_id } } } };
      }
      return {
        body: {
          proxy: proxyBody(p),
          recent_checks: p.recentChecks.map((c) => ({
            checker_name: c.checkerName,
            stage: c.stage,
            passed: c.passed,
            latency_ms: c.latencyMs ?? null,
            detail: c.detail,
            created_at: c.createdAt,
          })),
        },
      };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/proxies/acquire",
    api,
    document: Acquire,
    variables: ({ body }) => {
      const b = new Body(body);
      const input = {
        ...b.filter(),
        maxLatencyMs: b.number("max_latency_ms", { min: 0, max: Number.MAX_SAFE_INTEGER }),
        minUptimePct: b.number("min_uptime_pct", { min: 0, max: 100 }),
        verifiedWithinMinutes: b.number("verified_within_minutes", { min: 1, max: 525_600, int: true }),
        leaseDurationSeconds: b.number("lease_duration_seconds", { min: 1, max: 3600, int: true }),
      };
      b.check.done();
      return { input };
    },
    result: (data) => {
      const r = payload(data.acquireProxy, "AcquireProxyPayload");
      const p = r.lease.proxy;
      return {
        body: {
          lease_id: rawId(r.lease.id),
          proxy: { ip: p.ip, port: p.port, protocol: lower(p.protocol), country: p.country ?? null, anonymity: lower(p.anonymity) },
          expires_at: r.lease.expiresAt,
          credits_remaining: r.creditsRemaining,
        },
      };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/proxies/acquire/:lease_id/release",
    api,
    document: Release,
    variables: ({ params }) => ({ input: { id: uuidParam(params.lease_id, "lease_id") } }),
    result: (data) => ({ body: leaseBody(payload(data.releaseLease, "Lease")) }),
  }),
  defineRoute({
    method: "POST",
    path: "/proxies/test",
    api,
    document: TestUrl,
    variables: ({ body }) => {
      const b = new Body(body);
      const url = b.check.string("url", { required: true, max: 2048 });
      const input = {
        ...b.filter(),
        url: url!,
        count: b.number("count", { min: 1, max: 50, int: true }),
        timeoutSeconds: b.number("timeout_seconds", { min: 1, max: 60, int: true }),
      };
      b.check.done();
      return { input };
    },
    result: (data) => {
      const r = payload(data.testProxies, "UrlTestReport");
      return {
        body: {
          url: r.url,
          results: r.results.map((x) => ({
            proxy_id: rawId(x.proxyId),
            ip: x.ip,
            port: x.port,
            reachable: x.reachable,
            status_code: x.statusCode ?? null,
            latency_ms: x.latencyMs ?? null,
            error: x.error ?? null,
          })),
          success_rate: r.successRate,
        },
      };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/account/leases",
    api,
    document: MyLeases,
    variables: ({ query }) => ({ first: intQuery(query, "limit", 50, 1, 200), after: cursorParam(query.get("cursor")) }),
    result: (data) => ({ body: page(data.me.leases, leaseBody) }),
  }),
];
