// Cluster membership and leadership, all in PostgreSQL (PGlite: a cluster of one).
// Every node upserts its row in cluster_nodes on each heartbeat (cluster.job.ts). The leader
// is whoever holds the `cluster.leader` lease row of the job runner (src/jobs/leases.ts): it
// runs every singleton job, among them its duties here: opening its term and marking nodes
// whose heartbeats stopped suspect, then dead. Events go out on the `cluster:event` topic
// and as `cluster.*` notifications.
import type { Logger } from "pino";
import type { Config } from "../../config.js";
import type { Db } from "../../db.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { NodeRuntime } from "../../graphql/context.js";
import { createJobLeases, LEADER_LEASE } from "../../jobs/leases.js";
import type { PubSub, Topics } from "../../pubsub.js";
import { notify } from "../notifications/notify.service.js";
import { liveSettings } from "./config.service.js";
import { nodeLoad } from "./status.service.js";

export interface ClusterDeps {
  prisma: Db;
  pubsub: PubSub;
  log: Logger;
  config: Config;
  events: Readonly<Record<string, string>>;
  node: NodeRuntime;
  address(): { address: string; port: number } | undefined;
}

export type ClusterEvent = Topics["cluster:event"][0];
export type NodeStateName = "active" | "suspect" | "dead" | "left";

export interface ClusterNodeView {
  id: string;
  address: string;
  state: NodeStateName;
  role: "leader" | "follower";
  version: string;
  pid: number;
  startedAt: Date;
  lastHeartbeatAt: Date;
  load: { cpu: number; memory: number; connections: number };
}

export interface ClusterView {
  enabled: boolean;
  nodeId: string;
  role: "leader" | "follower";
  clusterName: string;
  leaderId: string | null;
  nodes: ClusterNodeView[];
}

const addressOf = (deps: ClusterDeps) => {
  const a = deps.address();
  return a ? `${a.address.includes(":") ? `[${a.address}]` : a.address}:${a.port}` : "";
};

export async function raise(deps: ClusterDeps, event: ClusterEvent["event"], nodeId: string, address: string | null) {
  const payload: ClusterEvent = { event, nodeId, address, at: new Date().toISOString() };
  await deps.pubsub.publish("cluster:event", payload);
  void notify(deps, `cluster.${event}`, { node_id: nodeId, address });
  deps.log.info({ event, nodeId, address }, "cluster event");
}

/** One heartbeat: this node's row with its load, written in one statement. Announces a join. */
export async function heartbeat(deps: ClusterDeps): Promise<void> {
  const load = nodeLoad(deps.node);
  const address = addressOf(deps);
  // xmax = 0 only on a freshly inserted row: that is the join. A row marked dead or left by
  // mistake (a long pause) comes back to active, and that is a join too. A node that left
  // stays left, even if a heartbeat in flight while it left lands afterwards.
  const rows = await deps.prisma.$queryRaw<{ joined: boolean }[]>`
    WITH prev AS (SELECT state FROM cluster_nodes WHERE id = ${deps.node.nodeId})
    INSERT INTO cluster_nodes (id, address, version, pid, state, started_at, joined_at, last_heartbeat, cpu, memory, connections)
    VALUES (${deps.node.nodeId}, ${address}, ${deps.config.version}, ${process.pid}, 'ACTIVE', ${deps.node.startedAt},
            now(), now(), ${load.cpu}, ${load.memory}, ${load.connections})
    ON CONFLICT (id) DO UPDATE SET address = EXCLUDED.address, state = 'ACTIVE', last_heartbeat = now(),
      cpu = EXCLUDED.cpu, memory = EXCLUDED.memory, connections = EXCLUDED.connections
    WHERE cluster_nodes.state <> 'LEFT'
    RETURNING (xmax = 0 OR (SELECT state FROM prev) IN ('DEAD', 'LEFT')) AS joined`;
  if (rows[0]?.joined) await raise(deps, "node_joined", deps.node.nodeId, address);
}

/**
 * The leader's duties (a singleton job, so only the lease holder runs them): keep its term
 * current (a new term announces `leader_elected`), then mark silent nodes suspect and dead,
 * handing back the claims of those it marks dead. Returns what was handed back.
 */
export async function leaderDuties(deps: ClusterDeps): Promise<ReleasedClaims> {
  const me = deps.node.nodeId;
  const stamped = await deps.prisma.$executeRaw`
    UPDATE cluster_leader_terms SET last_run_at = now()
    WHERE term = (SELECT max(term) FROM cluster_leader_terms) AND node_id = ${me}`;
  if (stamped === 0) {
    await deps.prisma.clusterLeaderTerm.create({ data: { nodeId: me } });
    await raise(deps, "leader_elected", me, addressOf(deps));
  }
  const { suspectAfterMs, deadAfterMs } = liveSettings(deps).thresholds;
  const changed = await deps.prisma.$queryRaw<{ id: string; address: string; state: string }[]>`
    UPDATE cluster_nodes n
    SET state = CASE WHEN n.last_heartbeat < now() - ${deadAfterMs}::int * interval '1 millisecond'
                     THEN 'DEAD'::"ClusterNodeState" ELSE 'SUSPECT'::"ClusterNodeState" END
    WHERE n.id <> ${me}
      AND ((n.state = 'ACTIVE' AND n.last_heartbeat < now() - ${suspectAfterMs}::int * interval '1 millisecond')
        OR (n.state = 'SUSPECT' AND n.last_heartbeat < now() - ${deadAfterMs}::int * interval '1 millisecond'))
    RETURNING n.id, n.address, n.state::text AS state`;
  for (const n of changed) {
    if (n.state === "DEAD") await raise(deps, "node_failed", n.id, n.address);
    else deps.log.warn({ nodeId: n.id }, "cluster node is suspect (missed heartbeats)");
  }
  // A dead node's claims go back at once rather than when they lapse; the live nodes take them.
  const dead = changed.filter((n) => n.state === "DEAD").map((n) => n.id);
  const released = dead.length ? await releaseClaims(deps, dead) : { proxyChecks: 0, deliveries: 0 };
  if (released.proxyChecks + released.deliveries > 0) await handBack(deps, released);
  // Rows of nodes gone for a day are history nobody reads.
  await deps.prisma.$executeRaw`
    DELETE FROM cluster_nodes WHERE state IN ('DEAD', 'LEFT') AND last_heartbeat < now() - interval '1 day'`;
  return released;
}

/** Claims handed back by a rebalance, per kind of work. */
export interface ReleasedClaims {
  proxyChecks: number;
  deliveries: number;
}

/**
 * Hands back the unexpired claims held by `nodeIds`, or by every node marked dead or left:
 * their rows are due again for any node. Claims of active and suspect nodes are left alone (a
 * suspect node may still be working). A departed node that was only paused finds its claim
 * gone when it writes: a proxy verdict then lands only under the new claim (verdict-writer.ts),
 * a delivery outcome is discarded (deliveries.service.ts), so nothing is recorded twice.
 */
export async function releaseClaims(deps: Pick<ClusterDeps, "prisma">, nodeIds?: string[]): Promise<ReleasedClaims> {
  const gone = nodeIds
    ? Prisma.sql`SELECT unnest(${nodeIds}::text[])`
    : Prisma.sql`SELECT id FROM cluster_nodes WHERE state IN ('DEAD', 'LEFT')`;
  const [row] = await deps.prisma.$queryRaw<{ proxies: number; deliveries: number }[]>`
    WITH gone AS (${gone}),
    p AS (
      UPDATE proxies SET claimed_until = NULL, claimed_by = NULL
      WHERE claimed_by IN (SELECT * FROM gone) AND claimed_until > now()
      RETURNING 1
    ), d AS (
      UPDATE notification_deliveries SET claimed_until = NULL, claimed_by = NULL
      WHERE claimed_by IN (SELECT * FROM gone) AND claimed_until > now() AND status = 'PENDING'
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM p)::int AS proxies, (SELECT count(*) FROM d)::int AS deliveries`;
  return { proxyChecks: Number(row?.proxies ?? 0), deliveries: Number(row?.deliveries ?? 0) };
}

/** Wakes every node's claim jobs (validator, deliveries, health checks) to take their share now. */
async function handBack(deps: Pick<ClusterDeps, "pubsub" | "log" | "node">, released: ReleasedClaims) {
  const total = released.proxyChecks + released.deliveries;
  if (total) deps.log.info({ ...released }, "handed back the claims of departed nodes");
  await deps.pubsub.publish("cluster:rebalance", { by: deps.node.nodeId, released: total });
}

/**
 * A rebalance, asked for on any node: the leader's duties run now when this node leads (silent
 * nodes marked dead without waiting for the next run), every departed node's unexpired claims
 * are handed back, and every node's claim jobs wake to take their share. Periodic work is
 * claimed row by row (FOR UPDATE SKIP LOCKED), so once woken each live node claims what it
 * has room for: that is the redistribution, with no assignment table to keep.
 */
export async function rebalance(deps: ClusterDeps): Promise<ReleasedClaims> {
  const first = (await leaderId(deps)) === deps.node.nodeId ? await leaderDuties(deps) : { proxyChecks: 0, deliveries: 0 };
  const rest = await releaseClaims(deps);
  await handBack(deps, rest);
  return { proxyChecks: first.proxyChecks + rest.proxyChecks, deliveries: first.deliveries + rest.deliveries };
}

export async function leaderId(deps: Pick<ClusterDeps, "prisma" | "node" | "config">): Promise<string | null> {
  return createJobLeases(deps.prisma, deps.node.nodeId, deps.config.jobs.leaseTtlMs).holder(LEADER_LEASE);
}

const view = (n: {
  id: string;
  address: string;
  state: string;
  version: string;
  pid: number;
  startedAt: Date;
  lastHeartbeat: Date;
  cpu: number;
  memory: number;
  connections: number;
}, leader: string | null): ClusterNodeView => ({
  id: n.id,
  address: n.address,
  state: n.state.toLowerCase() as NodeStateName,
  role: n.id === leader ? "leader" : "follower",
  version: n.version,
  pid: n.pid,
  startedAt: n.startedAt,
  lastHeartbeatAt: n.lastHeartbeat,
  load: { cpu: n.cpu, memory: n.memory, connections: n.connections },
});

/** Members first (active, suspect), then the dead and departed, each by join time. */
export async function clusterNodes(deps: Pick<ClusterDeps, "prisma" | "node" | "config">): Promise<ClusterNodeView[]> {
  const [rows, leader] = await Promise.all([
    deps.prisma.clusterNode.findMany({ orderBy: [{ state: "asc" }, { joinedAt: "asc" }], take: 500 }),
    leaderId(deps),
  ]);
  return rows.map((r) => view(r, leader));
}

export async function clusterNode(deps: Pick<ClusterDeps, "prisma" | "node" | "config">, id: string): Promise<ClusterNodeView | null> {
  const [row, leader] = await Promise.all([deps.prisma.clusterNode.findUnique({ where: { id } }), leaderId(deps)]);
  return row ? view(row, leader) : null;
}

export async function clusterStatus(deps: Pick<ClusterDeps, "prisma" | "node" | "config">): Promise<ClusterView> {
  const nodes = await clusterNodes(deps);
  const leader = nodes.find((n) => n.role === "leader")?.id ?? null;
  return {
    // Always on: every node is a member, an embedded one of a cluster of one.
    enabled: true,
    nodeId: deps.node.nodeId,
    role: leader === deps.node.nodeId ? "leader" : "follower",
    clusterName: deps.config.control.clusterName,
    leaderId: leader,
    nodes,
  };
}

/**
 * A new election: the leader lease is handed to nobody for one lease TTL. The old leader's
 * next renewal (every TTL/3) fails, so it stops running singletons before the row lapses;
 * then every node's renewal contends and the first one wins (possibly the same node).
 */
export async function forceElection(deps: Pick<ClusterDeps, "prisma" | "config">): Promise<void> {
  await deps.prisma.$executeRaw`
    UPDATE job_leases SET holder = '', expires_at = now() + ${deps.config.jobs.leaseTtlMs}::int * interval '1 millisecond', updated_at = now()
    WHERE name = ${LEADER_LEASE}`;
}

/** Marks this node as gone on purpose (the heartbeat job's onStop: leave or shutdown). */
export async function markLeft(deps: ClusterDeps): Promise<void> {
  const n = await deps.prisma.clusterNode.updateMany({ where: { id: deps.node.nodeId, state: { not: "LEFT" } }, data: { state: "LEFT" } });
  if (n.count) await raise(deps, "node_left", deps.node.nodeId, addressOf(deps));
}

/** This node leaves: its jobs stop (so its heartbeat ends with markLeft and the leader lease is given up). */
export async function leave(deps: ClusterDeps): Promise<void> {
  await deps.node.retire();
}
