// The one SchemaBuilder: configuration only. Domain types live in src/domains/*.
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin, { decodeGlobalID } from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ZodPlugin from "@pothos/plugin-zod";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "../errors.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { isAdmin } from "../ownership.js";
import type PrismaTypes from "../generated/pothos-types.js";
import type { AuthenticatedContext, Context } from "./context.js";

/*
 * Protected fields are built with `t.withAuth({ authenticated: true })` (or `admin`), so
 * their resolvers see a non-null `ctx.principal`; public ones say `authScopes: { public: true }`.
 *
 * The auth contract (pinned by test/auth-contract.test.ts): a call a field's scopes refuse
 * is never data. It answers one entry in `errors[]` whose `extensions.code` is
 * UNAUTHENTICATED (no principal; `details.reason` "missing" or "invalid") or FORBIDDEN
 * (signed in without the role), and the field is null. This holds for queries, for
 * mutations whatever their result union (scope-auth is the outer plugin, so the errors
 * plugin never sees the refusal), and for subscriptions (their one result, then they
 * complete). What a service decides about a row or a credential (not the source's creator,
 * a wrong password at login, another user's credits) is a domain error: union data for a
 * mutation, `errors[]` for a subscription.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { public: boolean; authenticated: boolean; admin: boolean };
  AuthContexts: { authenticated: AuthenticatedContext; admin: AuthenticatedContext };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
}>({
  // scope-auth first so it wraps everything; errors before prisma and dataloader.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ZodPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      public: true,
      authenticated: ctx.principal !== null,
      admin: isAdmin(ctx.principal),
    }),
    // No principal: 401 with the reason (missing or rejected credentials); else 403.
    unauthorizedError: (_parent, ctx) =>
      ctx.principal
        ? new ForbiddenError("This operation requires the admin role")
        : (ctx.authError ?? new UnauthenticatedError("Authentication required", { reason: "missing" })),
  },
  // Every mutation takes arguments, so each can answer ValidationError (zod, ids); the rest
  // of a union is what its service can raise, listed per field.
  errors: { defaultTypes: [ValidationError] },
  zod: {
    validationError: (zodError) =>
      new ValidationError(
        "Request validation failed",
        zodError.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
      ),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    // Under test a resolver that drops its `query` (and so loads nested fields row by row) fails.
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : process.env.NODE_ENV === "test" ? "error" : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // A malformed id, or one naming a type that does not exist, is the client's mistake:
    // answer VALIDATION_ERROR instead of letting Pothos' own error surface as INTERNAL.
    decodeGlobalID: (globalID) => {
      const invalid = () => new ValidationError(`Invalid global ID: ${globalID.slice(0, 100)}`, [{ field: "id", message: "not a valid global id" }]);
      let decoded: { typename: string; id: string };
      try {
        decoded = decodeGlobalID(globalID);
      } catch {
        throw invalid();
      }
      const { typeConfigs } = builder.configStore;
      if (typeConfigs.get(decoded.typename)?.graphqlKind !== "Object") throw invalid();
      return decoded;
    },
  },
});

builder.addScalarType("DateTime", DateTimeResolver);
builder.addScalarType("JSON", JSONResolver);

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
