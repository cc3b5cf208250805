// The `health` query: every legacy health route (seeds 000-004) is a view of this one query.
import { builder } from "../../graphql/builder.js";
import { healthReport, type HealthReport } from "./health.service.js";

const CheckStateEnum = builder.enumType("CheckState", { values: ["ok", "error", "not_configured"] as const });

const Health = builder.objectRef<HealthReport>("Health").implement({
  fields: (t) => ({
    healthy: t.exposeBoolean("healthy"),
    ready: t.exposeBoolean("ready", { description: "The database and a configured Redis answer" }),
    timestamp: t.expose("timestamp", { type: "DateTime" }),
    version: t.exposeString("version"),
    uptimeSeconds: t.exposeInt("uptimeSeconds"),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    databaseKind: t.exposeString("databaseKind", { description: "pglite (embedded) or postgres" }),
    database: t.expose("database", { type: CheckStateEnum }),
    redis: t.expose("redis", { type: CheckStateEnum }),
    diskSpace: t.expose("diskSpace", { type: CheckStateEnum }),
    memory: t.expose("memory", { type: CheckStateEnum }),
    authEnabled: t.boolean({ resolve: () => true, description: "Authentication is always on" }),
    // Driver messages can name internal hosts and ports, so only admins read them.
    errors: t.withAuth({ admin: true }).exposeStringList("errors", { nullable: true }),
  }),
});

builder.queryField("health", (t) =>
  t.field({
    type: Health,
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      const report = await healthReport(ctx.health, ctx.config.version);
      // Not ready while starting or draining: load balancers stop sending before we stop serving.
      if (ctx.node.state() !== "running") report.ready = false;
      // Operators see why a probe failed in the log even though callers see only states.
      if (report.errors.length) ctx.log.warn({ errors: report.errors }, "health check failed");
      return report;
    },
  }),
);
