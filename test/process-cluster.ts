// Real switchyard processes (dist/main.js) on one PostgreSQL database, for the failover test
// and the failover bench: start nodes, find the leader through a node's own API, kill it.
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { SERVER_ENTRY, freePort } from "./server-process.js";

const ROOT = path.resolve(import.meta.dirname, "..");
export const CLUSTER_ADMIN = { email: "admin@local", password: "admin-password-1" };
export const CLUSTER_AUTH = { authorization: `Basic ${Buffer.from(`${CLUSTER_ADMIN.email}:${CLUSTER_ADMIN.password}`).toString("base64")}` };

/** Short heartbeats and lease: a dead leader's lease lapses within 1.5 s + 0.5 s. */
export const FAST_CLUSTER_ENV = {
  JOB_LEASE_TTL_MS: "1500",
  CLUSTER_HEARTBEAT_MS: "250",
  CLUSTER_SUSPECT_AFTER_MS: "1000",
  CLUSTER_DEAD_AFTER_MS: "2000",
};

export interface NodeProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  stderr(): string;
}

export async function startNodeProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<NodeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? os.tmpdir(),
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: "failover-test-secret-of-at-least-32-chars",
      ADMIN_EMAIL: CLUSTER_ADMIN.email,
      ADMIN_PASSWORD: CLUSTER_ADMIN.password,
      LOG_LEVEL: "warn",
      SCHEDULER_ENABLED: "false",
      VALIDATOR_ENABLED: "false",
      LEASE_EVENTS_ENABLED: "false",
      OUTBOUND_ALLOW: "127.0.0.0/8,::1/128",
      ...FAST_CLUSTER_ENV,
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr = (stderr + d).slice(-10_000)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`node exited ${child.exitCode}: ${stderr}`);
    const ok = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 1200) throw new Error(`node did not become ready: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, child, exited, stderr: () => stderr };
}

export interface ClusterStatusBody {
  node_id: string;
  leader_id: string | null;
  nodes: { id: string; state: string; role: string; address: string }[];
}

export async function clusterStatus(node: NodeProcess): Promise<ClusterStatusBody> {
  const res = await fetch(`${node.url}/api/v1/cluster/status`, { headers: CLUSTER_AUTH });
  if (!res.ok) throw new Error(`cluster status ${res.status}: ${await res.text()}`);
  return (await res.json()) as ClusterStatusBody;
}

/** Polls `node` until it names a leader other than `not` (null: any); resolves with it. */
export async function awaitLeader(node: NodeProcess, not: string | null, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const s = await clusterStatus(node).catch(() => undefined);
    if (s?.leader_id && s.leader_id !== not) return s.leader_id;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no new leader within ${timeoutMs} ms`);
}

/** The node id names its process: `<pid>-<uuid>`. */
export const pidOf = (nodeId: string) => Number(nodeId.split("-")[0]);

export interface Term {
  term: number;
  node_id: string;
  started_at: Date;
  last_run_at: Date;
}

/**
 * Leader terms in order. A singleton ran twice at once exactly when a term started before the
 * previous leader's last run: returns those overlaps (empty when none did).
 */
export function overlaps(terms: Term[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < terms.length; i++) {
    const prev = terms[i - 1];
    const next = terms[i];
    if (prev.node_id === next.node_id) out.push(`terms ${prev.term} and ${next.term} have the same leader`);
    if (next.started_at.getTime() < prev.last_run_at.getTime()) out.push(`term ${next.term} started before term ${prev.term}'s last run`);
  }
  return out;
}
