// The user row by id, read straight through the driver (db.ts SqlRunner) with the model's
// field names, so Pothos resolves it like a Prisma result. `me` with scalar fields only is
// the most frequent query there is; Prisma's client would cost more CPU than the query.
import type { SqlRunner } from "../../db.js";
import { Prisma, type User } from "../../generated/prisma/client.js";

export async function userRow(sql: SqlRunner, id: string): Promise<User | undefined> {
  const [row] = await sql<User>(Prisma.sql`
    SELECT id::text AS id, serial, email, username, display_name AS "displayName", password_hash AS "passwordHash",
      role::text AS role, tier::text AS tier, credits, is_active AS "isActive", created_at AS "createdAt", updated_at AS "updatedAt"
    FROM users WHERE id = ${id}::uuid`);
  return row;
}
