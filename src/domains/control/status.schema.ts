// Status, metrics and shutdown of this node (admins). Seed 001's /api/v1/status, /metrics,
// /shutdown and the `metrics` /ws channel are views of these fields.
import { Repeater } from "graphql-yoga";
import { ForbiddenError, ValidationError } from "../../errors.js";
import { builder } from "../../graphql/builder.js";
import { raises } from "../../graphql/errors.js";
import { nodeMetrics, nodeStatus, type NodeLoad, type NodeMetrics, type NodeStatus } from "./status.service.js";

const NodeStateEnum = builder.enumType("NodeState", { values: ["starting", "running", "draining"] as const });

const Connections = builder.objectRef<NodeStatus["connections"]>("ConnectionCounts").implement({
  fields: (t) => ({ active: t.exposeInt("active"), idle: t.exposeInt("idle"), total: t.exposeInt("total") }),
});

const ServerStatus = builder.objectRef<NodeStatus & { nodeId: string }>("ServerStatus").implement({
  description: "This node as a process",
  fields: (t) => ({
    nodeId: t.exposeString("nodeId"),
    state: t.expose("state", { type: NodeStateEnum }),
    version: t.exposeString("version"),
    uptimeSeconds: t.exposeInt("uptimeSeconds"),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    pid: t.exposeInt("pid"),
    workers: t.exposeInt("workers"),
    connections: t.field({ type: Connections, resolve: (s) => s.connections }),
  }),
});

export const NodeLoadRef = builder.objectRef<NodeLoad>("NodeLoad").implement({
  fields: (t) => ({
    cpu: t.exposeFloat("cpu", { description: "Percent of one CPU" }),
    memory: t.exposeFloat("memory", { description: "Resident memory, percent of the machine's" }),
    connections: t.exposeInt("connections"),
  }),
});

const ServerMetrics = builder.objectRef<NodeMetrics>("ServerMetrics").implement({
  description: "Request figures of this node, from the counters behind Prometheus /metrics",
  fields: (t) => ({
    requestsTotal: t.float({ resolve: (m) => m.requests.total }),
    requestsPerSecond: t.float({ resolve: (m) => m.requests.perSecond }),
    requestsPerMinute: t.float({ resolve: (m) => m.requests.perMinute }),
    latencyP50Ms: t.float({ resolve: (m) => m.latency.p50 }),
    latencyP95Ms: t.float({ resolve: (m) => m.latency.p95 }),
    latencyP99Ms: t.float({ resolve: (m) => m.latency.p99 }),
    latencyAvgMs: t.float({ resolve: (m) => m.latency.avg }),
    bytesIn: t.float({ resolve: (m) => m.bandwidth.inBytes }),
    bytesOut: t.float({ resolve: (m) => m.bandwidth.outBytes }),
    bytesInPerSecond: t.float({ resolve: (m) => m.bandwidth.inRate }),
    bytesOutPerSecond: t.float({ resolve: (m) => m.bandwidth.outRate }),
    errors4xx: t.float({ resolve: (m) => m.errors.status4xx }),
    errors5xx: t.float({ resolve: (m) => m.errors.status5xx }),
    errorRate: t.float({ resolve: (m) => m.errors.rate, description: "Share of requests answered 4xx or 5xx" }),
    load: t.field({ type: NodeLoadRef, resolve: (m) => m.load }),
    timestamp: t.expose("timestamp", { type: "DateTime" }),
  }),
});

builder.queryField("serverStatus", (t) =>
  t.withAuth({ admin: true }).field({
    type: ServerStatus,
    resolve: (_r, _a, ctx) => ({ ...nodeStatus(ctx.node, ctx.config.version), nodeId: ctx.node.nodeId }),
  }),
);

builder.queryField("serverMetrics", (t) =>
  t.withAuth({ admin: true }).field({ type: ServerMetrics, resolve: (_r, _a, ctx) => nodeMetrics(ctx.node) }),
);

builder.subscriptionField("metrics", (t) =>
  t.withAuth({ admin: true }).field({
    type: ServerMetrics,
    description: "This node's metrics now and then every `intervalSeconds` (1-300, default 5)",
    args: { intervalSeconds: t.arg.int({ required: false }) },
    subscribe: (_r, { intervalSeconds }, ctx) => {
      const seconds = intervalSeconds ?? 5;
      if (!Number.isInteger(seconds) || seconds < 1 || seconds > 300) {
        throw new ValidationError("intervalSeconds must be 1-300", [{ field: "intervalSeconds", message: "must be an integer from 1 to 300" }]);
      }
      return new Repeater<NodeMetrics>(async (push, stop) => {
        // Shutdown closes every pub/sub stream: that ends this periodic one too.
        const shutdown = ctx.pubsub.subscribe("cluster:event");
        void (async () => {
          try {
            for await (const _ of shutdown);
          } finally {
            stop();
          }
        })();
        const tick = async () => push(await nodeMetrics(ctx.node)).catch(() => {});
        await tick();
        const timer = setInterval(tick, seconds * 1000);
        await stop;
        clearInterval(timer);
        await shutdown.return?.();
      });
    },
    resolve: (m) => m,
  }),
);

const ShutdownPayload = builder.objectRef<{ accepted: boolean; timeoutSeconds: number; force: boolean }>("ShutdownPayload").implement({
  fields: (t) => ({ accepted: t.exposeBoolean("accepted"), timeoutSeconds: t.exposeInt("timeoutSeconds"), force: t.exposeBoolean("force") }),
});

builder.mutationField("shutdown", (t) =>
  t.withAuth({ admin: true }).field({
    type: ShutdownPayload,
    errors: raises(),
    description:
      "Stops this node gracefully: ready turns false, no new connections, in-flight requests finish and subscriptions " +
      "complete within `timeoutSeconds` (default: SHUTDOWN_TIMEOUT_MS); `force` cuts connections at once. The process exits afterwards.",
    args: {
      input: t.arg({
        required: false,
        type: builder.inputType("ShutdownInput", {
          fields: (f) => ({ timeoutSeconds: f.int({ required: false }), force: f.boolean({ required: false }) }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => {
      if (!ctx.config.control.shutdownApi) throw new ForbiddenError("Shutdown through the API is disabled (SHUTDOWN_API_ENABLED=false)");
      const timeoutSeconds = input?.timeoutSeconds ?? Math.ceil(ctx.config.shutdownTimeoutMs / 1000);
      if (timeoutSeconds < 0 || timeoutSeconds > 3600) {
        throw new ValidationError("Request validation failed", [{ field: "timeout", message: "must be 0-3600 seconds" }]);
      }
      const force = input?.force ?? false;
      ctx.log.warn({ timeoutSeconds, force, by: ctx.principal.userId }, "shutdown requested");
      ctx.node.shutdown({ timeoutMs: timeoutSeconds * 1000, force });
      return { accepted: true, timeoutSeconds, force };
    },
  }),
);
