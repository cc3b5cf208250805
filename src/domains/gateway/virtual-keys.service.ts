// Virtual keys: created, changed and revoked by admins. The raw `vk_` key is returned once
// by `createVirtualKey`; the row keeps its SHA-256 and a short prefix for lists.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Prisma, TokenCapMode, VirtualKey } from "../../generated/prisma/client.js";
import { isAdmin, type Caller } from "../../ownership.js";
import type { PubSub } from "../../pubsub.js";
import { announceKeyChange } from "./key-cache.js";

export const VK_PREFIX = "vk_";
export const looksLikeVirtualKey = (s: string) => s.startsWith(VK_PREFIX) && s.length >= 20 && s.length <= 100;
export const hashVirtualKey = (raw: string) => createHash("sha256").update(raw).digest("hex");

export function generateVirtualKey(): string {
  return VK_PREFIX + randomBytes(32).toString("base64url"); // 256 bits
}

export interface VirtualKeyFields {
  name?: string;
  userEmail?: string;
  costCentre?: string | null;
  environment?: string | null;
  agentName?: string | null;
  project?: string | null;
  monthlyBudgetMicros?: number | null;
  maxTokensPerRequest?: number | null;
  maxReasoningTokens?: number | null;
  tokenCapMode?: TokenCapMode;
  allowedModels?: string[];
  rpmLimit?: number | null;
  tpmLimit?: number | null;
  cacheTtlSeconds?: number | null;
  isActive?: boolean;
}

/** The key's owner is the user with that email, when there is one (the seed allows any email). */
async function ownerOf(prisma: Db, email: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}

function data(f: VirtualKeyFields): Prisma.VirtualKeyUncheckedUpdateInput {
  const d: Prisma.VirtualKeyUncheckedUpdateInput = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined && k !== "monthlyBudgetMicros") (d as any)[k] = v;
  if (f.monthlyBudgetMicros !== undefined) d.monthlyBudgetMicros = f.monthlyBudgetMicros == null ? null : BigInt(f.monthlyBudgetMicros);
  if (f.allowedModels) d.allowedModels = [...new Set(f.allowedModels)];
  return d;
}

export async function createVirtualKey(prisma: Db, f: VirtualKeyFields & { name: string; userEmail: string }) {
  const raw = generateVirtualKey();
  const key = await prisma.virtualKey.create({
    data: {
      ...(data(f) as Prisma.VirtualKeyUncheckedCreateInput),
      name: f.name,
      userEmail: f.userEmail,
      ownerId: await ownerOf(prisma, f.userEmail),
      keyHash: hashVirtualKey(raw),
      prefix: raw.slice(0, 10),
    },
  });
  return { key, raw };
}

/** Changes take effect on every node's next request: the key caches drop the key (key-cache.ts). */
export async function updateVirtualKey({ prisma, pubsub }: { prisma: Db; pubsub: PubSub }, where: { id: string } | { serial: number }, f: VirtualKeyFields) {
  const existing = await prisma.virtualKey.findUnique({ where: where as Prisma.VirtualKeyWhereUniqueInput });
  if (!existing) throw new NotFoundError("VirtualKey");
  if (existing.revokedAt) throw new ConflictError("A revoked virtual key cannot be changed");
  const d = data(f);
  if (f.userEmail !== undefined) d.ownerId = await ownerOf(prisma, f.userEmail);
  const key = await prisma.virtualKey.update({ where: { id: existing.id }, data: d });
  await announceKeyChange(pubsub, key.id);
  return key;
}

/** Revocation is final and immediate: the next reservation's UPDATE no longer matches the row. */
export async function revokeVirtualKey({ prisma, pubsub }: { prisma: Db; pubsub: PubSub }, where: { id: string } | { serial: number }): Promise<VirtualKey> {
  const existing = await prisma.virtualKey.findUnique({ where: where as Prisma.VirtualKeyWhereUniqueInput });
  if (!existing) throw new NotFoundError("VirtualKey");
  if (existing.revokedAt) throw new ConflictError("Virtual key already revoked");
  const key = await prisma.virtualKey.update({ where: { id: existing.id }, data: { revokedAt: new Date(), isActive: false } });
  await announceKeyChange(pubsub, key.id);
  return key;
}

/** Keys the caller may see: all for admins, their own for everyone else. */
export const keyScope = (caller: Caller): Prisma.VirtualKeyWhereInput => (isAdmin(caller) ? {} : { ownerId: caller.userId });

/** Dollars (legacy and GraphQL inputs) to integer micro-dollars; refuses what cannot be a budget. */
export function dollarsToMicros(usd: number, field: string): number {
  if (!Number.isFinite(usd) || usd < 0 || usd > 1e9) throw new ValidationError("Invalid amount", [{ field, message: "must be between 0 and 1e9 dollars" }]);
  return Math.round(usd * 1_000_000);
}
