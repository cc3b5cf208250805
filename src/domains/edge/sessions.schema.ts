// Login sessions for admins (seed 001's /api/v1/sessions): every user's sessions as a
// paginated, filterable, sortable list, and clearing them all. One session is ended with the
// accounts domain's `revokeLoginSession`.
import { builder } from "../../graphql/builder.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { localId } from "../../graphql/ids.js";
import { NotFoundError } from "../../errors.js";
import { raises } from "../../graphql/errors.js";
import { clearLoginSessions, invalidateLoginSession } from "./sessions.service.js";

builder.prismaObjectField("LoginSession", "user", (t) => t.relation("user", { description: "Whose session it is" }));

const SessionSortEnum = builder.enumType("LoginSessionSort", { values: ["CREATED", "LAST_ACCESSED", "EXPIRES"] as const });
const SessionOrderEnum = builder.enumType("LoginSessionOrder", { values: ["ASC", "DESC"] as const });

function where(args: { active?: boolean | null; userId?: string | number | null }): Prisma.LoginSessionWhereInput {
  const now = new Date();
  const active = args.active == null ? {} : args.active ? { revokedAt: null, expiresAt: { gt: now } } : { OR: [{ revokedAt: { not: null } }, { expiresAt: { lte: now } }] };
  return { ...active, ...(args.userId != null && { userId: localId(args.userId, "User", "userId") }) };
}

const SORT_FIELD = { CREATED: "createdAt", LAST_ACCESSED: "lastAccessAt", EXPIRES: "expiresAt" } as const;

builder.queryField("allLoginSessions", (t) =>
  t.withAuth({ admin: true }).prismaConnection({
    type: "LoginSession",
    cursor: "id",
    description: "Every user's login sessions (admins), newest first unless sorted otherwise",
    maxSize: 100,
    defaultSize: 20,
    args: {
      offset: t.arg.int({ required: false, validate: { min: 0, max: 100_000_000 } }),
      active: t.arg.boolean({ required: false, description: "Only active (true) or only ended (false) sessions" }),
      userId: t.arg.id({ required: false }),
      sort: t.arg({ type: SessionSortEnum, required: false }),
      order: t.arg({ type: SessionOrderEnum, required: false }),
    },
    resolve: (query, _r, args, ctx) => {
      const dir = args.order === "ASC" ? "asc" : "desc";
      return ctx.prisma.loginSession.findMany({
        ...query,
        skip: (query.skip ?? 0) + (args.offset ?? 0),
        where: where(args),
        orderBy: [{ [SORT_FIELD[args.sort ?? "CREATED"]]: dir }, { id: dir }],
      });
    },
    totalCount: (_r, args, ctx) => ctx.prisma.loginSession.count({ where: where(args) }),
  }),
);

const ClearPayload = builder.objectRef<{ cleared: number }>("ClearLoginSessionsPayload").implement({
  fields: (t) => ({ cleared: t.exposeInt("cleared", { description: "Sessions ended (the caller's own is kept)" }) }),
});

builder.mutationField("clearLoginSessions", (t) =>
  t.withAuth({ admin: true }).field({
    type: ClearPayload,
    description: "Ends every active login session but the caller's own; their JWTs and cookies stop working at once on every node",
    resolve: async (_r, _a, ctx) => ({ cleared: await clearLoginSessions(ctx, ctx.principal.loginSessionId) }),
  }),
);

builder.queryField("adminLoginSession", (t) =>
  t.withAuth({ admin: true }).prismaField({
    type: "LoginSession",
    nullable: true,
    description: "Any user's login session by id (admins)",
    args: { id: t.arg.id() },
    resolve: (query, _r, args, ctx) => ctx.prisma.loginSession.findUnique({ ...query, where: { id: localId(String(args.id), "LoginSession") } }),
  }),
);

const InvalidatePayload = builder.objectRef<{ id: string }>("InvalidateLoginSessionPayload").implement({
  fields: (t) => ({ invalidatedId: t.globalID({ resolve: (p) => ({ type: "LoginSession", id: p.id }) }) }),
});

builder.mutationField("invalidateLoginSession", (t) =>
  t.withAuth({ admin: true }).field({
    type: InvalidatePayload,
    errors: raises(NotFoundError),
    description: "Ends any user's login session (admins); its JWT and cookie stop working at once on every node",
    args: { id: t.arg.id() },
    resolve: async (_r, args, ctx) => ({ id: await invalidateLoginSession(ctx, localId(String(args.id), "LoginSession")) }),
  }),
);
