// GraphQL types of the accounts domain. Rows of other users resolve to null through
// `node` unless the caller is an admin (not-found, never forbidden, so ids leak nothing).
import { builder } from "../../graphql/builder.js";
import { visibleTo } from "../../graphql/ownership.js";
import { CreditTxType, Tier, UserRole } from "../../generated/prisma/client.js";
import { KEY_PAGE_SIZE } from "./accounts.service.js";

export const RoleEnum = builder.enumType(UserRole, { name: "Role" });
export const TierEnum = builder.enumType(Tier, { name: "Tier" });
export const CreditTxTypeEnum = builder.enumType(CreditTxType, { name: "CreditTxType" });
export const ApiKeyFormatEnum = builder.enumType("ApiKeyFormat", {
  description: "PP: `pp_` + 48 characters (proxy pool clients). PROBEOPS: `probeops.` + 48 characters.",
  values: ["PP", "PROBEOPS"] as const,
});

export const UserNode = builder.prismaNode("User", {
  id: { field: "id" },
  // Not-found (another user's row, or none) loads as null instead of throwing.
  nullable: true,
  findUnique: visibleTo("self"),
  fields: (t) => ({
    legacyId: t.exposeInt("serial", { description: "Integer id printed by the legacy REST APIs" }),
    email: t.exposeString("email"),
    username: t.exposeString("username", { nullable: true }),
    displayName: t.exposeString("displayName"),
    role: t.expose("role", { type: RoleEnum }),
    tier: t.expose("tier", { type: TierEnum }),
    credits: t.exposeInt("credits", { description: "Current credit balance" }),
    isActive: t.exposeBoolean("isActive"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    apiKeyCount: t.relationCount("apiKeys", { where: { revokedAt: null } }),
    apiKeys: t.relatedConnection("apiKeys", {
      cursor: "id",
      totalCount: true,
      maxSize: KEY_PAGE_SIZE.max,
      args: { includeRevoked: t.arg.boolean({ defaultValue: false }) },
      query: (args) => ({
        where: args.includeRevoked ? {} : { revokedAt: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
    }),
    loginSessions: t.relatedConnection("loginSessions", {
      cursor: "id",
      totalCount: true,
      args: { activeOnly: t.arg.boolean({ defaultValue: true }) },
      query: (args) => ({
        where: args.activeOnly ? { revokedAt: null, expiresAt: { gt: new Date() } } : {},
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
    }),
    transactions: t.relatedConnection("transactions", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
    }),
  }),
});

export const ApiKeyNode = builder.prismaNode("ApiKey", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("owner"),
  fields: (t) => ({
    legacyId: t.exposeInt("serial"),
    prefix: t.exposeString("prefix", { description: "First characters of the key, e.g. `pp_a1b2c`" }),
    keyPreview: t.string({ description: "The prefix followed by `...`; whole keys are never shown again", resolve: (k) => `${k.prefix}...` }),
    label: t.exposeString("label"),
    isActive: t.boolean({ resolve: (k) => k.revokedAt === null }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

export const LoginSessionNode = builder.prismaNode("LoginSession", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("owner"),
  fields: (t) => ({
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    lastAccessAt: t.expose("lastAccessAt", { type: "DateTime" }),
    ip: t.exposeString("ip", { nullable: true }),
    userAgent: t.exposeString("userAgent", { nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    isActive: t.boolean({ resolve: (s) => s.revokedAt === null && s.expiresAt > new Date() }),
    current: t.boolean({
      description: "Whether this is the session the request authenticated with",
      resolve: (s, _a, ctx) => ctx.principal?.loginSessionId === s.id,
    }),
  }),
});

export const CreditTransactionNode = builder.prismaNode("CreditTransaction", {
  id: { field: "id" },
  nullable: true,
  findUnique: visibleTo("owner"),
  fields: (t) => ({
    amount: t.exposeInt("amount"),
    txType: t.expose("txType", { type: CreditTxTypeEnum }),
    description: t.exposeString("description"),
    balanceAfter: t.exposeInt("balanceAfter"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export interface CreatedApiKeyShape {
  apiKey: { id: string };
  raw: string;
}

export const CreatedApiKey = builder.objectRef<CreatedApiKeyShape>("CreatedApiKey").implement({
  description: "A new API key. `key` is the raw key, returned only here: store it now.",
  fields: (t) => ({
    key: t.exposeString("raw"),
    apiKey: t.prismaField({
      type: "ApiKey",
      resolve: (query, parent, _a, ctx) => ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: parent.apiKey.id } }),
    }),
  }),
});
