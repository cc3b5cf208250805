// Live proxy-pool events: proxyStatusChanged, poolStats (throttled snapshots), and the
// owner's leaseExpiring / leaseEnded. Events carry ids only; resolvers re-read through
// Prisma so selections and node auth apply as for queries.
import { localId } from "../../graphql/ids.js";
import { Repeater } from "graphql-yoga";
import { SHARED_STREAM } from "../../graphql/shared-streams.js";
import { builder } from "../../graphql/builder.js";
import type { AuthenticatedContext, Context } from "../../graphql/context.js";
import { actingFor, isAdmin } from "../../ownership.js";
import { filtered, type Topics } from "../../pubsub.js";
import { ProxyStatusEnum } from "./enums.schema.js";
import { LeaseNode } from "./leases.schema.js";
import { ProxyNode } from "./proxies.schema.js";
import { PoolStatsRef } from "./stats.schema.js";
import * as stats from "./stats.service.js";

const userId = (id: string | number) => localId(id, "User", "userId");

/** poolStats sends at most one snapshot per this interval, however busy the pool is. */
export const POOL_STATS_THROTTLE_MS = 2_000;

type StatusChange = Topics["proxy:statusChanged"][0];
type LeaseEvent = Topics["lease:ended"][0];

const ProxyStatusChange = builder.objectRef<StatusChange>("ProxyStatusChange").implement({
  fields: (t) => ({
    proxy: t.field({
      type: ProxyNode,
      nullable: true,
      description: "Null when the proxy was deleted meanwhile",
      resolve: (e, _a, ctx) => ctx.prisma.proxy.findUnique({ where: { id: e.proxyId } }),
    }),
    oldStatus: t.field({ type: ProxyStatusEnum, resolve: (e) => e.oldStatus as "ACTIVE" }),
    newStatus: t.field({ type: ProxyStatusEnum, resolve: (e) => e.newStatus as "ACTIVE" }),
  }),
});

builder.subscriptionField("proxyStatusChanged", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ProxyStatusChange,
    extensions: { [SHARED_STREAM]: true },
    description: "A validation changed a proxy's status",
    subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe("proxy:statusChanged"),
    resolve: (event) => event,
  }),
);

builder.subscriptionField("poolStats", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: PoolStatsRef,
    description: `The pool statistics now, then again when proxies change (at most every ${POOL_STATS_THROTTLE_MS / 1000} s)`,
    subscribe: (_root, _args, ctx) => throttledStats(ctx),
    resolve: (snapshot) => snapshot,
  }),
);

/** One snapshot at once, then a trailing-edge throttled one after any status change or discovery. */
function throttledStats(ctx: Context) {
  return new Repeater<stats.PoolStats>(async (push, stop) => {
    let timer: NodeJS.Timeout | undefined;
    let lastAt = 0;
    const fire = async () => {
      timer = undefined;
      lastAt = Date.now();
      try {
        await push(await stats.poolStats(ctx.prisma));
      } catch (err) {
        ctx.log.warn({ err }, "poolStats snapshot failed");
      }
    };
    const schedule = () => {
      if (timer) return; // a snapshot is already coming and will include this change
      timer = setTimeout(fire, Math.max(0, lastAt + POOL_STATS_THROTTLE_MS - Date.now()));
    };
    const sources = [ctx.pubsub.subscribe("proxy:statusChanged"), ctx.pubsub.subscribe("proxies:discovered")];
    for (const source of sources) {
      void (async () => {
        try {
          for await (const _ of source) schedule();
        } finally {
          stop(); // shutdown closed the topic: complete the subscription
        }
      })();
    }
    void fire();
    await stop;
    clearTimeout(timer);
    await Promise.all(sources.map((s) => s.return?.()));
  });
}

/** Owners watch their own leases; admins watch one user (userId) or everyone (no userId). */
function leaseEvents(topic: "lease:expiring" | "lease:ended", ctx: AuthenticatedContext, userIdArg: string | null | undefined) {
  const everyone = !userIdArg && isAdmin(ctx.principal);
  const wanted = everyone ? undefined : actingFor(ctx.principal, userIdArg ? userId(userIdArg) : null, "leases");
  return filtered(
    () => ctx.pubsub.subscribe(topic),
    (e) => wanted === undefined || e.userId === wanted,
  );
}

for (const [field, topic, description] of [
  ["leaseExpiring", "lease:expiring", "A live lease ends within a minute"],
  ["leaseEnded", "lease:ended", "A lease was released or expired"],
] as const) {
  builder.subscriptionField(field, (t) =>
    t.withAuth({ authenticated: true }).prismaField({
      type: LeaseNode,
      nullable: true,
      extensions: { [SHARED_STREAM]: true },
      description: `${description}. Your own leases; admins see every user's unless userId is given`,
      args: { userId: t.arg.id({ required: false, description: "Admins may watch another user" }) },
      subscribe: (_root, args, ctx) => leaseEvents(topic, ctx, args.userId === undefined || args.userId === null ? null : String(args.userId)),
      resolve: (query, event: LeaseEvent, _args, ctx) => ctx.prisma.lease.findUnique({ ...query, where: { id: event.leaseId } }),
    }),
  );
}
