// prismaNode lookups under the rules of src/ownership.ts: a node the caller may not see
// loads as null (not-found), exactly like one that does not exist.
import { isAdmin, ownerFilter } from "../ownership.js";
import type { Context } from "./context.js";
import { UUID } from "./ids.js";

/**
 * An id no row has. A refused lookup still has to hand Prisma a where clause, and a
 * malformed id must not reach PostgreSQL (a uuid comparison would fail), so both match this.
 */
export const NOBODY = "00000000-0000-0000-0000-000000000000";

/**
 * Who may load a node by id:
 * - `signedIn`: any authenticated caller (the shared pool: proxies, checks, sources);
 * - `owner`: rows with a `userId`, for their owner or an admin;
 * - `self`: the User row, for that user or an admin;
 * - `admin`: operator rows (notifiers), for admins only.
 */
export type Visibility = "signedIn" | "owner" | "self" | "admin";

/** A prismaNode `findUnique` enforcing `visibility`. */
export function visibleTo(visibility: Visibility) {
  return (id: string, ctx: Context): { id: string; userId?: string } => {
    const p = ctx.principal;
    if (!p || !UUID.test(id)) return { id: NOBODY };
    switch (visibility) {
      case "signedIn":
        return { id };
      case "owner":
        return { id, ...ownerFilter(p) };
      case "self":
        return isAdmin(p) || p.userId === id ? { id } : { id: NOBODY };
      case "admin":
        return isAdmin(p) ? { id } : { id: NOBODY };
    }
  };
}
