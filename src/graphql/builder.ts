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
import type PrismaTypes from "../generated/pothos-types.js";
import type { Context } from "./context.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { public: boolean; authenticated: boolean; admin: boolean };
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
      admin: ctx.principal?.role === "ADMIN",
    }),
    // No principal: 401 with the reason (missing or rejected credentials); else 403.
    unauthorizedError: (_parent, ctx) =>
      ctx.principal
        ? new ForbiddenError("This operation requires the admin role")
        : (ctx.authError ?? new UnauthenticatedError("Authentication required", { reason: "missing" })),
  },
  errors: { defaultTypes: [] },
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
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
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
