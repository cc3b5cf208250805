// Seed 000's list filters, read from a query string: shared by the legacy lists and the CSV
// exports (the same filters on both), turned into the GraphQL filter inputs. A bad value
// names its field (422).
import { SessionEventType, SessionStatus } from "../../generated/prisma/client.js";
import { enumQuery, stringQuery } from "../../http/legacy-input.js";
import { LegacyInputError } from "../../http/legacy.js";
import { UUID } from "../../graphql/ids.js";
import { sessionRules } from "./sessions.service.js";

const STATUSES = Object.values(SessionStatus);
const TYPES = Object.values(SessionEventType);

const invalid = (field: string, message: string): never => {
  throw new LegacyInputError(`${field}: ${message}`, [{ field, message }]);
};

/** An ISO 8601 timestamp query parameter. */
export function dateQuery(query: URLSearchParams, field: string): string | undefined {
  const raw = query.get(field);
  if (raw === null || raw === "") return undefined;
  const t = Date.parse(raw);
  return Number.isFinite(t) && /^\d{4}-\d{2}-\d{2}/.test(raw) ? new Date(t).toISOString() : invalid(field, "must be an ISO 8601 timestamp");
}

export function uuidQuery(query: URLSearchParams, field: string): string | undefined {
  const raw = query.get(field);
  if (raw === null || raw === "") return undefined;
  return UUID.test(raw) ? raw.toLowerCase() : invalid(field, "must be a UUID");
}

/** status, country, proxy, target_host, started_after, started_before, user_id (admins). */
export const sessionFilterQuery = (q: URLSearchParams) => ({
  status: enumQuery(q, "status", STATUSES),
  country: stringQuery(q, "country", sessionRules.country),
  proxy: stringQuery(q, "proxy", sessionRules.proxy),
  targetHost: stringQuery(q, "target_host", sessionRules.targetHost),
  startedAfter: dateQuery(q, "started_after"),
  startedBefore: dateQuery(q, "started_before"),
  userId: uuidQuery(q, "user_id"),
});

/** session_id, event_type, after, before, user_id (admins). */
export const eventFilterQuery = (q: URLSearchParams) => ({
  sessionId: uuidQuery(q, "session_id"),
  type: enumQuery(q, "event_type", TYPES),
  after: dateQuery(q, "after"),
  before: dateQuery(q, "before"),
  userId: uuidQuery(q, "user_id"),
});

/** The inverse, for export links handed to GraphQL clients. */
export function filterParams(filter: Record<string, unknown>, names: Record<string, string>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(names)) {
    const v = filter[key];
    if (v === null || v === undefined || v === "") continue;
    params.set(name, v instanceof Date ? v.toISOString() : typeof v === "string" && STATUSES.concat(TYPES as never).includes(v as never) ? v.toLowerCase() : String(v));
  }
  return params;
}

export const SESSION_PARAMS = { status: "status", country: "country", proxy: "proxy", targetHost: "target_host", startedAfter: "started_after", startedBefore: "started_before", userId: "user_id" };
export const EVENT_PARAMS = { sessionId: "session_id", type: "event_type", after: "after", before: "before", userId: "user_id" };
