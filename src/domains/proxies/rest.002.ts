// Seed 002 (proxy pool) routes of the proxy domain: sources, the pool query, proxy detail,
// leases and the URL test. Raw UUIDs, lowercase enums, snake_case fields, seed 002's
// {error:{code,message,details}} envelope (src/http/legacy.ts).
import { NotFoundError } from "../../errors.js";
import { graphql } from "../../generated/graphql/index.js";
import type { Legacy002ProxyFieldsFragment } from "../../generated/graphql/graphql.js";
import { Anonymity, ProxyProtocol, ProxyStatus } from "../../generated/prisma/client.js";
import { defineRoute, type LegacyRoute } from "../../http/legacy.js";
import {
  BodyCheck,
  boolQuery,
  cursorParam,
  enumQuery,
  keyQuery,
  limitQuery,
  lower,
  numberQuery,
  page,
  payload,
  rawId,
  stringQuery,
  uuidParam,
} from "../../http/legacy-input.js";
import { leaseSecondsRule, targetHostRule } from "./leases.service.js";
import { filterRules, PAGE_SIZE, SORT_DIRECTIONS } from "./pool-query.service.js";
import { sourceRules } from "./sources.service.js";
import { urlTestRules } from "./url-test.service.js";

const api = "seed002" as const;

const PROTOCOLS = Object.values(ProxyProtocol);
const STATUSES = Object.values(ProxyStatus);
const ANONYMITY = Object.values(Anonymity);
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
    proxy(id: $id) {
      ...Legacy002ProxyFields
      recentChecks(first: 20) { checkerName stage passed latencyMs detail createdAt }
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

// ---- input ---------------------------------------------------------------------------

/** The pool filter fields every seed 002 body may carry. */
const bodyFilter = (b: BodyCheck) => ({
  protocol: b.enumOf("protocol", PROTOCOLS),
  anonymity: b.enumOf("anonymity", ANONYMITY),
  country: b.string("country", { rule: filterRules.country }),
  minScore: b.number("min_score", filterRules.minScore),
});

const sourceFields = (b: BodyCheck) => ({
  url: b.string("url", { rule: sourceRules.url }),
  parserName: b.string("parser_name", { rule: sourceRules.parserName }),
  cronSchedule: b.string("cron_schedule", { rule: sourceRules.cronSchedule }),
  defaultProtocol: b.enumOf("default_protocol", PROTOCOLS),
});

// ---- routes --------------------------------------------------------------------------

export const routes002: LegacyRoute[] = [
  defineRoute({
    method: "GET",
    path: "/sources",
    api,
    document: ListSources,
    variables: ({ query }) => ({ first: limitQuery(query, PAGE_SIZE), after: cursorParam(query.get("cursor")), isActive: boolQuery(query, "is_active") }),
    result: (data) => ({ body: page(data.sources, sourceBody) }),
  }),
  defineRoute({
    method: "POST",
    path: "/sources",
    api,
    document: CreateSource,
    variables: ({ body }) => {
      const b = new BodyCheck(body);
      if (body.url == null) b.fail("url", "field required");
      const fields = sourceFields(b);
      b.done();
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
      const b = new BodyCheck(body);
      const fields = { ...sourceFields(b), isActive: b.bool("is_active") };
      b.done();
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
    variables: ({ query }) => ({
      first: limitQuery(query, PAGE_SIZE),
      after: cursorParam(query.get("cursor")),
      filter: {
        status: enumQuery(query, "status", STATUSES),
        protocol: enumQuery(query, "protocol", PROTOCOLS),
        anonymity: enumQuery(query, "anonymity", ANONYMITY),
        country: stringQuery(query, "country", filterRules.country),
        minScore: numberQuery(query, "min_score", filterRules.minScore),
        maxLatencyMs: numberQuery(query, "max_latency_ms", filterRules.maxLatencyMs),
        minUptimePct: numberQuery(query, "min_uptime_pct", filterRules.minUptimePct),
        verifiedWithinMinutes: numberQuery(query, "verified_within_minutes", filterRules.verifiedWithinMinutes),
      },
      orderBy: { field: keyQuery(query, "sort", SORTS) ?? "SCORE", direction: enumQuery(query, "order", SORT_DIRECTIONS) },
    }),
    result: (data) => ({ body: page(data.proxies, proxyBody) }),
  }),
  defineRoute({
    method: "GET",
    path: "/proxies/:proxy_id",
    api,
    document: ProxyDetail,
    variables: ({ params }) => ({ id: uuidParam(params.proxy_id, "proxy_id") }),
    result: ({ proxy: p }, { params }) => {
      if (!p) return { error: new NotFoundError("Proxy", params.proxy_id) };
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
      const b = new BodyCheck(body);
      const input = {
        ...bodyFilter(b),
        maxLatencyMs: b.number("max_latency_ms", filterRules.maxLatencyMs),
        minUptimePct: b.number("min_uptime_pct", filterRules.minUptimePct),
        verifiedWithinMinutes: b.number("verified_within_minutes", filterRules.verifiedWithinMinutes),
        leaseDurationSeconds: b.number("lease_duration_seconds", leaseSecondsRule),
        targetHost: b.string("target_host", { rule: targetHostRule }),
      };
      b.done();
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
      const b = new BodyCheck(body);
      const url = b.string("url", { required: true, rule: urlTestRules.url });
      const input = {
        ...bodyFilter(b),
        url: url!,
        count: b.number("count", urlTestRules.count),
        timeoutSeconds: b.number("timeout_seconds", urlTestRules.timeoutSeconds),
      };
      b.done();
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
    variables: ({ query }) => ({ first: limitQuery(query, PAGE_SIZE), after: cursorParam(query.get("cursor")) }),
    result: (data) => ({ body: page(data.me.leases, leaseBody) }),
  }),
];
