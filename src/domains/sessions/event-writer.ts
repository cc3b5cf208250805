// Session events that do not touch IP health (no block or captcha, no reported latency) are
// inserted in batches: many clients logging at once share one INSERT per round trip instead
// of one each (src/batch.ts). Each event still names its session and its owner check, so a
// batch inserts exactly the events a one-by-one insert would, and each caller learns whether
// its own session was found. Events that feed IP health keep their single statement in
// sessions.service.ts, where the health upsert reads the inserted row.
import type { SqlRunner } from "../../db.js";
import { batcher } from "../../batch.js";

export interface PlainEvent {
  id: string;
  sessionId: string;
  /** The caller's user id, or null for an admin (any session). */
  ownerId: string | null;
  type: string;
  /** JSON text, already checked for shape and size: what is stored. */
  details: string;
  /** The same details as the caller sent them (parsed JSON), handed back without a re-parse. */
  value: unknown;
}

/** An inserted event: what the caller sent, with the owner and timestamp the database gave it. */
export interface InsertedEvent {
  id: string;
  sessionId: string;
  userId: string;
  type: string;
  details: unknown;
  createdAt: Date;
}

const COLUMNS = 5;

/**
 * The statement for a batch of `n`: a VALUES list joined to the sessions (the owner check),
 * returning only what the database decides. On PGlite an unnest(...) of arrays in a CTE cost
 * about twice as much to run, and reading back the details (which the caller sent) added a
 * third; on PostgreSQL each size is a named statement, planned once per connection.
 */
const statements = new Map<number, { name: string; text: string }>();
function statement(n: number) {
  let s = statements.get(n);
  if (!s) {
    const rows = Array.from({ length: n }, (_, k) => {
      const p = (c: number) => `$${k * COLUMNS + c}`;
      return `(${p(1)}::uuid, ${p(2)}::uuid, ${p(3)}::uuid, ${p(4)}::"SessionEventType", ${p(5)}::jsonb)`;
    });
    s = {
      name: `session_events_${n}`,
      text: `INSERT INTO session_events (id, session_id, user_id, type, details, created_at)
        SELECT v.id, s.id, s.user_id, v.type, v.details, now()
        FROM (VALUES ${rows.join(", ")}) AS v(id, session_id, owner_id, type, details)
        JOIN automation_sessions s ON s.id = v.session_id AND (v.owner_id IS NULL OR s.user_id = v.owner_id)
        RETURNING id::text AS id, user_id::text AS "userId", created_at AS "createdAt"`,
    };
    statements.set(n, s);
  }
  return s;
}

/** Inserts the events whose session exists and belongs to the owner; one row per event, or null. */
export async function insertEvents(sql: SqlRunner, items: PlainEvent[]): Promise<(InsertedEvent | null)[]> {
  const rows = await sql<{ id: string; userId: string; createdAt: Date | string }>({
    ...statement(items.length),
    values: items.flatMap((e) => [e.id, e.sessionId, e.ownerId, e.type, e.details]),
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return items.map((e) => {
    const r = byId.get(e.id);
    return r ? { id: e.id, sessionId: e.sessionId, userId: r.userId, type: e.type, details: e.value, createdAt: new Date(r.createdAt) } : null;
  });
}

const writers = new WeakMap<SqlRunner, (e: PlainEvent) => Promise<InsertedEvent | null>>();

/**
 * The node's batching writer for this database (one per SqlRunner: each node builds its own
 * from its own config, so the gather time of its first call is the node's).
 * `gatherMs` (SESSION_EVENTS_GATHER_MS): how long an event waits for others to share its
 * statement while events keep coming (src/batch.ts says why).
 */
export function eventWriter(sql: SqlRunner, gatherMs: number) {
  let write = writers.get(sql);
  if (!write) writers.set(sql, (write = batcher((items: PlainEvent[]) => insertEvents(sql, items), { gatherMs })));
  return write;
}
