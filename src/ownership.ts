// Who may see and change which rows: the one home of the owner-or-admin rule. Plain
// functions over the caller, so services (Prisma filters) and the GraphQL node lookups
// (src/graphql/ownership.ts) apply the same rule. Another user's row is not found, never
// forbidden, so ids leak nothing.
import { ForbiddenError } from "./errors.js";
import type { Principal } from "./graphql/context.js";

/** The part of a principal the rules look at. */
export type Caller = Pick<Principal, "userId" | "role">;

export const isAdmin = (caller: Pick<Caller, "role"> | null | undefined): boolean => caller?.role === "ADMIN";

/** Whether the caller may change a row owned by `ownerId` (an ownerless row: admins only). */
export const ownsOrAdmin = (caller: Caller, ownerId: string | null): boolean =>
  isAdmin(caller) || (ownerId !== null && ownerId === caller.userId);

/** A Prisma filter for rows with a `userId` column: the caller's own, or every row for admins. */
export function ownerFilter(caller: Caller): { userId?: string } {
  return isAdmin(caller) ? {} : { userId: caller.userId };
}

/**
 * The user whose events a caller watches: itself when `userId` is absent; another user
 * only for admins (ForbiddenError otherwise: the caller named that user on purpose).
 */
export function actingFor(caller: Caller, userId: string | null | undefined, what: string): string {
  const wanted = userId ?? caller.userId;
  if (!ownsOrAdmin(caller, wanted)) throw new ForbiddenError(`You may only watch your own ${what}`);
  return wanted;
}
