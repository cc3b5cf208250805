// failover: three real switchyard processes on one fresh PostgreSQL database; the leader's
// process is killed (SIGKILL) `--kills` times (default 10), each time a replacement node is
// started so three stay. Measures the time from the kill to a surviving node naming a new
// leader (median, max), next to the same-run floor: the configured lease TTL, since a dead
// holder's lease row cannot be taken before it lapses. Fails if leader terms ever overlap
// (a singleton run twice at once).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { awaitLeader, clusterStatus, FAST_CLUSTER_ENV, overlaps, pidOf, startNodeProcess, type NodeProcess, type Term } from "../test/process-cluster.js";
import { buildServer } from "../test/server-process.js";
import { parseFlags } from "./lib/args.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { LOCAL_POSTGRES } from "./lib/postgres.js";
import { loadAverage, machine } from "./lib/report.js";

export const NAME = "failover";

async function sql<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function run(argv: string[]): Promise<void> {
  const { kills } = parseFlags(argv, { kills: 10 });
  await buildServer();
  const name = `sy_bench_failover_${randomBytes(4).toString("hex")}`;
  await sql(LOCAL_POSTGRES, (c) => c.query(`CREATE DATABASE ${name}`));
  const u = new URL(LOCAL_POSTGRES);
  u.pathname = `/${name}`;
  const url = u.toString();
  const nodes: NodeProcess[] = [];
  const times: number[] = [];
  try {
    for (let i = 0; i < 3; i++) nodes.push(await startNodeProcess(url));
    let leader = await awaitLeader(nodes[0], null);
    for (let k = 0; k < kills; k++) {
      const victim = nodes.find((n) => n.child.pid === pidOf(leader));
      if (!victim) throw new Error(`leader ${leader} is not one of the bench's processes`);
      const survivor = nodes.find((n) => n !== victim && n.child.exitCode === null)!;
      const killedAt = performance.now();
      victim.child.kill("SIGKILL");
      const next = await awaitLeader(survivor, leader);
      times.push(performance.now() - killedAt);
      console.log(`kill ${k + 1}/${kills}: new leader after ${Math.round(times.at(-1)!)} ms`);
      nodes.splice(nodes.indexOf(victim), 1);
      await victim.exited;
      nodes.push(await startNodeProcess(url));
      leader = next;
      // Let the replacement's heartbeats settle so every round starts from three members.
      for (let i = 0; i < 100 && (await clusterStatus(survivor)).nodes.filter((n) => n.state === "active").length < 3; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const terms = await sql(url, (c) => c.query<Term>("SELECT term, node_id, started_at, last_run_at FROM cluster_leader_terms ORDER BY term")).then((r) => r.rows);
    const problems = overlaps(terms);
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const max = sorted.at(-1)!;
    const ttl = Number(FAST_CLUSTER_ENV.JOB_LEASE_TTL_MS);
    const lines = [
      `## failover`,
      "",
      `${new Date().toISOString().slice(0, 10)}, ${machine()}, load ${loadAverage()}. Three \`dist/main.js\` processes on one fresh PostgreSQL`,
      `database; the leader killed with SIGKILL ${kills} times (a replacement started after each kill). Time = kill to a`,
      `surviving node's \`/api/v1/cluster/status\` naming a new leader (polled every 25 ms). Settings:`,
      `JOB_LEASE_TTL_MS=${ttl}, CLUSTER_HEARTBEAT_MS=${FAST_CLUSTER_ENV.CLUSTER_HEARTBEAT_MS}.`,
      "",
      "| | ms |",
      "|---|---|",
      `| median time to a new leader | ${Math.round(median)} |`,
      `| max time to a new leader | ${Math.round(max)} |`,
      `| baseline: lease TTL (a dead leader's lease cannot be taken sooner than its expiry) | ${ttl} |`,
      "",
      `Median ${(median / ttl).toFixed(2)}× the lease TTL (target: under 10 s). Leader terms: ${terms.length}, overlapping: ${problems.length} ` +
        `(no singleton ran twice${problems.length ? ": FAILED" : ""}).`,
    ];
    console.log(`\n${lines.join("\n")}`);
    await recordSection(NAME, lines.join("\n"));
    if (problems.length) throw new Error(`singletons ran twice: ${problems.join("; ")}`);
  } finally {
    for (const n of nodes) if (n.child.exitCode === null) n.child.kill("SIGKILL");
    await Promise.all(nodes.map((n) => n.exited));
    await sql(LOCAL_POSTGRES, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}
