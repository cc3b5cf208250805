// Three real switchyard processes on one PostgreSQL database: the leader's process is
// killed (SIGKILL, no goodbye), a new leader is elected within 10 s, the dead node is declared
// failed, and the leader terms show no two nodes ever ran the singletons at once.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeIfPostgres, freshPostgres } from "./helpers.js";
import { awaitLeader, clusterStatus, overlaps, pidOf, startNodeProcess, type NodeProcess, type Term } from "./process-cluster.js";
import { buildServer } from "./server-process.js";

describeIfPostgres("cluster failover: three processes on one PostgreSQL", () => {
  let db: Awaited<ReturnType<typeof freshPostgres>>;
  const nodes: NodeProcess[] = [];

  beforeAll(async () => {
    await buildServer();
    db = await freshPostgres();
    // One at a time: the first one migrates the database and creates the admin.
    for (let i = 0; i < 3; i++) nodes.push(await startNodeProcess(db.url));
  }, 240_000);
  afterAll(async () => {
    for (const n of nodes) if (n.child.exitCode === null) n.child.kill("SIGKILL");
    await Promise.all(nodes.map((n) => n.exited));
    await db?.drop();
  });

  it("elects a new leader within 10 s of the leader's death, and no singleton runs twice", async () => {
    const leader = await awaitLeader(nodes[0], null);
    let status = await clusterStatus(nodes[1]);
    for (let i = 0; i < 100 && status.nodes.filter((n) => n.state === "active").length < 3; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = await clusterStatus(nodes[1]);
    }
    expect(status.nodes.filter((n) => n.state === "active")).toHaveLength(3);
    expect(status.nodes.filter((n) => n.role === "leader").map((n) => n.id)).toEqual([leader]);

    const victim = nodes.find((n) => n.child.pid === pidOf(leader))!;
    expect(victim).toBeDefined();
    const survivor = nodes.find((n) => n !== victim)!;
    const killedAt = Date.now();
    victim.child.kill("SIGKILL");
    await victim.exited;
    const next = await awaitLeader(survivor, leader);
    const tookMs = Date.now() - killedAt;
    expect(next).not.toBe(leader);
    expect(tookMs).toBeLessThan(10_000);

    // The new leader declares the silent node dead.
    let dead: string | undefined;
    for (let i = 0; i < 200 && dead !== "dead"; i++) {
      dead = (await clusterStatus(survivor)).nodes.find((n) => n.id === leader)?.state;
      if (dead !== "dead") await new Promise((r) => setTimeout(r, 50));
    }
    expect(dead).toBe("dead");

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<Term>("SELECT term, node_id, started_at, last_run_at FROM cluster_leader_terms ORDER BY term");
      expect(rows.map((r) => r.node_id)).toEqual([leader, next]);
      expect(overlaps(rows)).toEqual([]);
    } finally {
      await client.end();
    }
  }, 60_000);
});
