// Seed 001's session API over the accounts domain's login sessions: clearing them all.
// Ending one session is the accounts domain's revokeLoginSession. Revocation is announced
// per user (accounts' revocation.service.ts), so every node drops the cached principals at
// once and the sessions' JWTs and cookies stop working there too.
import type { Db } from "../../db.js";
import { NotFoundError } from "../../errors.js";
import type { PubSub } from "../../pubsub.js";
import { announceRevocation } from "../accounts/revocation.service.js";

/**
 * Ends every active login session (one UPDATE) except `keep`, the caller's own, so the admin
 * clearing them is not logged out mid-request. Returns how many ended.
 */
export async function clearLoginSessions(deps: { prisma: Db; pubsub: PubSub }, keep: string | undefined): Promise<number> {
  const ended = await deps.prisma.$queryRaw<{ id: string; userId: string }[]>`
    UPDATE login_sessions SET revoked_at = now()
    WHERE revoked_at IS NULL AND expires_at > now() AND (${keep ?? null}::uuid IS NULL OR id <> ${keep ?? null}::uuid)
    RETURNING id::text AS id, user_id::text AS "userId"`;
  const users = new Map(ended.map((s) => [s.userId, s.id]));
  for (const [userId, loginSessionId] of users) await announceRevocation(deps.pubsub, { userId, loginSessionId });
  return ended.length;
}

/** Ends one login session (idempotent: an ended one stays ended at its first time). */
export async function invalidateLoginSession(deps: { prisma: Db; pubsub: PubSub }, id: string): Promise<string> {
  const [s] = await deps.prisma.$queryRaw<{ userId: string }[]>`
    UPDATE login_sessions SET revoked_at = COALESCE(revoked_at, now()) WHERE id = ${id}::uuid
    RETURNING user_id::text AS "userId"`;
  if (!s) throw new NotFoundError("Session", id);
  await announceRevocation(deps.pubsub, { userId: s.userId, loginSessionId: id });
  return id;
}
