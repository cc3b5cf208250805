// Seed 003 (ProbeOps) probe routes: ping, traceroute, dns and whois run synchronously
// through runProbe; the history pages by limit/offset; the admin's server status. The
// X-RateLimit-*-Day/-Month headers every seed 003 response carries are http.routes.ts's
// (a probe sets them from its own charge).
import { z } from "zod";
import { graphql } from "../../generated/graphql/index.js";
import { defineRoute, LegacyInputError, type LegacyRequest } from "../../http/legacy.js";
import { BodyCheck, payload } from "../../http/legacy-input.js";
import { LIMITS } from "./probes.service.js";
import { quotaHeaders, type QuotaState } from "./quota.service.js";
import { PAGE } from "./probes.schema.js";
import { RECORD_TYPES } from "./runners/dns.js";

const api = "seed003" as const;

const RunProbe = graphql(`
  mutation Legacy003RunProbe($input: ProbeInput!) {
    runProbe(input: $input) {
      __typename
      ... on RunProbePayload {
        job { legacyId kind target success resultText createdAt }
        quota { limitDay remainingDay limitMonth remainingMonth reset }
      }
      ... on Error { code message details }
      ... on RateLimitedError { retryAfter }
    }
  }
`);

const probeBody = (data: { runProbe: unknown }) => {
  const { job, quota } = payload(data.runProbe as never, "RunProbePayload") as {
    job: { legacyId: number; kind: string; target: string; success: boolean; resultText?: string | null; createdAt: string };
    quota: QuotaState;
  };
  return {
    // The quota as this probe's charge left it (no second read for the headers).
    headers: quotaHeaders(quota),
    body: {
      success: job.success,
      probe_type: job.kind.toLowerCase(),
      target: job.target,
      result: job.resultText ?? "",
      timestamp: job.createdAt,
      job_id: job.legacyId,
    },
  };
};

const probeRoute = (path: string, variables: (req: LegacyRequest) => { input: Record<string, unknown> }) =>
  defineRoute({ method: "POST", path, api, document: RunProbe, variables: variables as never, result: probeBody });

const History = graphql(`
  query Legacy003History($limit: Int!, $offset: Int!) {
    probeJobPage(limit: $limit, offset: $offset) {
      total limit offset
      jobs { legacyId kind target parameters success createdAt }
    }
  }
`);

const Status = graphql(`
  query Legacy003Status {
    systemStatus {
      version uptimeSeconds memoryRssBytes memoryTotalBytes cpuPercent databaseStatus databaseSizeBytes
      usersCount apiKeysCount probeJobsCount requestsToday requestsThisMonth averageResponseMs
    }
  }
`);

function queryInt(req: LegacyRequest, name: string, def: number, min: number, max: number): number {
  const raw = req.query.get(name);
  if (raw === null || raw === "") return def;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new LegacyInputError(`${name} must be an integer from ${min} to ${max}`, [{ field: name, message: `must be an integer from ${min} to ${max}` }]);
  }
  return Number(raw);
}

const bytes = (n: number) => (n >= 1024 ** 3 ? `${Math.round((n / 1024 ** 3) * 10) / 10}GB` : `${Math.round(n / 1024 ** 2)}MB`);
function duration(s: number): string {
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  return d ? `${d}d ${h}h ${m}m` : h ? `${h}h ${m}m` : `${m}m ${s % 60}s`;
}

export const probeRoutes003 = [
  probeRoute("/api/probes/ping", ({ body }) => {
    const check = new BodyCheck(body);
    const host = check.string("host", { required: true, max: 253 });
    const count = check.number("count", z.number().int().min(LIMITS.count.min).max(LIMITS.count.max));
    check.done();
    return { input: { kind: "PING", target: host, count } };
  }),
  probeRoute("/api/probes/traceroute", ({ body }) => {
    const check = new BodyCheck(body);
    const host = check.string("host", { required: true, max: 253 });
    const maxHops = check.number("max_hops", z.number().int().min(LIMITS.maxHops.min).max(LIMITS.maxHops.max));
    check.done();
    return { input: { kind: "TRACEROUTE", target: host, maxHops } };
  }),
  probeRoute("/api/probes/dns", ({ body }) => {
    const check = new BodyCheck(body);
    const domain = check.string("domain", { required: true, max: 253 });
    const recordType = body.record_type === undefined ? "A" : check.oneOf("record_type", [...RECORD_TYPES], (t) => t);
    const nameserver = check.string("nameserver", { max: 260 });
    check.done();
    return { input: { kind: "DNS", target: domain, recordType, nameserver } };
  }),
  probeRoute("/api/probes/whois", ({ body }) => {
    const check = new BodyCheck(body);
    const domain = check.string("domain", { required: true, max: 253 });
    check.done();
    return { input: { kind: "WHOIS", target: domain } };
  }),
  defineRoute({
    method: "GET",
    path: "/api/probes/history",
    api,
    document: History,
    variables: (req) => ({ limit: queryInt(req, "limit", PAGE.default, 1, PAGE.max), offset: queryInt(req, "offset", 0, 0, 2_147_483_647) }),
    result: ({ probeJobPage: p }) => {
      const link = (offset: number) => `/api/probes/history?limit=${p.limit}&offset=${offset}`;
      return {
        body: {
          jobs: p.jobs.map((j) => ({
            id: j.legacyId,
            probe_type: j.kind.toLowerCase(),
            target: j.target,
            parameters: JSON.stringify(j.parameters ?? {}),
            success: j.success,
            created_at: j.createdAt,
          })),
          pagination: {
            total: p.total,
            limit: p.limit,
            offset: p.offset,
            next: p.offset + p.limit < p.total ? link(p.offset + p.limit) : null,
            previous: p.offset > 0 ? link(Math.max(0, p.offset - p.limit)) : null,
          },
        },
      };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/admin/status",
    api,
    document: Status,
    result: ({ systemStatus: s }) => ({
      body: {
        system: {
          version: s.version,
          uptime: duration(s.uptimeSeconds),
          memory_usage: `${bytes(s.memoryRssBytes)} / ${bytes(s.memoryTotalBytes)}`,
          cpu_usage: `${s.cpuPercent}%`,
        },
        database: {
          status: s.databaseStatus,
          size: bytes(s.databaseSizeBytes),
          users_count: s.usersCount,
          api_keys_count: s.apiKeysCount,
          probe_jobs_count: s.probeJobsCount,
        },
        requests: {
          total_today: s.requestsToday,
          total_this_month: s.requestsThisMonth,
          average_response_time: `${Math.round(s.averageResponseMs)}ms`,
        },
      },
    }),
  }),
];
