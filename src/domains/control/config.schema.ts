// Live configuration (admins): the running configuration with secrets redacted, its
// history, updates of the live settings and reload. Seed 001's /api/v1/config and /reload
// are views of these fields.
import { builder } from "../../graphql/builder.js";
import { raises } from "../../graphql/errors.js";
import { history, loadLatest, redacted, updateConfig, type UpdateResult } from "./config.service.js";

const ConfigVersionRef = builder.objectRef<{ version: number; settings: unknown; changes: unknown; changedBy: string | null; createdAt: Date }>("ConfigVersion").implement({
  fields: (t) => ({
    version: t.exposeInt("version"),
    settings: t.field({ type: "JSON", resolve: (v) => v.settings }),
    changes: t.field({ type: "JSON", resolve: (v) => v.changes, description: "[{ path, from, to }]" }),
    changedBy: t.exposeString("changedBy", { nullable: true, description: "The admin's user id" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryField("runningConfig", (t) =>
  t.withAuth({ admin: true }).field({
    type: "JSON",
    description: "This node's configuration with passwords, keys, the JWT secret and URL credentials redacted, live settings included",
    resolve: (_r, _a, ctx) => redacted(ctx),
  }),
);

builder.queryField("configHistory", (t) =>
  t.withAuth({ admin: true }).field({
    type: [ConfigVersionRef],
    description: "The latest versions of the live settings, newest first (at most 100)",
    args: { limit: t.arg.int({ required: false }) },
    resolve: (_r, { limit }, ctx) => history(ctx.prisma, Math.min(100, Math.max(1, limit ?? 20))),
  }),
);

const UpdateConfigPayload = builder.objectRef<UpdateResult>("UpdateConfigPayload").implement({
  fields: (t) => ({
    version: t.exposeInt("version"),
    restartRequired: t.exposeBoolean("restartRequired"),
    changes: t.field({ type: "JSON", resolve: (r) => r.changes }),
    restartOnly: t.exposeStringList("restartOnly", { description: "Sections only a restart changes (not applied)" }),
  }),
});

builder.mutationField("updateConfig", (t) =>
  t.withAuth({ admin: true }).field({
    type: UpdateConfigPayload,
    errors: raises(),
    description:
      "Merges `settings` into the live settings (logging.level, rate_limits.api_v1, thresholds), stores a new version and applies it " +
      "on every node; sections that only a restart changes (server, database, redis, jwt, cluster, ssl) answer restartRequired",
    args: { settings: t.arg({ type: "JSON", required: true }) },
    resolve: (_r, { settings }, ctx) => updateConfig(ctx, settings, ctx.principal.userId),
  }),
);

builder.mutationField("reloadConfig", (t) =>
  t.withAuth({ admin: true }).field({
    type: "Int",
    description: "Re-reads the stored live settings, applies them here and on every node; returns the version in force",
    resolve: async (_r, _a, ctx) => {
      const latest = await loadLatest(ctx);
      await ctx.pubsub.publish("config:changed", { version: latest.version });
      return latest.version;
    },
  }),
);
