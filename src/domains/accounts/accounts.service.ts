// Account rules: registration, login, API keys, login sessions, roles, tiers, credits.
// Plain functions over Prisma; nothing here knows about GraphQL or HTTP.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Config } from "../../config.js";
import type { Db } from "../../db.js";
import {
  ConflictError,
  ForbiddenError,
  InsufficientCreditsError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
} from "../../errors.js";
import type { Counters } from "../../graphql/counters.js";
import type { Principal } from "../../graphql/context.js";
import { Prisma, type CreditTxType, type Tier, type UserRole } from "../../generated/prisma/client.js";
import { chargeCte, creditRowCte } from "./credits-sql.js";
import { ownerFilter } from "../../ownership.js";
import type { PubSub } from "../../pubsub.js";
import { generateKey, hashKey, keyPrefix, type KeyKind } from "./keys.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { announceRevocation } from "./revocation.service.js";
import type { Tokens } from "./tokens.js";

export interface AccountDeps {
  prisma: Db;
  config: Config;
  counters: Counters;
  pubsub: PubSub;
  tokens: Tokens;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Pages of API keys: seed 002 lists 50 by default and up to 200. */
export const KEY_PAGE_SIZE = { default: 50, max: 200 } as const;

export interface RegisterInput {
  email: string;
  displayName?: string | null;
  username?: string | null;
  password?: string | null;
  apiKey?: { kind: KeyKind; label: string } | null;
}

export async function register(deps: AccountDeps, input: RegisterInput) {
  const email = normalizeEmail(input.email);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const credits = deps.config.signupCredits;
  try {
    return await deps.prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email,
          username: input.username ?? null,
          displayName: input.displayName?.trim() || input.username || email.split("@")[0],
          passwordHash,
          credits,
        },
      });
      if (credits > 0) {
        await tx.creditTransaction.create({
          data: { userId: user.id, amount: credits, txType: "SIGNUP", description: "Signup credits", balanceAfter: credits },
        });
      }
      const created = input.apiKey ? await insertApiKey(tx, user.id, input.apiKey.kind, input.apiKey.label) : null;
      return { user, apiKey: created?.apiKey ?? null, rawKey: created?.raw ?? null };
    });
  } catch (err) {
    throw uniqueViolation(err, { email: "An account with this email already exists", username: "This username is taken" });
  }
}

async function insertApiKey(tx: Prisma.TransactionClient, userId: string, kind: KeyKind, label: string) {
  const raw = generateKey(kind);
  const apiKey = await tx.apiKey.create({
    data: { userId, keyHash: hashKey(raw), prefix: keyPrefix(raw), label },
  });
  return { apiKey, raw };
}

export async function createApiKey(deps: AccountDeps, userId: string, kind: KeyKind, label: string) {
  return insertApiKey(deps.prisma, userId, kind, label);
}

export async function revokeApiKey(deps: AccountDeps, principal: Principal, ref: { id?: string; serial?: number }) {
  const key = await deps.prisma.apiKey.findFirst({
    where: { ...(ref.id ? { id: ref.id } : { serial: ref.serial }), ...ownerFilter(principal) },
  });
  if (!key) throw new NotFoundError("API key", ref.id ?? String(ref.serial));
  if (key.revokedAt) return key;
  const revoked = await deps.prisma.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
  await announceRevocation(deps.pubsub, { userId: key.userId, apiKeyId: key.id });
  return revoked;
}

export async function revokeLoginSession(deps: AccountDeps, principal: Principal, id: string) {
  const session = await deps.prisma.loginSession.findFirst({ where: { id, ...ownerFilter(principal) } });
  if (!session) throw new NotFoundError("Login session", id);
  if (session.revokedAt) return session;
  const revoked = await deps.prisma.loginSession.update({ where: { id }, data: { revokedAt: new Date() } });
  await announceRevocation(deps.pubsub, { userId: session.userId, loginSessionId: id });
  return revoked;
}

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  userAgent?: string;
}

function tooManyFailures(resetMs: number) {
  const retryAfter = Math.max(1, Math.ceil(resetMs / 1000));
  return new RateLimitedError(`Too many failed logins. Retry in ${retryAfter} s.`, retryAfter);
}

/** Checks a password with per-account and per-address throttling of failures. */
export async function checkPassword(deps: AccountDeps, email: string, password: string, ip: string) {
  const { login } = deps.config;
  const windowMs = login.windowSeconds * 1000;
  const accountKey = `login:acct:${normalizeEmail(email)}`;
  const addressKey = `login:ip:${ip}`;
  // Every attempt takes a failure slot first (one atomic increment each), so guesses sent
  // all at once cannot slip past a check-then-count: at most the allowed number of
  // passwords is ever tried. Attempts refused here, and successes, give their slots back.
  // The address goes first: once it is throttled, guesses at new emails must not create a
  // counter per email (3,000 requests from a blocked address made 3,000 keys).
  const addr = await deps.counters.hit(addressKey, windowMs);
  if (addr.count > login.maxFailuresPerAddress) {
    await deps.counters.release(addressKey);
    throw tooManyFailures(addr.resetMs);
  }
  const acct = await deps.counters.hit(accountKey, windowMs);
  if (acct.count > login.maxFailuresPerAccount) {
    await Promise.all([deps.counters.release(accountKey), deps.counters.release(addressKey)]);
    throw tooManyFailures(acct.resetMs);
  }
  const user = await deps.prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
  const ok = await verifyPassword(password, user?.passwordHash ?? null);
  if (!ok || !user) throw new UnauthenticatedError("Invalid email or password", { reason: "invalid" });
  // A success forgets the account's failures and does not count against the address.
  await Promise.all([deps.counters.clear(accountKey), deps.counters.release(addressKey)]);
  if (!user.isActive) throw new ForbiddenError("This account is disabled");
  return user;
}

export async function login(deps: AccountDeps, input: LoginInput) {
  const user = await checkPassword(deps, input.email, input.password, input.ip);
  const cookieToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + deps.config.jwtTtlSeconds * 1000);
  const session = await deps.prisma.loginSession.create({
    data: {
      userId: user.id,
      tokenHash: hashCookie(cookieToken),
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 512) ?? null,
    },
  });
  const token = await deps.tokens.sign({ userId: user.id, sessionId: session.id }, deps.config.jwtTtlSeconds);
  return { user, session, token, cookieToken, expiresAt };
}

export const hashCookie = (value: string) => createHash("sha256").update(`session:${value}`).digest("hex");

export async function setRole(deps: AccountDeps, ref: UserRef, role: UserRole) {
  const user = await findUser(deps.prisma, ref);
  const updated = await deps.prisma.$transaction(async (tx) => {
    if (role !== "ADMIN") await keepAnAdmin(tx, user.id, "Cannot remove the last admin");
    return tx.user.update({ where: { id: user.id }, data: { role } });
  });
  // Open streams of the user re-check it (a demoted admin stops watching other users).
  await announceRevocation(deps.pubsub, { userId: user.id });
  return updated;
}

/**
 * Deactivates (or reactivates) an account. An inactive user's keys, tokens and cookies stop
 * working at once on every node, and their open streams end.
 */
export async function setActive(deps: AccountDeps, ref: UserRef, isActive: boolean) {
  const user = await findUser(deps.prisma, ref);
  const updated = await deps.prisma.$transaction(async (tx) => {
    if (!isActive) await keepAnAdmin(tx, user.id, "Cannot deactivate the last admin");
    return tx.user.update({ where: { id: user.id }, data: { isActive } });
  });
  await announceRevocation(deps.pubsub, { userId: user.id });
  return updated;
}

/** Refuses to take away the last active admin (by demotion or deactivation). */
async function keepAnAdmin(tx: Prisma.TransactionClient, userId: string, message: string) {
  // Lock every active admin row (in one order, so concurrent changes cannot deadlock): they
  // queue here and each counts the admins the previous one left.
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM users WHERE role = 'ADMIN' AND is_active ORDER BY id FOR UPDATE`;
  if (admins.length <= 1 && admins.some((a) => a.id === userId)) {
    throw new ConflictError(message, { user_id: userId });
  }
}

export async function setTier(deps: AccountDeps, ref: UserRef, tier: Tier) {
  const user = await findUser(deps.prisma, ref);
  const updated = await deps.prisma.user.update({ where: { id: user.id }, data: { tier } });
  await announceRevocation(deps.pubsub, { userId: user.id });
  return updated;
}

export type UserRef = { id?: string; serial?: number };

export async function findUser(prisma: Db, ref: UserRef) {
  const user = await prisma.user.findUnique({ where: ref.id ? { id: ref.id } : { serial: ref.serial! } });
  if (!user) throw new NotFoundError("User", ref.id ?? String(ref.serial));
  return user;
}

/** The largest balance the `credits` column (a PostgreSQL integer) holds. */
export const MAX_CREDITS = 2_147_483_647;

/**
 * Adds credits (a `purchase` transaction) atomically and announces the new balance. One
 * statement: `credits = credits + amount` guarded so the column cannot overflow (concurrent
 * grants never lose updates) and the transaction row inserted from the UPDATE's RETURNING,
 * so it records exactly the balance this grant produced.
 */
export async function grantCredits(deps: AccountDeps, ref: UserRef, amount: number, reason: string) {
  const target = await findUser(deps.prisma, ref);
  const txId = randomUUID();
  const rows = await deps.prisma.$queryRaw<{ balance: number }[]>`
    WITH bumped AS (
      UPDATE users SET credits = credits + ${amount}::int, updated_at = now()
      WHERE id = ${target.id}::uuid AND credits <= ${MAX_CREDITS - amount}::int
      RETURNING id, credits),
    credit AS (
      INSERT INTO credit_transactions (id, user_id, amount, tx_type, description, balance_after, created_at)
      SELECT ${txId}::uuid, bumped.id, ${amount}::int, 'PURCHASE'::"CreditTxType", ${reason}, bumped.credits, now() FROM bumped
      RETURNING id)
    SELECT bumped.credits AS balance FROM bumped, credit`;
  if (rows.length === 0) {
    // The user was deleted meanwhile, or the grant would overflow the column.
    await findUser(deps.prisma, { id: target.id });
    throw new ConflictError(`A grant of ${amount} would take the balance over ${MAX_CREDITS} credits`, {
      user_id: target.id,
      max_balance: MAX_CREDITS,
    });
  }
  const balance = Number(rows[0].balance);
  await deps.pubsub.publish("credits:changed", target.id, { userId: target.id, balance, amount, transactionId: txId });
  return { user: { ...target, credits: balance }, transaction: { id: txId } };
}

/**
 * Takes `amount` credits and records it, in one statement (credits-sql.ts): the conditional
 * UPDATE decides, concurrent charges queue on the user's row and each sees the balance the
 * previous one left, so the balance never goes negative. Why it failed is read only then.
 * The caller publishes `credits:changed`.
 */
export async function chargeCredits(
  prisma: Db,
  userId: string,
  amount: number,
  txType: CreditTxType,
  description: string,
  action = "do this",
) {
  const txId = randomUUID();
  const rows = await prisma.$queryRaw<{ balance: number }[]>`
    WITH charge AS (${chargeCte(userId, amount)}),
    credit AS (${creditRowCte(txId, amount, txType, Prisma.sql`${description}`)})
    SELECT charge.balance FROM charge, credit`;
  if (rows.length === 0) {
    const user = await prisma.user.findUnique({ where: { id: userId }, select: { credits: true } });
    if (!user) throw new NotFoundError("User", userId);
    throw new InsufficientCreditsError(amount, user.credits, action);
  }
  return { balance: Number(rows[0].balance), transaction: { id: txId } };
}

/** Creates or promotes the first admin from ADMIN_EMAIL/ADMIN_PASSWORD (idempotent). */
export async function ensureAdmin(prisma: Db, email: string, password: string) {
  const normalized = normalizeEmail(email);
  const existing = await prisma.user.findUnique({ where: { email: normalized } });
  if (existing) {
    if (existing.role === "ADMIN") return { user: existing, created: false };
    const user = await prisma.user.update({ where: { id: existing.id }, data: { role: "ADMIN" } });
    return { user, created: false };
  }
  const user = await prisma.user.create({
    data: {
      email: normalized,
      displayName: "Admin User",
      username: "admin",
      passwordHash: await hashPassword(password),
      role: "ADMIN",
      tier: "ENTERPRISE",
    },
  }).catch(async () =>
    // username "admin" may be taken by a regular user; the admin then goes without one.
    prisma.user.create({
      data: { email: normalized, displayName: "Admin User", passwordHash: await hashPassword(password), role: "ADMIN", tier: "ENTERPRISE" },
    }),
  );
  return { user, created: true };
}

function uniqueViolation(err: unknown, messages: Record<string, string>): unknown {
  // Both databases raise P2002. The PGlite adapter names the columns (constraint.fields);
  // @prisma/adapter-pg 7 names only the index (constraint.index, e.g. "users_email_key"),
  // whose name contains the column.
  type Constraint = { fields?: string[]; index?: string };
  const e = err as { code?: string; meta?: { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: Constraint } } } };
  if (e?.code !== "P2002") return err;
  const constraint = e.meta?.driverAdapterError?.cause?.constraint;
  const target = [
    ...(Array.isArray(e.meta?.target) ? e.meta.target : e.meta?.target ? [e.meta.target] : []),
    ...(constraint?.fields ?? []),
    ...(constraint?.index ? [constraint.index] : []),
  ].join(",");
  const field = Object.keys(messages).find((f) => target.includes(f)) ?? Object.keys(messages)[0];
  return new ConflictError(messages[field], { field });
}
