// Row ids in arguments: a Relay global id of the expected type, or the raw UUID the legacy
// routes print. Anything else is the caller's mistake (ValidationError), never a database
// error: rows are keyed by UUID, so a non-UUID would otherwise fail inside PostgreSQL.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { ValidationError } from "../errors.js";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function localId(id: string | number, typename: string, field = "id"): string {
  const raw = String(id);
  if (UUID.test(raw)) return raw;
  try {
    const decoded = decodeGlobalID(raw);
    if (decoded.typename === typename && UUID.test(decoded.id)) return decoded.id;
  } catch {
    /* not a global id: reported below */
  }
  throw new ValidationError(`Not a ${typename} id`, [{ field, message: `expected a ${typename} id` }]);
}

/**
 * Whether a connection cursor is one this API hands out. Every connection pages by its
 * row's UUID id (`cursor: "id"`), which plugin-prisma prints as base64 `GPC:S:<uuid>`. A
 * cursor it would decode to anything else (`GPC:N:1`, `GPC:S:not-a-uuid`) reaches Prisma
 * as a value of the wrong type and fails there as an internal error, so it is refused first.
 */
export function isOurCursor(cursor: string): boolean {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(cursor)) return false;
  const decoded = Buffer.from(cursor, "base64").toString("utf8");
  return decoded.startsWith("GPC:S:") && UUID.test(decoded.slice(6));
}
