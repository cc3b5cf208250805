// Probes in GraphQL: the ProbeJob node (owner or admin), runProbe (waits), startProbe
// (returns the RUNNING job at once), probeProgress / probeCompleted subscriptions, history
// as a Relay connection with filters plus an offset page for the legacy history, and
// `me.probeQuota` / `User.probeJobCount`. Resolvers parse, call probes.service.ts, re-read.
import { SHARED_STREAM } from "../../graphql/shared-streams.js";
import { builder } from "../../graphql/builder.js";
import { probeQuotas } from "./settings.js";
import { raises } from "../../graphql/errors.js";
import { localId } from "../../graphql/ids.js";
import { visibleTo } from "../../graphql/ownership.js";
import { NotFoundError, RateLimitedError, ValidationError } from "../../errors.js";
import type { AuthenticatedContext } from "../../graphql/context.js";
import { isAdmin } from "../../ownership.js";
import { filtered } from "../../pubsub.js";
import type { Prisma, ProbeJob } from "../../generated/prisma/client.js";
import * as probes from "./probes.service.js";
import { quotaState, type QuotaState } from "./quota.service.js";
import { RECORD_TYPES } from "./runners/dns.js";

export const PAGE = { default: 10, max: 100 };

const ProbeKindEnum = builder.enumType("ProbeKind", { values: ["PING", "TRACEROUTE", "DNS", "WHOIS", "TCP", "HTTP"] as const });
const ProbeStatusEnum = builder.enumType("ProbeStatus", { values: ["RUNNING", "SUCCEEDED", "FAILED"] as const });
const DnsRecordTypeEnum = builder.enumType("DnsRecordType", { values: RECORD_TYPES });

export const ProbeJobNode = builder.prismaNode("ProbeJob", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("owner"),
  fields: (t) => ({
    legacyId: t.exposeInt("serial", { description: "Integer id printed by seed 003 (`job_id`)" }),
    kind: t.expose("kind", { type: ProbeKindEnum }),
    target: t.exposeString("target"),
    parameters: t.expose("parameters", { type: "JSON" }),
    status: t.expose("status", { type: ProbeStatusEnum }),
    success: t.exposeBoolean("success"),
    result: t.expose("result", { type: "JSON", nullable: true, description: "Structured result: RTTs and loss, hops, answers with TTLs, whois fields with the raw text, timings" }),
    resultText: t.exposeString("resultText", { nullable: true, description: "The text form (seed 003's `result`)" }),
    durationMs: t.exposeFloat("durationMs", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true }),
    user: t.relation("user"),
  }),
});

const ProbeQuotaRef = builder.objectRef<QuotaState>("ProbeQuota").implement({
  description: "Probes allowed and left in the current UTC day and month (admins are not limited)",
  fields: (t) => ({
    limitDay: t.exposeInt("limitDay"),
    remainingDay: t.exposeInt("remainingDay"),
    limitMonth: t.exposeInt("limitMonth"),
    remainingMonth: t.exposeInt("remainingMonth"),
    reset: t.exposeInt("reset", { description: "Unix seconds of the next UTC midnight" }),
    unlimited: t.exposeBoolean("unlimited"),
  }),
});

const ProbeInput = builder.inputType("ProbeInput", {
  fields: (t) => ({
    kind: t.field({ type: ProbeKindEnum, required: true }),
    target: t.string({ required: true, description: "Host (ping, traceroute, tcp; tcp also host:port), domain or IP (dns, whois), URL (http)" }),
    count: t.int({ required: false, description: "ping: 1-10 (default 4)" }),
    maxHops: t.int({ required: false, description: "traceroute: 1-30 (default 15)" }),
    recordType: t.field({ type: DnsRecordTypeEnum, required: false, description: "dns: default A" }),
    nameserver: t.string({ required: false, description: "dns: host or host:port, checked by the outbound guard" }),
    port: t.int({ required: false, description: "tcp: the port" }),
    overTcp: t.boolean({ required: false, description: "dns: query over TCP" }),
    leaseId: t.id({ required: false, description: "http, tcp, dns: run from the exit of a proxy you hold a live lease on" }),
  }),
});

const RunProbePayload = builder.objectRef<{ job: ProbeJob; quota: QuotaState }>("RunProbePayload").implement({
  fields: (t) => ({
    job: t.prismaField({
      type: "ProbeJob",
      // The service returns the whole row it wrote: read it again only for relations.
      resolve: (query, p, _a, ctx) =>
        !query.select && Object.keys(query.include ?? {}).length === 0
          ? p.job
          : ctx.prisma.probeJob.findUniqueOrThrow({ ...query, where: { id: p.job.id } }),
    }),
    quota: t.field({ type: ProbeQuotaRef, resolve: (p) => p.quota }),
  }),
});

const toInput = (input: typeof ProbeInput.$inferInput): probes.ProbeInput => ({
  ...input,
  leaseId: input.leaseId == null ? null : localId(String(input.leaseId), "Lease", "leaseId"),
});

builder.mutationField("runProbe", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: RunProbePayload,
    errors: raises(RateLimitedError, NotFoundError),
    description:
      "Runs a probe and waits for its result (one unit of the daily and monthly quota; a refused probe costs nothing). " +
      "If the client goes away first, the probe is stopped and its job fails with \"client went away\" (the unit stays spent)",
    args: { input: t.arg({ type: ProbeInput, required: true }) },
    resolve: (_root, { input }, ctx) => probes.runProbe(ctx, ctx.principal, toInput(input), ctx.signal),
  }),
);

builder.mutationField("startProbe", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: RunProbePayload,
    errors: raises(RateLimitedError, NotFoundError),
    description:
      "Starts a probe and returns its RUNNING job at once; follow it with probeProgress and probeCompleted. " +
      "The job runs to the end (or PROBE_TIMEOUT_MS) even when the client that started it goes away",
    args: { input: t.arg({ type: ProbeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const s = await probes.startProbe(ctx, ctx.principal, toInput(input));
      s.done.catch((err) => ctx.log.error({ err, jobId: s.job.id }, "probe job failed to record"));
      return { job: s.job, quota: s.quota };
    },
  }),
);

const ProbeProgressRef = builder
  .objectRef<{ jobId: string; seq: number; event: Record<string, unknown> }>("ProbeProgress")
  .implement({
    fields: (t) => ({
      jobId: t.globalID({ resolve: (e) => ({ type: "ProbeJob", id: e.jobId }) }),
      seq: t.exposeInt("seq"),
      type: t.string({ resolve: (e) => String(e.event.type) }),
      event: t.field({ type: "JSON", description: "A ping reply { seq, ttl, rttMs } or a traceroute hop { hop, address, rttMs }", resolve: (e) => e.event }),
    }),
  });

builder.subscriptionField("probeProgress", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ProbeProgressRef,
    extensions: { [SHARED_STREAM]: true },
    description:
      "Each ping reply and traceroute hop as it arrives: of one job (its owner or an admin), or without jobId of every probe you " +
      "run from now on, so a client that subscribes before startProbe misses none of the first steps",
    args: { jobId: t.arg.id({ required: false }) },
    subscribe: async (_root, args, ctx) => {
      if (args.jobId == null) return ctx.pubsub.subscribe("probe:progress", ctx.principal.userId);
      const job = await probes.visibleJob(ctx.prisma, ctx.principal, localId(String(args.jobId), "ProbeJob", "jobId"));
      return filtered(() => ctx.pubsub.subscribe("probe:progress", job.userId), (e) => e.jobId === job.id);
    },
    resolve: (e) => e,
  }),
);

builder.subscriptionField("probeCompleted", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: ProbeJobNode,
    nullable: true,
    extensions: { [SHARED_STREAM]: true },
    description: "Your probe jobs as they finish (admins: everyone's); jobId narrows to one",
    args: { jobId: t.arg.id({ required: false }) },
    subscribe: async function* (_root, args, ctx) {
      const only = args.jobId == null ? null : (await probes.visibleJob(ctx.prisma, ctx.principal, localId(String(args.jobId), "ProbeJob", "jobId"))).id;
      for await (const e of ctx.pubsub.subscribe("probe:completed")) {
        if (only ? e.jobId === only : isAdmin(ctx.principal) || e.userId === ctx.principal.userId) yield e;
      }
    },
    resolve: (query, e: { jobId: string }, _a, ctx) => ctx.prisma.probeJob.findUnique({ ...query, where: { id: e.jobId } }),
  }),
);

const ProbeJobFilter = builder.inputType("ProbeJobFilter", {
  fields: (t) => ({
    kind: t.field({ type: ProbeKindEnum, required: false }),
    success: t.boolean({ required: false }),
    target: t.string({ required: false, description: "Exact target" }),
    since: t.field({ type: "DateTime", required: false }),
    userId: t.id({ required: false, description: "Admins: one user's jobs" }),
  }),
});

function historyWhere(ctx: AuthenticatedContext, f: typeof ProbeJobFilter.$inferInput | null | undefined): Prisma.ProbeJobWhereInput {
  const where: Prisma.ProbeJobWhereInput = {};
  if (!isAdmin(ctx.principal)) where.userId = ctx.principal.userId;
  else if (f?.userId != null) where.userId = localId(String(f.userId), "User", "userId");
  if (f?.kind) where.kind = f.kind;
  if (f?.success != null) where.success = f.success;
  if (f?.target) where.target = f.target;
  if (f?.since) {
    // Years PostgreSQL's timestamptz and JavaScript's Date agree on; nothing older exists here anyway.
    const t = new Date(f.since).getTime();
    if (!(t >= 0 && t <= 253402300799999)) throw new ValidationError("since must be between 1970 and 9999", [{ field: "since", message: "must be between 1970 and 9999" }]);
    where.createdAt = { gte: f.since };
  }
  return where;
}

builder.queryField("probeJobs", (t) =>
  t.withAuth({ authenticated: true }).prismaConnection({
    type: ProbeJobNode,
    cursor: "id",
    defaultSize: PAGE.default,
    maxSize: PAGE.max,
    description: "Probe history, newest first: your own jobs (admins: everyone's)",
    args: { filter: t.arg({ type: ProbeJobFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.probeJob.findMany({ ...query, where: historyWhere(ctx, args.filter), orderBy: [{ createdAt: "desc" }, { serial: "desc" }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.probeJob.count({ where: historyWhere(ctx as AuthenticatedContext, args.filter) }),
  }),
);

const ProbeJobPage = builder.objectRef<{ total: number; where: Prisma.ProbeJobWhereInput; limit: number; offset: number }>("ProbeJobPage").implement({
  description: "An offset page of probe history (seed 003's limit/offset paging)",
  fields: (t) => ({
    total: t.exposeInt("total"),
    limit: t.exposeInt("limit"),
    offset: t.exposeInt("offset"),
    jobs: t.prismaField({
      type: [ProbeJobNode],
      resolve: (query, p, _a, ctx) =>
        ctx.prisma.probeJob.findMany({ ...query, where: p.where, orderBy: [{ createdAt: "desc" }, { serial: "desc" }], skip: p.offset, take: p.limit }),
    }),
  }),
});

builder.queryField("probeJobPage", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ProbeJobPage,
    description: `Probe history by offset: limit 1-${PAGE.max} (default ${PAGE.default}), newest first`,
    args: {
      limit: t.arg.int({ defaultValue: PAGE.default }),
      offset: t.arg.int({ defaultValue: 0 }),
      filter: t.arg({ type: ProbeJobFilter, required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const limit = args.limit ?? PAGE.default;
      const offset = args.offset ?? 0;
      if (limit < 1 || limit > PAGE.max) throw new ValidationError(`limit must be 1-${PAGE.max}`, [{ field: "limit", message: `must be 1-${PAGE.max}` }]);
      if (offset < 0) throw new ValidationError("offset must not be negative", [{ field: "offset", message: "must not be negative" }]);
      const where = historyWhere(ctx, args.filter);
      return { total: await ctx.prisma.probeJob.count({ where }), where, limit, offset };
    },
  }),
);

builder.prismaObjectField("User", "probeJobCount", (t) => t.relationCount("probeJobs", { description: "Probe jobs this user has run" }));

builder.prismaObjectField("User", "probeQuota", (t) =>
  t.field({
    type: ProbeQuotaRef,
    description: "Probe quota of this user's tier and what is left today and this month",
    select: { id: true, role: true, tier: true },
    resolve: (u, _a, ctx) => quotaState(ctx.sql, probeQuotas(ctx), { userId: u.id, role: u.role, tier: u.tier }),
  }),
);
