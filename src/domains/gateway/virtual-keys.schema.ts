// Virtual keys in GraphQL: the VirtualKey node (owner or admin), the `virtualKeys`
// connection, and the admin mutations. Money is shown in dollars (Float) and micro-dollars.
import { builder } from "../../graphql/builder.js";
import type { Context } from "../../graphql/context.js";
import { raises } from "../../graphql/errors.js";
import { localId, UUID } from "../../graphql/ids.js";
import { NOBODY } from "../../graphql/ownership.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import { TokenCapMode } from "../../generated/prisma/client.js";
import { isAdmin } from "../../ownership.js";
import * as keys from "./virtual-keys.service.js";

export const KEY_PAGE = { default: 50, max: 200 };
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const usd = (micros: bigint | number | null) => (micros == null ? null : Number(micros) / 1_000_000);

export const TokenCapModeEnum = builder.enumType(TokenCapMode, {
  name: "TokenCapMode",
  description: "What happens to a request asking for more tokens than the key's cap: CLAMP lowers it, REFUSE answers 400",
});

export const VirtualKeyNode = builder.prismaNode("VirtualKey", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx: Context) => {
    const p = ctx.principal;
    if (!p || !UUID.test(id)) return { id: NOBODY };
    return isAdmin(p) ? { id } : { id, ownerId: p.userId };
  },
  fields: (t) => ({
    legacyId: t.exposeInt("serial", { description: "Integer id of seed 004's routes" }),
    name: t.exposeString("name"),
    keyPreview: t.string({ description: "The key's first characters and `...`; never the whole key", resolve: (k) => `${k.prefix}...` }),
    userEmail: t.exposeString("userEmail"),
    owner: t.relation("owner", { nullable: true }),
    costCentre: t.exposeString("costCentre", { nullable: true }),
    environment: t.exposeString("environment", { nullable: true }),
    agentName: t.exposeString("agentName", { nullable: true }),
    project: t.exposeString("project", { nullable: true }),
    monthlyBudgetUsd: t.float({ nullable: true, resolve: (k) => usd(k.monthlyBudgetMicros) }),
    monthlyBudgetMicros: t.float({ nullable: true, resolve: (k) => (k.monthlyBudgetMicros == null ? null : Number(k.monthlyBudgetMicros)) }),
    maxTokensPerRequest: t.exposeInt("maxTokensPerRequest", { nullable: true }),
    maxReasoningTokens: t.exposeInt("maxReasoningTokens", { nullable: true }),
    tokenCapMode: t.expose("tokenCapMode", { type: TokenCapModeEnum }),
    allowedModels: t.exposeStringList("allowedModels", { description: "Empty: every priced model" }),
    rpmLimit: t.exposeInt("rpmLimit", { nullable: true }),
    tpmLimit: t.exposeInt("tpmLimit", { nullable: true }),
    cacheTtlSeconds: t.exposeInt("cacheTtlSeconds", { nullable: true, description: "Exact-match response cache; null = off" }),
    isActive: t.exposeBoolean("isActive"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    spendMonthUsd: t.float({
      description: "Settled spend of the current month (UTC)",
      resolve: (k) => (sameMonth(k.monthStart) ? Number(k.monthSpendMicros) / 1e6 : 0),
    }),
    reservedUsd: t.float({ description: "Held by requests in flight", resolve: (k) => Number(k.reservedMicros) / 1e6 }),
    budgetRemainingUsd: t.float({
      nullable: true,
      resolve: (k) =>
        k.monthlyBudgetMicros == null
          ? null
          : Math.max(0, Number(k.monthlyBudgetMicros) - (sameMonth(k.monthStart) ? Number(k.monthSpendMicros) : 0) - Number(k.reservedMicros)) / 1e6,
    }),
  }),
});

const sameMonth = (d: Date) => {
  const now = new Date();
  return d.getUTCFullYear() === now.getUTCFullYear() && d.getUTCMonth() === now.getUTCMonth();
};

builder.queryField("virtualKeys", (t) =>
  t.withAuth({ authenticated: true }).prismaConnection({
    type: "VirtualKey",
    cursor: "id",
    maxSize: KEY_PAGE.max,
    defaultSize: KEY_PAGE.default,
    description: "Virtual keys: every key for admins, the caller's own otherwise. Oldest first.",
    args: { includeRevoked: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.virtualKey.findMany({
        ...query,
        where: { ...keys.keyScope(ctx.principal), ...(args.includeRevoked ? {} : { revokedAt: null }) },
        orderBy: [{ serial: "asc" }],
      }),
    totalCount: (_root, args, ctx) =>
      ctx.prisma.virtualKey.count({ where: { ...keys.keyScope(ctx.principal), ...(args.includeRevoked ? {} : { revokedAt: null }) } }),
  }),
);

builder.queryField("virtualKey", (t) =>
  t.withAuth({ authenticated: true }).prismaField({
    type: "VirtualKey",
    nullable: true,
    description: "A key by its legacy integer id (GraphQL clients use `node`)",
    args: { legacyId: t.arg.int({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.virtualKey.findFirst({ ...query, where: { serial: args.legacyId, ...keys.keyScope(ctx.principal) } }),
  }),
);

const str = (max: number) => ({ required: false, validate: { maxLength: max } }) as const;
const posInt = { required: false, validate: { min: 1, max: 10_000_000 } } as const;

const keyFields = (t: any, create: boolean) => ({
  name: t.string(create ? { validate: { minLength: 1, maxLength: 200 } } : str(200)),
  userEmail: t.string({ required: create, validate: { regex: [EMAIL, { message: "must look like local@domain" }], maxLength: 254 } }),
  costCentre: t.string(str(200)),
  environment: t.string(str(100)),
  agentName: t.string(str(200)),
  project: t.string(str(200)),
  monthlyBudgetUsd: t.float({ required: false, description: "null/absent: no cap", validate: { min: 0, max: 1e9 } }),
  maxTokensPerRequest: t.int(posInt),
  maxReasoningTokens: t.int(posInt),
  tokenCapMode: t.field({ type: TokenCapModeEnum, required: false }),
  allowedModels: t.stringList({ required: false, validate: { maxLength: 200, items: { minLength: 1, maxLength: 200 } } }),
  rpmLimit: t.int(posInt),
  tpmLimit: t.int({ required: false, validate: { min: 1, max: 1_000_000_000 } }),
  cacheTtlSeconds: t.int({ required: false, validate: { min: 1, max: 30 * 86_400 } }),
  isActive: t.boolean({ required: false }),
});

const CreateVirtualKeyInput = builder.inputType("CreateVirtualKeyInput", { fields: (t) => keyFields(t, true) });
const UpdateVirtualKeyInput = builder.inputType("UpdateVirtualKeyInput", {
  fields: (t) => ({ id: t.id({ required: false }), legacyId: t.int({ required: false }), ...keyFields(t, false) }),
});
const RevokeVirtualKeyInput = builder.inputType("RevokeVirtualKeyInput", {
  fields: (t) => ({ id: t.id({ required: false }), legacyId: t.int({ required: false }) }),
});

function ref(input: { id?: string | number | null; legacyId?: number | null }) {
  if (input.id != null && input.legacyId == null) return { id: localId(String(input.id), "VirtualKey") };
  if (input.id == null && input.legacyId != null) return { serial: input.legacyId };
  throw new ValidationError("Give exactly one of id or legacyId", [{ field: "id", message: "id or legacyId required" }]);
}

function fields(input: Record<string, any>): keys.VirtualKeyFields {
  const { id: _i, legacyId: _l, monthlyBudgetUsd, name, userEmail, ...rest } = input;
  const f: keys.VirtualKeyFields = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (f as any)[k] = v;
  if (name != null) f.name = name;
  if (userEmail != null) f.userEmail = userEmail.toLowerCase();
  if (monthlyBudgetUsd !== undefined) f.monthlyBudgetMicros = monthlyBudgetUsd == null ? null : keys.dollarsToMicros(monthlyBudgetUsd, "monthlyBudgetUsd");
  for (const k of ["tokenCapMode", "allowedModels", "isActive"] as const) if (f[k] === null) delete f[k];
  return f;
}

const CreatedVirtualKey = builder.objectRef<{ key: string; virtualKey: { id: string } }>("CreatedVirtualKey").implement({
  fields: (t) => ({
    key: t.exposeString("key", { description: "The whole key, shown only in this answer" }),
    virtualKey: t.prismaField({
      type: "VirtualKey",
      resolve: (query, p, _a, ctx) => ctx.prisma.virtualKey.findUniqueOrThrow({ ...query, where: { id: p.virtualKey.id } }),
    }),
  }),
});

builder.mutationField("createVirtualKey", (t) =>
  t.withAuth({ admin: true }).field({
    type: CreatedVirtualKey,
    errors: raises(),
    description: "A new virtual key (admin). The raw key is in this answer only.",
    args: { input: t.arg({ type: CreateVirtualKeyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { key, raw } = await keys.createVirtualKey(ctx.prisma, fields(input) as keys.VirtualKeyFields & { name: string; userEmail: string });
      return { key: raw, virtualKey: key };
    },
  }),
);

builder.mutationField("updateVirtualKey", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "VirtualKey",
    errors: raises(NotFoundError, ConflictError),
    description: "Changes a key's settings (admin); absent fields stay, null clears an optional limit",
    args: { input: t.arg({ type: UpdateVirtualKeyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const key = await keys.updateVirtualKey(ctx, ref(input), fields(input));
      return ctx.prisma.virtualKey.findUniqueOrThrow({ ...query, where: { id: key.id } });
    },
  }),
);

builder.mutationField("revokeVirtualKey", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "VirtualKey",
    errors: raises(NotFoundError, ConflictError),
    description: "Revokes a key for good (admin); requests with it are refused at once",
    args: { input: t.arg({ type: RevokeVirtualKeyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const key = await keys.revokeVirtualKey(ctx, ref(input));
      return ctx.prisma.virtualKey.findUniqueOrThrow({ ...query, where: { id: key.id } });
    },
  }),
);
