// Automation sessions and their events: the rules, plain functions over Prisma and single
// SQL statements. Ending a session and logging an event update IP health in the same
// statement (ip-health.ts), so concurrent endings on one proxy leave exact counts. Sessions
// belong to their user; admins see all. No GraphQL imports.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db, SqlRunner } from "../../db.js";
import type { Config } from "../../config.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Principal } from "../../graphql/context.js";
import { Prisma, SessionEventType, SessionStatus } from "../../generated/prisma/client.js";
import { isAdmin } from "../../ownership.js";
import type { PubSub } from "../../pubsub.js";
/** Same as graphql/ids.ts: services import nothing from graphql/. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
import { ConflictError as LeaseConflict, NotFoundError as LeaseNotFound } from "../../errors.js";
import { releaseLease, type LeaseDeps } from "../proxies/leases.service.js";
import { filterRules } from "../proxies/pool-query.service.js";
import { eventWriter, type InsertedEvent } from "./event-writer.js";
import { healthUpsertSql, hostOf, type Outcome } from "./ip-health.js";

export const EVENT_TYPES = Object.values(SessionEventType);
export const SESSION_STATUSES = Object.values(SessionStatus);
/** Event details are capped: a clear validation error beyond, never a stored blob. */
export const MAX_DETAILS_BYTES = 64 * 1024;
export const PAGE_SIZE = { default: 20, max: 200 } as const;
export const ABANDONED = "abandoned";

const ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]{1,253}):(\d{1,5})$/;

/** The rule of each input field, for GraphQL inputs and legacy routes alike. */
export const sessionRules = {
  id: z.string().regex(UUID, "must be a UUID"),
  profileId: z.string().max(200, "must be at most 200 characters"),
  device: z.string().max(100, "must be at most 100 characters"),
  targetUrl: z
    .string()
    .max(2048, "must be at most 2048 characters")
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), "must be an http:// or https:// URL"),
  proxy: z
    .string()
    .max(300)
    .refine((p) => {
      const m = ADDRESS.exec(p);
      return !!m && Number(m[1]) >= 1 && Number(m[1]) <= 65535;
    }, "must be ip:port"),
  country: filterRules.country,
  durationSeconds: z.number().min(0, "must be at least 0").max(31_536_000, "must be at most a year"),
  error: z.string().max(10_000, "must be at most 10000 characters"),
  targetHost: z.string().min(1).max(253),
};

export interface SessionDeps {
  prisma: Db;
  sql: SqlRunner;
  pubsub: PubSub;
  config: { sessions: Pick<Config["sessions"], "eventGatherMs"> };
}

export interface RegisterInput {
  id?: string | null;
  profileId?: string | null;
  device?: string | null;
  targetUrl?: string | null;
  /** `ip:port`, or the id of one of the caller's leases. */
  proxy?: string | null;
  leaseId?: string | null;
  country?: string | null;
}

export type SessionRow = Prisma.AutomationSessionGetPayload<object>;

/** Registers a session of the caller; an id that exists already is a conflict. */
export async function registerSession(deps: SessionDeps, principal: Principal, input: RegisterInput): Promise<SessionRow> {
  let proxyAddress: string | null = null;
  let proxyId: string | null = null;
  let leaseId: string | null = input.leaseId ?? null;
  if (!leaseId && input.proxy && UUID.test(input.proxy)) leaseId = input.proxy.toLowerCase();
  if (leaseId) {
    const lease = await deps.prisma.lease.findFirst({
      where: { id: leaseId, userId: principal.userId },
      select: { proxyId: true, proxy: { select: { ip: true, port: true } } },
    });
    if (!lease) throw new NotFoundError("Lease", leaseId);
    proxyId = lease.proxyId;
    proxyAddress = `${lease.proxy.ip}:${lease.proxy.port}`;
  } else if (input.proxy) {
    proxyAddress = input.proxy.toLowerCase();
    const [ip, port] = splitAddress(proxyAddress);
    proxyId = (await deps.prisma.proxy.findFirst({ where: { ip, port }, select: { id: true }, orderBy: { score: "desc" } }))?.id ?? null;
  }
  const id = input.id?.toLowerCase() ?? randomUUID();
  let row: SessionRow;
  try {
    row = await deps.prisma.automationSession.create({
      data: {
        id,
        userId: principal.userId,
        profileId: input.profileId ?? null,
        device: input.device ?? null,
        targetUrl: input.targetUrl ?? null,
        targetHost: hostOf(input.targetUrl),
        proxyAddress,
        proxyId,
        leaseId,
        country: input.country?.toUpperCase() ?? null,
      },
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new ConflictError("A session with this id already exists", { session_id: id });
    }
    throw err;
  }
  await deps.pubsub.publish("session:started", { sessionId: row.id, userId: row.userId });
  return row;
}

const splitAddress = (address: string): [string, number] => {
  const i = address.lastIndexOf(":");
  return [address.slice(0, i).replace(/^\[|\]$/g, ""), Number(address.slice(i + 1))];
};

export interface EndInput {
  id: string;
  success: boolean;
  durationSeconds?: number | null;
  error?: string | null;
  /** Also release the lease the session was registered on. */
  releaseLease?: boolean | null;
}

const ownerSql = (principal: Principal) => (isAdmin(principal) ? Prisma.sql`TRUE` : Prisma.sql`user_id = ${principal.userId}::uuid`);

type Ended = { id: string; userId: string; leaseId: string | null };

/**
 * Ends an active session and records its outcome in IP health, in one statement: the
 * conditional UPDATE (only an ACTIVE session of the caller) feeds the health upsert, so the
 * health counts change exactly when the session ended, however many end at once.
 */
async function endOne(sql: SqlRunner, owner: Prisma.Sql, id: string, success: boolean, durationSeconds: number | null, error: string | null) {
  const outcome: Outcome = success ? "success" : "failure";
  const latency = durationSeconds == null ? Prisma.sql`NULL::float8` : Prisma.sql`${durationSeconds * 1000}::float8`;
  return sql<Ended>(Prisma.sql`
    WITH ended AS (
      UPDATE automation_sessions SET status = ${success ? "COMPLETED" : "FAILED"}::"SessionStatus", success = ${success},
        duration_seconds = ${durationSeconds}::float8, error = ${error}::text, ended_at = now()
      WHERE id = ${id}::uuid AND ${owner} AND status = 'ACTIVE'
      RETURNING id, user_id, lease_id, proxy_address, proxy_id, target_host),
    health AS (${healthUpsertSql(
      { address: Prisma.sql`ended.proxy_address`, proxyId: Prisma.sql`ended.proxy_id`, targetHost: Prisma.sql`ended.target_host`, from: Prisma.sql`ended` },
      outcome,
      latency,
    )})
    SELECT id::text AS id, user_id::text AS "userId", lease_id::text AS "leaseId" FROM ended`);
}

export async function endSession(deps: SessionDeps & Partial<LeaseDeps>, principal: Principal, input: EndInput) {
  const rows = await endOne(deps.sql, ownerSql(principal), input.id, input.success, input.durationSeconds ?? null, input.error ?? null);
  if (rows.length === 0) {
    const found = await deps.prisma.automationSession.findFirst({ where: { id: input.id, ...(isAdmin(principal) ? {} : { userId: principal.userId }) }, select: { id: true } });
    if (!found) throw new NotFoundError("Session", input.id);
    throw new ConflictError("This session has already ended", { session_id: input.id });
  }
  const ended = rows[0];
  let leaseReleased = false;
  if (input.releaseLease && ended.leaseId) {
    try {
      await releaseLease(deps as LeaseDeps, principal, ended.leaseId);
      leaseReleased = true;
    } catch (err) {
      // The lease ran out (or was released) before the session ended: nothing to release.
      if (!(err instanceof LeaseConflict || err instanceof LeaseNotFound)) throw err;
    }
  }
  await deps.pubsub.publish("session:ended", { sessionId: ended.id, userId: ended.userId });
  return { id: ended.id, leaseReleased };
}

/** Ends sessions active for longer than `timeoutSeconds` as failed (`abandoned`). */
export async function abandonStale(deps: SessionDeps, timeoutSeconds: number, batch = 200) {
  const stale = await deps.prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM automation_sessions
    WHERE status = 'ACTIVE' AND started_at < now() - make_interval(secs => ${timeoutSeconds}::int)
    ORDER BY started_at LIMIT ${batch}`;
  let ended = 0;
  for (const { id } of stale) {
    // The end statement is the claim: of two nodes, only one finds the session still active.
    const rows = await endOne(deps.sql, Prisma.sql`TRUE`, id, false, null, ABANDONED);
    for (const r of rows) {
      ended++;
      await deps.pubsub.publish("session:ended", { sessionId: r.id, userId: r.userId });
    }
  }
  return { ended, more: stale.length === batch };
}

/** Deletes events and ended sessions older than `retentionSeconds`, in batches. */
export async function pruneOld(prisma: Db, retentionSeconds: number, batch = 5_000) {
  const events = await prisma.$executeRaw`
    DELETE FROM session_events WHERE id IN (
      SELECT id FROM session_events WHERE created_at < now() - make_interval(secs => ${retentionSeconds}::int)
      LIMIT ${batch} FOR UPDATE SKIP LOCKED)`;
  const sessions = await prisma.$executeRaw`
    DELETE FROM automation_sessions WHERE id IN (
      SELECT id FROM automation_sessions
      WHERE status <> 'ACTIVE' AND ended_at < now() - make_interval(secs => ${retentionSeconds}::int)
      LIMIT ${batch} FOR UPDATE SKIP LOCKED)`;
  return { events, sessions, more: events === batch || sessions === batch };
}

export interface LogInput {
  sessionId: string;
  type: SessionEventType;
  details?: unknown;
}

export interface EventRow {
  id: string;
  sessionId: string;
  userId: string;
  type: SessionEventType;
  details: unknown;
  createdAt: Date;
}

/** Details as stored JSON: an object, at most MAX_DETAILS_BYTES once serialised. */
export function checkDetails(details: unknown, field = "details"): string {
  if (details == null) return "{}";
  if (typeof details !== "object" || Array.isArray(details)) throw new ValidationError(`${field}: must be a JSON object`, [{ field, message: "must be a JSON object" }]);
  const text = JSON.stringify(details);
  if (Buffer.byteLength(text) > MAX_DETAILS_BYTES) {
    const message = `must be at most ${MAX_DETAILS_BYTES} bytes as JSON`;
    throw new ValidationError(`${field}: ${message}`, [{ field, message }]);
  }
  return text;
}

const BLOCKING = new Set<SessionEventType>(["BLOCK", "CAPTCHA"]);

/**
 * Logs an event on a session of the caller, in one statement; a `block` or `captcha` event
 * is a block outcome for the session's proxy, a numeric `latency_ms` detail a latency sample.
 */
export async function logEvent(deps: SessionDeps, principal: Principal, input: LogInput): Promise<EventRow> {
  const details = checkDetails(input.details);
  const raw = (input.details ?? {}) as Record<string, unknown>;
  const latency = typeof raw.latency_ms === "number" && Number.isFinite(raw.latency_ms) && raw.latency_ms >= 0 ? raw.latency_ms : null;
  const outcome: Outcome | null = BLOCKING.has(input.type) ? "block" : null;
  const id = randomUUID();
  let r: InsertedEvent | null;
  if (outcome || latency !== null) {
    const health = Prisma.sql`, health AS (${healthUpsertSql(
      { address: Prisma.sql`s.proxy_address`, proxyId: Prisma.sql`s.proxy_id`, targetHost: Prisma.sql`s.target_host`, from: Prisma.sql`s JOIN ev ON TRUE` },
      outcome,
      latency === null ? Prisma.sql`NULL::float8` : Prisma.sql`${latency}::float8`,
    )})`;
    [r = null] = await deps.sql<InsertedEvent>(Prisma.sql`
      WITH s AS (SELECT id, user_id, proxy_address, proxy_id, target_host FROM automation_sessions WHERE id = ${input.sessionId}::uuid AND ${ownerSql(principal)}),
      ev AS (
        INSERT INTO session_events (id, session_id, user_id, type, details, created_at)
        SELECT ${id}::uuid, s.id, s.user_id, ${input.type}::"SessionEventType", ${details}::jsonb, now() FROM s
        RETURNING *)${health}
      SELECT id::text AS id, session_id::text AS "sessionId", user_id::text AS "userId", type::text AS type, details, created_at AS "createdAt" FROM ev`);
  } else {
    // Nothing for IP health: shares an INSERT with the other events logged meanwhile.
    r = await eventWriter(deps.sql, deps.config.sessions.eventGatherMs)({ id, sessionId: input.sessionId, ownerId: isAdmin(principal) ? null : principal.userId, type: input.type, details, value: input.details ?? {} });
  }
  if (!r) throw new NotFoundError("Session", input.sessionId);
  const event: EventRow = {
    ...r,
    type: r.type as SessionEventType,
    details: typeof r.details === "string" ? JSON.parse(r.details) : r.details,
    createdAt: new Date(r.createdAt),
  };
  await deps.pubsub.publish("session:event", { ...event, createdAt: event.createdAt.toISOString() });
  return event;
}

// ---- lists -----------------------------------------------------------------------------

export interface SessionFilter {
  status?: SessionStatus | null;
  country?: string | null;
  proxy?: string | null;
  targetHost?: string | null;
  startedAfter?: Date | null;
  startedBefore?: Date | null;
  /** Admins only: one user's sessions. */
  userId?: string | null;
}

export function sessionWhere(principal: Principal, f: SessionFilter = {}): Prisma.AutomationSessionWhereInput {
  const where: Prisma.AutomationSessionWhereInput = isAdmin(principal) ? (f.userId ? { userId: f.userId } : {}) : { userId: principal.userId };
  if (f.status) where.status = f.status;
  if (f.country) where.country = f.country.toUpperCase();
  if (f.proxy) where.proxyAddress = f.proxy.toLowerCase();
  if (f.targetHost) where.targetHost = f.targetHost.toLowerCase();
  if (f.startedAfter || f.startedBefore) where.startedAt = { ...(f.startedAfter ? { gte: f.startedAfter } : {}), ...(f.startedBefore ? { lt: f.startedBefore } : {}) };
  return where;
}

export interface EventFilter {
  sessionId?: string | null;
  type?: SessionEventType | null;
  after?: Date | null;
  before?: Date | null;
  userId?: string | null;
}

export function eventWhere(principal: Principal, f: EventFilter = {}): Prisma.SessionEventWhereInput {
  const where: Prisma.SessionEventWhereInput = isAdmin(principal) ? (f.userId ? { userId: f.userId } : {}) : { userId: principal.userId };
  if (f.sessionId) where.sessionId = f.sessionId;
  if (f.type) where.type = f.type;
  if (f.after || f.before) where.createdAt = { ...(f.after ? { gte: f.after } : {}), ...(f.before ? { lt: f.before } : {}) };
  return where;
}

export const sessionOrder: Prisma.AutomationSessionOrderByWithRelationInput[] = [{ startedAt: "desc" }, { id: "desc" }];
export const eventOrder: Prisma.SessionEventOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
