// Leases in GraphQL: the Lease node (owner or admin only), acquireProxy, releaseLease and
// `me.leases`. Resolvers parse, call leases.service.ts and re-read through Prisma.
import { localId, UUID } from "../../graphql/ids.js";
import { builder } from "../../graphql/builder.js";
import { requirePrincipal, type Context } from "../../graphql/context.js";
import { MUTATION_ERRORS } from "../../graphql/errors.js";
import { ValidationError } from "../../errors.js";
import { UserNode } from "../accounts/types.js";
import * as leases from "./leases.service.js";
import { filterFields, ProxyNode } from "./proxies.schema.js";

const leaseId = (id: string | number) => localId(id, "Lease");

const NOBODY = "00000000-0000-0000-0000-000000000000";
const errors = { types: MUTATION_ERRORS, directResult: true } as const;

/** Another user's lease is not found (never forbidden), so ids leak nothing. */
const ownedWhere = (id: string, ctx: Context) =>
  !ctx.principal || !UUID.test(id)
    ? { id: NOBODY }
    : ctx.principal.role === "ADMIN"
      ? { id }
      : { id, userId: ctx.principal.userId };

export const LeaseNode = builder.prismaNode("Lease", {
  id: { field: "id" },
  nullable: true,
  findUnique: ownedWhere,
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
      validate: { min: 1, max: leases.MAX_LEASE_SECONDS },
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
  t.field({
    type: AcquireProxyPayload,
    errors,
    description:
      "An exclusive lease on the best matching active proxy for 1 credit. Errors, in order: " +
      "ValidationError, InsufficientCreditsError, NotFoundError (no proxy matches), ConflictError (all matching leased)",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AcquireProxyInput, required: false }) },
    resolve: (_root, { input }, ctx) => leases.acquireProxy(ctx, requirePrincipal(ctx).userId, input ?? {}),
  }),
);

builder.mutationField("releaseLease", (t) =>
  t.prismaField({
    type: "Lease",
    errors,
    description: "Ends a live lease early (no refund) and returns it; an ended lease is a ConflictError",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: builder.inputType("ReleaseLeaseInput", { fields: (f) => ({ id: f.id() }) }), required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const ended = await leases.releaseLease(ctx, requirePrincipal(ctx), leaseId(String(input.id)));
      return ctx.prisma.lease.findUniqueOrThrow({ ...query, where: { id: ended.id } });
    },
  }),
);

builder.prismaObjectField(UserNode, "leases", (t) =>
  t.relatedConnection("leases", {
    cursor: "id",
    totalCount: true,
    description: "The user's leases; live ones only unless activeOnly is false",
    args: { activeOnly: t.arg.boolean({ defaultValue: true }) },
    query: (args) => ({
      where: args.activeOnly ? leases.liveLeaseWhere() : {},
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
  }),
);
