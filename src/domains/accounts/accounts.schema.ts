// Root fields of the accounts domain.
import { localId } from "../../graphql/ids.js";
import { SHARED_STREAM } from "../../graphql/shared-streams.js";
import { builder } from "../../graphql/builder.js";
import type { Context } from "../../graphql/context.js";
import { raises } from "../../graphql/errors.js";
import { rateLimit } from "../../graphql/rate-limit.js";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from "../../errors.js";
import { actingFor } from "../../ownership.js";
import * as accounts from "./accounts.service.js";
import { userRow } from "./user-row.js";
import {
  ApiKeyFormatEnum,
  CreatedApiKey,
  CreditTransactionNode,
  RoleEnum,
  TierEnum,
} from "./nodes.schema.js";

const EMAIL = /^[^\s@]+@[^\s@]+$/; // loose on purpose: seed 004 logs in as admin@local
const deps = (ctx: Context): accounts.AccountDeps => ctx;

/** Exactly one of a global id or a legacy integer id. */
function ref(input: { id?: string | null; legacyId?: number | null }, typename: string) {
  if (input.id && input.legacyId == null) return { id: localId(input.id, typename) };
  if (!input.id && input.legacyId != null) return { serial: input.legacyId };
  throw new ValidationError("Give exactly one of id or legacyId", [{ field: "id", message: "id or legacyId required" }]);
}

builder.queryField("me", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: "User",
    description: "The authenticated user",
    resolve: async (query, _root, _args, ctx) => {
      // Scalars only (no relation or count folded into `query`): one read through the driver.
      if (!query.select && Object.keys(query.include ?? {}).length === 0) {
        const row = await userRow(ctx.sql, ctx.principal.userId);
        if (!row) throw new NotFoundError("User", ctx.principal.userId);
        return row;
      }
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: ctx.principal.userId } });
    },
  }),
);

builder.queryField("users", (t) =>
  t.withAuth({ admin: true }).prismaConnection({
    type: "User",
    cursor: "id",
    description: "Every user (admin)",
    args: { search: t.arg.string({ required: false, validate: { maxLength: 200 } }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.user.findMany({ ...query, where: userSearch(args.search), orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.user.count({ where: userSearch(args.search) }),
  }),
);

const userSearch = (search?: string | null) =>
  search
    ? {
        OR: [
          { email: { contains: search, mode: "insensitive" as const } },
          { username: { contains: search, mode: "insensitive" as const } },
          { displayName: { contains: search, mode: "insensitive" as const } },
        ],
      }
    : {};

const RegisterInput = builder.inputType("RegisterInput", {
  fields: (t) => ({
    email: t.string({ validate: { regex: [EMAIL, { message: "must look like local@domain" }], maxLength: 254 } }),
    displayName: t.string({ required: false, validate: { maxLength: 200 } }),
    username: t.string({
      required: false,
      validate: { regex: [/^[A-Za-z0-9_.-]{3,64}$/, { message: "3-64 letters, digits, _ . -" }] },
    }),
    password: t.string({ required: false, validate: { minLength: 8, maxLength: 256 } }),
    createApiKey: t.boolean({ defaultValue: true, description: "Also create and return a first API key" }),
    apiKeyFormat: t.field({ type: ApiKeyFormatEnum, defaultValue: "PP" }),
    apiKeyLabel: t.string({ defaultValue: "default", validate: { minLength: 1, maxLength: 100 } }),
  }),
});

const RegisterPayload = builder
  .objectRef<{ user: { id: string }; created: { apiKey: { id: string }; raw: string } | null }>("RegisterPayload")
  .implement({
    fields: (t) => ({
      user: t.prismaField({
        type: "User",
        resolve: (query, p, _a, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: p.user.id } }),
      }),
      apiKey: t.field({ type: CreatedApiKey, nullable: true, resolve: (p) => p.created }),
    }),
  });

builder.mutationField("register", (t) =>
  t.field({
    type: RegisterPayload,
    errors: raises(ConflictError, RateLimitedError),
    authScopes: { public: true },
    args: { input: t.arg({ type: RegisterInput, required: true }) },
    resolve: async (_root, { input }, ctx, info) => {
      await rateLimit(ctx, info, {}, { max: 60, window: "1m" });
      const { user, apiKey, rawKey } = await accounts.register(deps(ctx), {
        email: input.email,
        displayName: input.displayName,
        username: input.username,
        password: input.password,
        apiKey: input.createApiKey ? { kind: input.apiKeyFormat ?? "PP", label: input.apiKeyLabel ?? "default" } : null,
      });
      return { user, created: apiKey && rawKey ? { apiKey, raw: rawKey } : null };
    },
  }),
);

const LoginPayload = builder
  .objectRef<{ token: string; expiresAt: Date; user: { id: string }; session: { id: string } }>("LoginPayload")
  .implement({
    fields: (t) => ({
      token: t.exposeString("token", { description: "JWT for `Authorization: Bearer`" }),
      tokenType: t.string({ resolve: () => "bearer" }),
      expiresAt: t.expose("expiresAt", { type: "DateTime" }),
      user: t.prismaField({
        type: "User",
        resolve: (query, p, _a, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: p.user.id } }),
      }),
      session: t.prismaField({
        type: "LoginSession",
        resolve: (query, p, _a, ctx) => ctx.prisma.loginSession.findUniqueOrThrow({ ...query, where: { id: p.session.id } }),
      }),
    }),
  });

builder.mutationField("login", (t) =>
  t.field({
    type: LoginPayload,
    errors: raises(UnauthenticatedError, ForbiddenError, RateLimitedError),
    description: "Email and password login. Failed attempts are throttled per account and per address.",
    authScopes: { public: true },
    args: {
      input: t.arg({
        type: builder.inputType("LoginInput", {
          fields: (f) => ({
            email: f.string({ validate: { minLength: 1, maxLength: 254 } }),
            password: f.string({ validate: { minLength: 1, maxLength: 256 } }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const result = await accounts.login(deps(ctx), {
        email: input.email,
        password: input.password,
        ip: ctx.meta.clientIp,
        userAgent: ctx.meta.userAgent,
      });
      ctx.meta.setCookies.push(sessionCookie(result.cookieToken, ctx.config.jwtTtlSeconds));
      return result;
    },
  }),
);

const sessionCookie = (value: string, maxAge: number) =>
  `session_id=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}`;

builder.mutationField("createApiKey", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: CreatedApiKey,
    errors: raises(RateLimitedError),
    args: {
      input: t.arg({
        type: builder.inputType("CreateApiKeyInput", {
          fields: (f) => ({
            label: f.string({ defaultValue: "default", validate: { minLength: 1, maxLength: 100 } }),
            format: f.field({ type: ApiKeyFormatEnum, defaultValue: "PP" }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx, info) => {
      await rateLimit(ctx, info, {}, { max: 30, window: "1m" });
      return accounts.createApiKey(deps(ctx), ctx.principal.userId, input.format ?? "PP", input.label ?? "default");
    },
  }),
);

const RefInput = (name: string) =>
  builder.inputType(name, {
    fields: (f) => ({
      id: f.id({ required: false, description: "Global id" }),
      legacyId: f.int({ required: false, description: "Integer id of the legacy APIs" }),
    }),
  });

builder.mutationField("revokeApiKey", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: "ApiKey",
    errors: raises(NotFoundError),
    args: { input: t.arg({ type: RefInput("RevokeApiKeyInput"), required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const key = await accounts.revokeApiKey(deps(ctx), ctx.principal, ref(input, "ApiKey"));
      return ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: key.id } });
    },
  }),
);

builder.mutationField("revokeLoginSession", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: "LoginSession",
    errors: raises(NotFoundError),
    description: "Ends a login session; its JWT and cookie stop working at once",
    args: { input: t.arg({ type: builder.inputType("RevokeLoginSessionInput", { fields: (f) => ({ id: f.id() }) }), required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const s = await accounts.revokeLoginSession(deps(ctx), ctx.principal, localId(String(input.id), "LoginSession"));
      return ctx.prisma.loginSession.findUniqueOrThrow({ ...query, where: { id: s.id } });
    },
  }),
);


builder.mutationField("setUserRole", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "User",
    errors: raises(NotFoundError, ConflictError),
    args: {
      input: t.arg({
        type: builder.inputType("SetUserRoleInput", {
          fields: (f) => ({
            userId: f.id({ required: false, description: "Global id of the user" }),
            userLegacyId: f.int({ required: false, description: "Integer id of the legacy APIs" }),
            role: f.field({ type: RoleEnum }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await accounts.setRole(deps(ctx), ref({ id: input.userId, legacyId: input.userLegacyId }, "User"), input.role);
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
);

builder.mutationField("setUserActive", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "User",
    errors: raises(NotFoundError, ConflictError),
    description: "Deactivates (or reactivates) an account (admin). A deactivated user's credentials stop working at once and their open subscriptions end",
    args: {
      input: t.arg({
        type: builder.inputType("SetUserActiveInput", {
          fields: (f) => ({
            userId: f.id({ required: false, description: "Global id of the user" }),
            userLegacyId: f.int({ required: false, description: "Integer id of the legacy APIs" }),
            isActive: f.boolean(),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await accounts.setActive(deps(ctx), ref({ id: input.userId, legacyId: input.userLegacyId }, "User"), input.isActive);
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
);

builder.mutationField("setUserTier", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "User",
    errors: raises(NotFoundError),
    args: {
      input: t.arg({
        type: builder.inputType("SetUserTierInput", {
          fields: (f) => ({
            userId: f.id({ required: false, description: "Global id of the user" }),
            userLegacyId: f.int({ required: false, description: "Integer id of the legacy APIs" }),
            tier: f.field({ type: TierEnum }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await accounts.setTier(deps(ctx), ref({ id: input.userId, legacyId: input.userLegacyId }, "User"), input.tier);
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
);

const GrantCreditsPayload = builder.objectRef<{ user: { id: string }; transaction: { id: string } }>("GrantCreditsPayload").implement({
  fields: (t) => ({
    user: t.prismaField({
      type: "User",
      resolve: (query, p, _a, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: p.user.id } }),
    }),
    transaction: t.prismaField({
      type: "CreditTransaction",
      resolve: (query, p, _a, ctx) =>
        ctx.prisma.creditTransaction.findUniqueOrThrow({ ...query, where: { id: p.transaction.id } }),
    }),
  }),
});

builder.mutationField("grantCredits", (t) =>
  t.withAuth({ admin: true }).field({
    type: GrantCreditsPayload,
    errors: raises(NotFoundError, ConflictError),
    description: "Adds credits to a user's balance as a `PURCHASE` transaction (admin)",
    args: {
      input: t.arg({
        type: builder.inputType("GrantCreditsInput", {
          fields: (f) => ({
            userId: f.id(),
            amount: f.int({ validate: { min: 1, max: 1_000_000_000 } }),
            reason: f.string({ defaultValue: "Credit purchase", validate: { minLength: 1, maxLength: 500 } }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) =>
      accounts.grantCredits(deps(ctx), { id: localId(String(input.userId), "User") }, input.amount, input.reason ?? "Credit purchase"),
  }),
);

const CreditsChanged = builder
  .objectRef<{ userId: string; balance: number; amount: number; transactionId: string }>("CreditsChanged")
  .implement({
    fields: (t) => ({
      balance: t.exposeInt("balance"),
      amount: t.exposeInt("amount"),
      transaction: t.prismaField({
        type: CreditTransactionNode,
        nullable: true,
        resolve: (query, p, _a, ctx) => ctx.prisma.creditTransaction.findUnique({ ...query, where: { id: p.transactionId } }),
      }),
    }),
  });

builder.subscriptionField("creditsChanged", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: CreditsChanged,
    extensions: { [SHARED_STREAM]: true },
    description: "Balance changes of the caller, or of any user for admins",
    args: { userId: t.arg.id({ required: false, description: "Admins may watch another user" }) },
    subscribe: (_root, args, ctx) => {
      const requested = args.userId ? localId(String(args.userId), "User") : null;
      return ctx.pubsub.subscribe("credits:changed", actingFor(ctx.principal, requested, "credits"));
    },
    resolve: (event) => event,
  }),
);

