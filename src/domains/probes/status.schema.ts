// The admin's server status (seed 003's /api/admin/status) in GraphQL.
import { builder } from "../../graphql/builder.js";
import { counterFor } from "./request-counter.js";
import { systemStatus, type SystemStatus } from "./status.service.js";

const SystemStatusRef = builder.objectRef<SystemStatus>("SystemStatus").implement({
  description: "Measured now: this node's process, the database, and the cluster's persisted request counters",
  fields: (t) => ({
    version: t.exposeString("version"),
    uptimeSeconds: t.exposeInt("uptimeSeconds"),
    memoryRssBytes: t.exposeFloat("memoryRssBytes"),
    memoryTotalBytes: t.exposeFloat("memoryTotalBytes"),
    cpuPercent: t.exposeFloat("cpuPercent", { description: "This process's CPU since the previous status read, percent of one core" }),
    databaseStatus: t.exposeString("databaseStatus"),
    databaseSizeBytes: t.exposeFloat("databaseSizeBytes"),
    usersCount: t.exposeInt("usersCount"),
    apiKeysCount: t.exposeInt("apiKeysCount"),
    probeJobsCount: t.exposeInt("probeJobsCount"),
    requestsToday: t.exposeFloat("requestsToday"),
    requestsThisMonth: t.exposeFloat("requestsThisMonth"),
    averageResponseMs: t.exposeFloat("averageResponseMs"),
  }),
});

builder.queryField("systemStatus", (t) =>
  t.withAuth({ admin: true }).field({
    type: SystemStatusRef,
    description: "Server status for admins",
    resolve: (_root, _args, ctx) => systemStatus(ctx.sql, counterFor(ctx.prisma, ctx.sql), ctx.config.version),
  }),
);
