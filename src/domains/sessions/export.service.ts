// CSV exports of sessions and events: rows read in keyset batches and streamed through
// csv-stringify (RFC 4180 quoting), so memory stays flat however many rows there are. Export
// links for GraphQL clients carry a short-lived signed token instead of the caller's
// credentials. No GraphQL imports.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { Db } from "../../db.js";
import type { TokenSigner } from "../../graphql/context.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { eventOrder, sessionOrder } from "./sessions.service.js";

export const EXPORT_BATCH = 1_000;

const iso = (d: Date | null) => (d ? d.toISOString() : "");
const text = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? "" : String(v));

export const SESSION_COLUMNS = [
  "session_id", "profile_id", "device", "target_url", "proxy", "country", "status", "success", "duration", "error", "started_at", "ended_at",
];
export const EVENT_COLUMNS = ["id", "session_id", "event_type", "details", "timestamp"];

async function* sessionRows(prisma: Db, where: Prisma.AutomationSessionWhereInput) {
  let cursor: string | undefined;
  for (;;) {
    const batch = await prisma.automationSession.findMany({
      where,
      orderBy: sessionOrder,
      take: EXPORT_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const s of batch) {
      yield [
        s.id, text(s.profileId), text(s.device), text(s.targetUrl), text(s.proxyAddress), text(s.country), s.status.toLowerCase(),
        text(s.success), text(s.durationSeconds), text(s.error), iso(s.startedAt), iso(s.endedAt),
      ];
    }
    if (batch.length < EXPORT_BATCH) return;
    cursor = batch[batch.length - 1].id;
  }
}

async function* eventRows(prisma: Db, where: Prisma.SessionEventWhereInput) {
  let cursor: string | undefined;
  for (;;) {
    const batch = await prisma.sessionEvent.findMany({ where, orderBy: eventOrder, take: EXPORT_BATCH, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
    for (const e of batch) yield [e.id, e.sessionId, e.type.toLowerCase(), JSON.stringify(e.details), iso(e.createdAt)];
    if (batch.length < EXPORT_BATCH) return;
    cursor = batch[batch.length - 1].id;
  }
}

/** The CSV as a Node stream: the next batch is read only when the client has taken the last. */
export function sessionsCsv(prisma: Db, where: Prisma.AutomationSessionWhereInput): Readable {
  return Readable.from(sessionRows(prisma, where)).pipe(stringify({ header: true, columns: SESSION_COLUMNS }));
}

export function eventsCsv(prisma: Db, where: Prisma.SessionEventWhereInput): Readable {
  return Readable.from(eventRows(prisma, where)).pipe(stringify({ header: true, columns: EVENT_COLUMNS }));
}

/**
 * An export link's token: an access-token-shaped JWT naming a login session that does not
 * exist, so it opens nothing but the export routes (which accept it only as `token`), and
 * only until it expires (SESSIONS_EXPORT_LINK_SECONDS).
 */
export const signExportToken = (tokens: TokenSigner, userId: string, ttlSeconds: number) => tokens.sign({ userId, sessionId: randomUUID() }, ttlSeconds);

export async function exportTokenUser(tokens: TokenSigner, prisma: Db, token: string) {
  const claims = await tokens.verify(token);
  if (!claims) return null;
  // Role and activity as they are now, not as they were when the link was made.
  const user = await prisma.user.findUnique({ where: { id: claims.userId }, select: { id: true, role: true, isActive: true } });
  return user?.isActive ? { userId: user.id, role: user.role } : null;
}
