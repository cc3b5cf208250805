// Cluster membership and leadership (admins): status, nodes, election, leave, join,
// rebalance and the `clusterEvents` subscription. Seed 001's /api/v1/cluster/* routes and the
// `cluster` /ws channel are views of these fields.
import { ValidationError } from "../../errors.js";
import { SHARED_STREAM } from "../../graphql/shared-streams.js";
import { builder } from "../../graphql/builder.js";
import { raises } from "../../graphql/errors.js";
import type { AuthenticatedContext } from "../../graphql/context.js";
import {
  clusterNode,
  clusterStatus,
  forceElection,
  leave,
  rebalance,
  type ClusterEvent,
  type ClusterNodeView,
  type ClusterView,
  type ReleasedClaims,
} from "./cluster.service.js";
import { NodeLoadRef } from "./status.schema.js";

/** Service deps from a request: this node's listening address is not known there. */
const deps = (ctx: AuthenticatedContext) => ({ ...ctx, address: () => undefined });

const NodeStateNameEnum = builder.enumType("ClusterNodeStateName", { values: ["active", "suspect", "dead", "left"] as const });
const RoleEnum = builder.enumType("ClusterRole", { values: ["leader", "follower"] as const });
const EventEnum = builder.enumType("ClusterEventName", { values: ["node_joined", "node_left", "node_failed", "leader_elected"] as const });

const ClusterNodeRef = builder.objectRef<ClusterNodeView>("ClusterNode").implement({
  description: "A switchyard process of this cluster (one PostgreSQL database)",
  fields: (t) => ({
    id: t.exposeString("id"),
    address: t.exposeString("address"),
    state: t.expose("state", { type: NodeStateNameEnum }),
    role: t.expose("role", { type: RoleEnum }),
    version: t.exposeString("version"),
    pid: t.exposeInt("pid"),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    lastHeartbeatAt: t.expose("lastHeartbeatAt", { type: "DateTime" }),
    load: t.field({ type: NodeLoadRef, resolve: (n) => n.load }),
  }),
});

const ClusterStatusRef = builder.objectRef<ClusterView>("ClusterStatus").implement({
  fields: (t) => ({
    enabled: t.exposeBoolean("enabled"),
    nodeId: t.exposeString("nodeId", { description: "The node that answered" }),
    role: t.expose("role", { type: RoleEnum, description: "The answering node's role" }),
    clusterName: t.exposeString("clusterName"),
    leaderId: t.exposeString("leaderId", { nullable: true }),
    nodes: t.field({ type: [ClusterNodeRef], resolve: (s) => s.nodes }),
  }),
});

builder.queryField("clusterStatus", (t) =>
  t.withAuth({ admin: true }).field({ type: ClusterStatusRef, resolve: (_r, _a, ctx) => clusterStatus(ctx) }),
);

builder.queryField("clusterNode", (t) =>
  t.withAuth({ admin: true }).field({
    type: ClusterNodeRef,
    nullable: true,
    args: { id: t.arg.string({ required: true }) },
    resolve: (_r, { id }, ctx) => clusterNode(ctx, id),
  }),
);

const ReleasedClaimsRef = builder.objectRef<ReleasedClaims>("ReleasedClaims").implement({
  description: "Claims of departed (dead or left) nodes a rebalance handed back, per kind of work",
  fields: (t) => ({
    proxyChecks: t.exposeInt("proxyChecks", { description: "Proxy validations claimed and not finished" }),
    deliveries: t.exposeInt("deliveries", { description: "Notification deliveries claimed and not sent" }),
  }),
});

type ActionResult = { success: boolean; message: string; status: ClusterView; released?: ReleasedClaims };

const ClusterActionPayload = builder.objectRef<ActionResult>("ClusterActionPayload").implement({
  fields: (t) => ({
    success: t.exposeBoolean("success"),
    message: t.exposeString("message"),
    status: t.field({ type: ClusterStatusRef, resolve: (p) => p.status }),
    released: t.field({
      type: ReleasedClaimsRef,
      nullable: true,
      description: "clusterRebalance only: the claims it handed back",
      resolve: (p) => p.released ?? null,
    }),
  }),
});

const action = async (ctx: AuthenticatedContext, message: string, released?: ReleasedClaims): Promise<ActionResult> => ({
  success: true,
  message,
  status: await clusterStatus(ctx),
  released,
});

builder.mutationField("clusterElection", (t) =>
  t.withAuth({ admin: true }).field({
    type: ClusterActionPayload,
    description: "Forces a new leader election: the lease goes to nobody for one lease TTL, then the nodes contend (the old leader may win again)",
    resolve: async (_r, _a, ctx) => {
      await forceElection(ctx);
      return action(ctx, "Leader election started");
    },
  }),
);

builder.mutationField("clusterLeave", (t) =>
  t.withAuth({ admin: true }).field({
    type: ClusterActionPayload,
    description: "The answering node leaves the cluster: its background jobs stop (leadership passes on), it keeps serving requests until shut down",
    resolve: async (_r, _a, ctx) => {
      await leave(deps(ctx));
      return action(ctx, "Node left the cluster");
    },
  }),
);

builder.mutationField("clusterJoin", (t) =>
  t.withAuth({ admin: true }).field({
    type: ClusterActionPayload,
    errors: raises(),
    description:
      "Accepted for compatibility: membership comes from the shared PostgreSQL database, so every node is already a member; " +
      "`seedNodes` are not contacted. A `clusterName` other than this cluster's is a validation error.",
    args: {
      input: t.arg({
        required: false,
        type: builder.inputType("ClusterJoinInput", {
          fields: (f) => ({ seedNodes: f.stringList({ required: false }), clusterName: f.string({ required: false }) }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => {
      if (input?.clusterName && input.clusterName !== ctx.config.control.clusterName) {
        throw new ValidationError("Request validation failed", [{ field: "cluster_name", message: `this cluster is named ${ctx.config.control.clusterName}` }]);
      }
      return action(ctx, "Already a member: membership is the shared database");
    },
  }),
);

builder.mutationField("clusterRebalance", (t) =>
  t.withAuth({ admin: true }).field({
    type: ClusterActionPayload,
    description:
      "Redistributes claimed periodic work (proxy validations, notification deliveries, backend health checks): failure " +
      "detection runs now when the answering node leads, the unexpired claims of dead and departed nodes are handed back, " +
      "and every node's claim jobs wake to take their share at once. `released` counts what was handed back.",
    resolve: async (_r, _a, ctx) => {
      const released = await rebalance(deps(ctx));
      const n = released.proxyChecks + released.deliveries;
      return action(ctx, n ? `Cluster rebalanced: ${n} claim${n === 1 ? "" : "s"} of departed nodes handed back` : "Cluster rebalanced", released);
    },
  }),
);

const ClusterEventRef = builder.objectRef<ClusterEvent>("ClusterEvent").implement({
  fields: (t) => ({
    event: t.expose("event", { type: EventEnum }),
    nodeId: t.exposeString("nodeId"),
    address: t.exposeString("address", { nullable: true }),
    at: t.field({ type: "DateTime", resolve: (e) => new Date(e.at) }),
  }),
});

builder.subscriptionField("clusterEvents", (t) =>
  t.withAuth({ admin: true }).field({
    type: ClusterEventRef,
    extensions: { [SHARED_STREAM]: true },
    description: "node_joined, node_left, node_failed and leader_elected, from every node",
    subscribe: (_r, _a, ctx) => ctx.pubsub.subscribe("cluster:event"),
    resolve: (e) => e,
  }),
);
