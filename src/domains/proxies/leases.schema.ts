// Leases in GraphQL: the Lease node (owner or admin only), acquireProxy, releaseLease and
// `me.leases`. Resolvers parse, call leases.service.ts and re-read through Prisma.
import { localId } from "../../graphql/ids.js";
import { builder } from "../../graphql/builder.js";
import { raises } from "../../graphql/errors.js";
import { visibleTo } from "../../graphql/ownership.js";
import { ConflictError, InsufficientCreditsError, NotFoundError } from "../../errors.js";
import * as leases from "./leases.service.js";
import { PAGE_SIZE } from "./pool-query.service.js";
import { filterFields, ProxyNode } from "./proxies.schema.js";

const leaseId = (id: string | number) => localId(id, "Lease");

export const LeaseNode = builder.prismaNode("Lease", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("owner"),
  fields: (t) => ({
    proxy: t.relation("proxy", { type: ProxyNode }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    releasedAt: t.expose("releasedAt", { type: "DateTime", nullable: true }),
    isActive: t.boolean({ description: "Not released and not expired", resolve: (l) => leases.isLive(l) }),
    // The holder needs the proxy's login to use it; Proxy.username/password stay admin-only,
    // so the lease hands them out to its owner, and only while it is live.
    proxyUsername: t.string({
      nullable: true,
      select: { releasedAt: true, expiresAt: true, userId: true, proxy: { select: { username: true } } },
      resolve: (l, _a, ctx) => (leases.isLive(l) && ctx.principal?.userId === l.userId ? l.proxy.username : null),
    }),
    proxyPassword: t.string({
      nullable: true,
      select: { releasedAt: true, expiresAt: true, userId: true, proxy: { select: { password: true } } },
      resolve: (l, _a, ctx) => (leases.isLive(l) && ctx.principal?.userId === l.userId ? l.proxy.password : null),
    }),
  }),
});

const AcquireProxyInput = builder.inputType("AcquireProxyInput", {
  fields: (t) => ({
    ...filterFields(t),
    leaseDurationSeconds: t.int({
      defaultValue: leases.DEFAULT_LEASE_SECONDS,
      validate: { schema: leases.leaseSecondsRule },
    }),
    targetHost: t.string({
      required: false,
      description: "The site the proxy is for: proxies healthy for it come first, flagged ones last, blacklisted ones never",
      validate: { schema: leases.targetHostRule },
    }),
  }),
});

const AcquireProxyPayload = builder
  .objectRef<{ lease: { id: string }; creditsRemaining: number }>("AcquireProxyPayload")
  .implement({
    fields: (t) => ({
      lease: t.prismaField({
        type: "Lease",
        resolve: (query, p, _a, ctx) => ctx.prisma.lease.findUniqueOrThrow({ ...query, where: { id: p.lease.id } }),
      }),
      creditsRemaining: t.exposeInt("creditsRemaining"),
    }),
  });

builder.mutationField("acquireProxy", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: AcquireProxyPayload,
    errors: raises(InsufficientCreditsError, NotFoundError, ConflictError),
    description:
      "An exclusive lease on the best matching active proxy for 1 credit. Errors, in order: " +
      "ValidationError, InsufficientCreditsError, NotFoundError (no proxy matches), ConflictError (all matching leased)",
    args: { input: t.arg({ type: AcquireProxyInput, required: false }) },
    resolve: (_root, { input }, ctx) => leases.acquireProxy(ctx, ctx.principal.userId, input ?? {}),
  }),
);

builder.mutationField("releaseLease", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: "Lease",
    errors: raises(NotFoundError, ConflictError),
    description: "Ends a live lease early (no refund) and returns it; an ended lease is a ConflictError",
    args: { input: t.arg({ type: builder.inputType("ReleaseLeaseInput", { fields: (f) => ({ id: f.id() }) }), required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const ended = await leases.releaseLease(ctx, ctx.principal, leaseId(String(input.id)));
      return ctx.prisma.lease.findUniqueOrThrow({ ...query, where: { id: ended.id } });
    },
  }),
);

// By type name, not the accounts domain's ref: domains never import each other's schema.
builder.prismaObjectField("User", "leases", (t) =>
  t.relatedConnection("leases", {
    cursor: "id",
    totalCount: true,
    maxSize: PAGE_SIZE.max,
    description: "The user's leases; live ones only unless activeOnly is false",
    args: { activeOnly: t.arg.boolean({ defaultValue: true }) },
    query: (args) => ({
      where: args.activeOnly ? leases.liveLeaseWhere() : {},
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
  }),
);
