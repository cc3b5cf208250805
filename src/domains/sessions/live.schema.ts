// Live session events: sessionStarted, sessionEnded, eventLogged (optionally one session)
// and statsUpdated (throttled). Each reaches only those who may see it: a user their own
// sessions, an admin everyone's or one user's (userId). Started/ended re-read the session
// through Prisma; eventLogged resolves from the event the topic carries (no read per
// subscriber).
import { Repeater } from "graphql-yoga";
import { SHARED_STREAM } from "../../graphql/shared-streams.js";
import { builder } from "../../graphql/builder.js";
import type { AuthenticatedContext } from "../../graphql/context.js";
import { localId } from "../../graphql/ids.js";
import { actingFor, isAdmin } from "../../ownership.js";
import { filtered, type Topics } from "../../pubsub.js";
import type { SessionEventType } from "../../generated/prisma/client.js";
import { SessionEventNode, SessionNode } from "./sessions.schema.js";
import { SessionStatsRef } from "./stats.schema.js";
import * as stats from "./stats.service.js";

/** statsUpdated sends at most one snapshot per this interval. */
export const STATS_THROTTLE_MS = 1_000;

type Topic = "session:started" | "session:ended" | "session:event";

/** Whose events a subscriber gets: undefined = everyone's (admins without userId). */
function audience(ctx: AuthenticatedContext, userIdArg: unknown): string | undefined {
  if (!userIdArg && isAdmin(ctx.principal)) return undefined;
  return actingFor(ctx.principal, userIdArg ? localId(String(userIdArg), "User", "userId") : null, "sessions");
}

/** A topic filtered to the audience (and a predicate). */
function forAudience<T extends Topic>(ctx: AuthenticatedContext, topic: T, wanted: string | undefined, also: (e: Topics[T][0]) => boolean = () => true) {
  return filtered(
    () => (ctx.pubsub.subscribe as (t: Topic) => AsyncIterableIterator<Topics[T][0]>)(topic),
    (e) => (wanted === undefined || e.userId === wanted) && also(e),
  );
}

for (const [field, topic, description] of [
  ["sessionStarted", "session:started", "A session was registered"],
  ["sessionEnded", "session:ended", "A session ended (or was abandoned)"],
] as const) {
  builder.subscriptionField(field, (t) =>
    t.withAuth({ authenticated: true }).prismaField({
      type: SessionNode,
      nullable: true,
      extensions: { [SHARED_STREAM]: true },
      description: `${description}. Your own sessions; admins see everyone's unless userId is given`,
      args: { userId: t.arg.id({ required: false, description: "Admins may watch another user" }) },
      subscribe: (_root, args, ctx) => forAudience(ctx, topic, audience(ctx, args.userId)),
      resolve: (query, event: Topics[typeof topic][0], _args, ctx) => ctx.prisma.automationSession.findUnique({ ...query, where: { id: event.sessionId } }),
    }),
  );
}

builder.subscriptionField("eventLogged", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: SessionEventNode,
    extensions: { [SHARED_STREAM]: true },
    description: "An event was logged on one of your sessions (admins: anyone's), or on the one session named",
    args: {
      sessionId: t.arg.id({ required: false }),
      userId: t.arg.id({ required: false, description: "Admins may watch another user" }),
    },
    subscribe: (_root, args, ctx) => {
      const session = args.sessionId ? localId(String(args.sessionId), "AutomationSession", "sessionId") : null;
      return forAudience(ctx, "session:event", audience(ctx, args.userId), (e) => session === null || e.sessionId === session);
    },
    resolve: (e: Topics["session:event"][0]) => ({
      id: e.id,
      sessionId: e.sessionId,
      userId: e.userId,
      type: e.type as SessionEventType,
      details: e.details as never,
      createdAt: new Date(e.createdAt),
    }),
  }),
);

builder.subscriptionField("statsUpdated", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: SessionStatsRef,
    description: `Your session statistics now, then again after sessions start or end or events arrive (at most once per ${STATS_THROTTLE_MS / 1000} s). Admins: everyone's, or one user's`,
    args: { userId: t.arg.id({ required: false }) },
    subscribe: (_root, args, ctx) => throttledStats(ctx, audience(ctx, args.userId)),
    resolve: (snapshot) => snapshot,
  }),
);

/** One snapshot at once, then a trailing-edge throttled one after any change in scope. */
function throttledStats(ctx: AuthenticatedContext, wanted: string | undefined) {
  return new Repeater<stats.SessionStats>(async (push, stop) => {
    let timer: NodeJS.Timeout | undefined;
    let lastAt = 0;
    const fire = async () => {
      timer = undefined;
      lastAt = Date.now();
      try {
        const snapshot = await stats.sessionStats(ctx.prisma, wanted ?? null);
        // Spaced by when snapshots leave, not when their queries started.
        lastAt = Date.now();
        await push(snapshot);
      } catch (err) {
        ctx.log.warn({ err }, "statsUpdated snapshot failed");
      }
    };
    const schedule = () => {
      if (timer) return; // a snapshot is already coming and will include this change
      timer = setTimeout(fire, Math.max(0, lastAt + STATS_THROTTLE_MS - Date.now()));
    };
    const topics: Topic[] = ["session:started", "session:ended", "session:event"];
    const sources = topics.map((topic) => (ctx.pubsub.subscribe as (t: Topic) => AsyncIterableIterator<{ userId: string }>)(topic));
    for (const source of sources) {
      void (async () => {
        try {
          for await (const e of source) if (wanted === undefined || e.userId === wanted) schedule();
        } finally {
          stop();
        }
      })();
    }
    void fire();
    await stop;
    clearTimeout(timer);
    await Promise.all(sources.map((s) => s.return?.()));
  });
}
