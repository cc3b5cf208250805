// Turns request credentials into a Principal. Accepted: `Authorization: Bearer <api key or
// JWT>`, `X-API-Key`, HTTP Basic (email:password, or anything:api-key) and the
// `session_id` cookie. Resolved principals are cached for a few seconds; a revocation
// published on `auth:revoked` drops the user's entries on every node.
import { createHash } from "node:crypto";
import type { Logger } from "pino";
import { AppError, UnauthenticatedError } from "../../errors.js";
import type { Principal } from "../../graphql/context.js";
import { hasUnstorableText } from "../../text.js";
import type { User } from "../../generated/prisma/client.js";
import { hashKey, looksLikeApiKey } from "./keys.js";
import { checkPassword, hashCookie, type AccountDeps } from "./accounts.service.js";
import { onLocalRevocation } from "./revocation.service.js";
import { createReadCache } from "../../read-cache.js";

export interface AuthResult {
  principal: Principal | null;
  authError: AppError | null;
}

/** Credentials cached per node at most; the oldest leave first. */
const MAX_CACHED = 10_000;

/** Last-used/last-access stamps are written at most this often per credential. */
const TOUCH_INTERVAL_MS = 60_000;

export function createAuthenticator(deps: AccountDeps, log: Logger) {
  // src/read-cache.ts: one lookup at a time per credential, read again in the background
  // while in use, and a revocation keeps a lookup in flight from being cached.
  const cache = createReadCache<Principal>({
    ttlMs: deps.config.authCacheSeconds * 1000,
    maxEntries: MAX_CACHED,
    onRefreshError: (err) => log.warn({ err }, "reading cached credentials again failed"),
  });
  const sha = (s: string) => createHash("sha256").update(s).digest("hex");
  const forget = (userId: string) => cache.drop((p) => p.userId === userId);
  const stopLocal = onLocalRevocation(deps.pubsub, (ev) => forget(ev.userId));
  const listener = (async () => {
    for await (const ev of deps.pubsub.subscribe("auth:revoked")) forget(ev.userId);
  })().catch((err) => log.error({ err }, "auth revocation listener stopped"));

  const principalOf = (user: User, via: Principal["via"], extra: Partial<Principal>): Principal => ({
    userId: user.id,
    email: user.email,
    role: user.role,
    tier: user.tier,
    via,
    ...extra,
  });

  async function byApiKey(raw: string, via: Principal["via"]): Promise<Principal | null> {
    const key = await deps.prisma.apiKey.findUnique({ where: { keyHash: hashKey(raw) }, include: { user: true } });
    if (!key || key.revokedAt || !key.user.isActive) return null;
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      void deps.prisma.apiKey
        .update({ where: { id: key.id }, data: { lastUsedAt: new Date() } })
        .catch((err) => log.warn({ err }, "could not stamp API key last use"));
    }
    return principalOf(key.user, via, { apiKeyId: key.id });
  }

  async function bySession(where: { id: string; userId: string } | { tokenHash: string }, via: Principal["via"]) {
    const session = await deps.prisma.loginSession.findFirst({
      where: { ...where, revokedAt: null, expiresAt: { gt: new Date() } },
      include: { user: true },
    });
    if (!session || !session.user.isActive) return null;
    if (Date.now() - session.lastAccessAt.getTime() > TOUCH_INTERVAL_MS) {
      void deps.prisma.loginSession
        .update({ where: { id: session.id }, data: { lastAccessAt: new Date() } })
        .catch((err) => log.warn({ err }, "could not stamp login session access"));
    }
    return principalOf(session.user, via, { loginSessionId: session.id });
  }

  async function resolveBearer(token: string): Promise<Principal | null> {
    if (looksLikeApiKey(token)) return byApiKey(token, "api_key");
    const claims = await deps.tokens.verify(token);
    return claims ? bySession({ id: claims.sessionId, userId: claims.userId }, "jwt") : null;
  }

  async function resolveBasic(encoded: string, ip: string): Promise<Principal | null> {
    const decoded = Buffer.from(encoded, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return null;
    const user = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    // No stored email or key contains these; PostgreSQL would refuse the lookup outright.
    if (hasUnstorableText(user) || hasUnstorableText(secret)) return null;
    if (looksLikeApiKey(secret)) return byApiKey(secret, "basic");
    // Throttled like every other login; the slow hash runs once per cache period (twice
    // while the credentials are in use: read-cache.ts reads them again at half time).
    const found = await checkPassword(deps, user, secret, ip);
    return principalOf(found, "basic", {});
  }

  async function authenticate(headers: Headers, ip: string): Promise<AuthResult> {
    const authorization = headers.get("authorization")?.trim();
    const apiKeyHeader = headers.get("x-api-key")?.trim();
    const cookie = parseCookie(headers.get("cookie"), "session_id");
    let attempt: { key: string; resolve: () => Promise<Principal | null>; what: string } | null = null;
    if (authorization) {
      const [scheme, value = ""] = authorization.split(/\s+/, 2);
      if (/^bearer$/i.test(scheme) && value) {
        attempt = { key: `b:${sha(value)}`, resolve: () => resolveBearer(value), what: "API key or token" };
      } else if (/^basic$/i.test(scheme) && value) {
        attempt = { key: `h:${sha(value)}`, resolve: () => resolveBasic(value, ip), what: "credentials" };
      } else {
        return { principal: null, authError: invalid("Unsupported Authorization header") };
      }
    } else if (apiKeyHeader) {
      attempt = { key: `b:${sha(apiKeyHeader)}`, resolve: () => byApiKey(apiKeyHeader, "api_key"), what: "API key" };
    } else if (cookie) {
      attempt = { key: `c:${sha(cookie)}`, resolve: () => bySession({ tokenHash: hashCookie(cookie) }, "cookie"), what: "session" };
    }
    if (!attempt) return { principal: null, authError: null };
    try {
      const principal = await cache.get(attempt.key, attempt.resolve);
      return principal
        ? { principal, authError: null }
        : { principal: null, authError: invalid(`Invalid or expired ${attempt.what}`) };
    } catch (err) {
      if (err instanceof AppError) return { principal: null, authError: err };
      throw err;
    }
  }

  return {
    authenticate,
    async close() {
      stopLocal();
      cache.clear();
      await Promise.race([listener, Promise.resolve()]);
    },
  };
}

const invalid = (message: string) => new UnauthenticatedError(message, { reason: "invalid" });

export function parseCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      // A value that does not decode (`%`) is simply not one of our sessions: kept as it is,
      // it is refused like any unknown cookie instead of failing every route, /health included.
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}
