// Session events that do not touch IP health (no block or captcha, no reported latency) are
// inserted in batches: many clients logging at once share one INSERT per round trip instead
// of one each (src/batch.ts). Each event still names its session and its owner check, so a
// batch inserts exactly the events a one-by-one insert would, and each caller learns whether
// its own session was found. Events that feed IP health keep their single statement in
// sessions.service.ts, where the health upsert reads the inserted row.
import type { SqlRunner } from "../../db.js";
import { Prisma } from "../../generated/prisma/client.js";
import { batcher } from "../../batch.js";

export interface PlainEvent {
  id: string;
  sessionId: string;
  /** The caller's user id, or null for an admin (any session). */
  ownerId: string | null;
  type: string;
  /** JSON text, already checked for shape and size. */
  details: string;
}

/** The inserted row as the database returns it (details may still be JSON text). */
export interface InsertedEvent {
  id: string;
  sessionId: string;
  userId: string;
  type: string;
  details: unknown;
  createdAt: Date | string;
}

/** Inserts the events whose session exists and belongs to the owner; one row per event, or null. */
export async function insertEvents(sql: SqlRunner, items: PlainEvent[]): Promise<(InsertedEvent | null)[]> {
  const col = <T>(f: (e: PlainEvent) => T) => items.map(f);
  const rows = await sql<InsertedEvent>(Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(${col((e) => e.id)}::uuid[], ${col((e) => e.sessionId)}::uuid[], ${col((e) => e.ownerId)}::uuid[],
        ${col((e) => e.type)}::text[], ${col((e) => e.details)}::text[]) WITH ORDINALITY AS i(id, session_id, owner_id, type, details, ord)),
    ev AS (
      INSERT INTO session_events (id, session_id, user_id, type, details, created_at)
      SELECT i.id, s.id, s.user_id, i.type::"SessionEventType", i.details::jsonb, now()
      FROM input i JOIN automation_sessions s ON s.id = i.session_id AND (i.owner_id IS NULL OR s.user_id = i.owner_id)
      ORDER BY i.ord
      RETURNING *)
    SELECT id::text AS id, session_id::text AS "sessionId", user_id::text AS "userId", type::text AS type, details, created_at AS "createdAt" FROM ev`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return items.map((e) => byId.get(e.id) ?? null);
}

const writers = new WeakMap<SqlRunner, (e: PlainEvent) => Promise<InsertedEvent | null>>();

/** The node's batching writer for this database (one per SqlRunner). */
export function eventWriter(sql: SqlRunner) {
  let write = writers.get(sql);
  if (!write) writers.set(sql, (write = batcher((items: PlainEvent[]) => insertEvents(sql, items))));
  return write;
}
