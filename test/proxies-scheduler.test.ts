// The source scheduler: due active sources are claimed in the database (FOR UPDATE SKIP
// LOCKED) so concurrent claimers, on one node or on two nodes sharing PostgreSQL, take each
// due source exactly once per tick and move it to its next cron time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../src/db.js";
import { claimDueSources, schedulerTick } from "../src/domains/proxies/sources.job.js";
import type { SourceDeps } from "../src/domains/proxies/sources.service.js";
import { describeIfPostgres, startNode, type TestNode, useNode } from "./helpers.js";
import { startSourceServer, type SourceServer } from "./proxies-source-server.js";

const past = () => new Date(Date.now() - 60_000);
const farFuture = () => new Date(Date.now() + 86_400_000);

/** Due, not-yet-due and inactive sources; returns the ids of the due ones. */
async function seed(prisma: Db, url: (i: number) => string, due: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < due; i++) {
    const s = await prisma.source.create({ data: { url: url(i), parserName: "plaintext", cronSchedule: "*/30 * * * *", nextScrapeAt: past() } });
    ids.push(s.id);
  }
  await prisma.source.create({ data: { url: url(-1), parserName: "plaintext", cronSchedule: "*/30 * * * *", nextScrapeAt: farFuture() } });
  await prisma.source.create({ data: { url: url(-2), parserName: "plaintext", cronSchedule: "*/30 * * * *", nextScrapeAt: past(), isActive: false } });
  return ids.sort();
}

const deps = (node: TestNode): SourceDeps => ({ ...node.app, prisma: node.app.db.prisma, config: node.app.config });

/** Claims concurrently from several clients until nothing is left; returns every claimed id. */
async function claimAll(clients: Db[], perCall: number, callsPerClient: number): Promise<string[]> {
  const calls = clients.flatMap((c) => Array.from({ length: callsPerClient }, () => claimDueSources(c, perCall)));
  return (await Promise.all(calls)).flat().map((s) => s.id);
}

function expectExactlyOnce(claimed: string[], due: string[]) {
  expect(new Set(claimed).size).toBe(claimed.length); // nothing claimed twice
  expect([...claimed].sort()).toEqual(due); // every due source claimed, nothing else
}

describe("source scheduler (one node)", () => {
  const { node } = useNode();
  let lists: SourceServer;
  beforeAll(async () => {
    lists = await startSourceServer();
  });
  afterAll(async () => {
    await lists?.close();
  });

  it("claims each due active source once across concurrent claimers and moves it to the next cron time", async () => {
    const prisma = node.app.db.prisma;
    await prisma.source.deleteMany({});
    const due = await seed(prisma, (i) => `http://127.0.0.1:9/${i}`, 12);
    const claimed = await claimAll([prisma], 3, 8);
    expectExactlyOnce(claimed, due);
    const rows = await prisma.source.findMany({ where: { id: { in: due } } });
    for (const r of rows) {
      expect(r.nextScrapeAt.getTime()).toBeGreaterThan(Date.now());
      expect([0, 30]).toContain(r.nextScrapeAt.getUTCMinutes());
    }
    // Nothing is due any more this tick.
    expect(await claimDueSources(prisma, 100)).toEqual([]);
  });

  it("a tick scrapes what is due and records a run for each", async () => {
    const prisma = node.app.db.prisma;
    await prisma.source.deleteMany({});
    lists.set("/tick", "192.0.2.200:8080\n192.0.2.201:8080\n");
    const due = await seed(prisma, (i) => (i >= 0 ? lists.url("/tick") : lists.url("/never")), 3);
    const before = lists.hits("/tick");
    const results = await schedulerTick(deps(node));
    expect(results.map((r) => r.sourceId).sort()).toEqual(due);
    expect(results.every((r) => r.error === null && r.proxiesDiscovered === 2)).toBe(true);
    expect(lists.hits("/tick")).toBe(before + 3);
    expect(lists.hits("/never")).toBe(0);
    for (const id of due) expect(await prisma.scrapeRun.count({ where: { sourceId: id } })).toBe(1);
    expect(await schedulerTick(deps(node))).toEqual([]);
  });
});

describe("source scheduler loop", () => {
  it("runs when SCHEDULER_ENABLED and scrapes a new source without being asked", async () => {
    const lists = await startSourceServer();
    const node = await startNode({ env: { SCHEDULER_ENABLED: "true", SCHEDULER_TICK_MS: "100" } });
    try {
      const src = await node.app.db.prisma.source.create({ data: { url: lists.url("/plaintext"), parserName: "plaintext", cronSchedule: "0 0 1 1 *" } });
      let runs = 0;
      for (let i = 0; i < 200 && runs === 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
        runs = await node.app.db.prisma.scrapeRun.count({ where: { sourceId: src.id, finishedAt: { not: null } } });
      }
      expect(runs).toBe(1);
      const after = await node.app.db.prisma.source.findUniqueOrThrow({ where: { id: src.id } });
      expect(after.lastScrapedAt).not.toBeNull();
      expect(after.nextScrapeAt.getUTCMonth()).toBe(0); // next 1 January
    } finally {
      await node.close();
      await lists.close();
    }
  });
});

describeIfPostgres("source scheduler (two nodes sharing PostgreSQL)", () => {
  let a: TestNode;
  let b: TestNode;
  let lists: SourceServer;
  beforeAll(async () => {
    lists = await startSourceServer();
    a = await startNode();
    b = await startNode({ databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close(); // drops the shared database
    await lists?.close();
  });

  it("claims each due source exactly once across both nodes", async () => {
    for (let round = 0; round < 3; round++) {
      await a.app.db.prisma.source.deleteMany({});
      const due = await seed(a.app.db.prisma, (i) => `http://127.0.0.1:9/${round}/${i}`, 40);
      const claimed = await claimAll([a.app.db.prisma, b.app.db.prisma], 4, 8);
      expectExactlyOnce(claimed, due);
    }
  });

  it("ticks on both nodes scrape each due source once", async () => {
    await a.app.db.prisma.source.deleteMany({});
    lists.set("/cluster", "192.0.2.210:8080\n192.0.2.211:3128\n");
    const due = await seed(a.app.db.prisma, () => lists.url("/cluster"), 10);
    const [ra, rb] = await Promise.all([schedulerTick(deps(a), { batch: 3 }), schedulerTick(deps(b), { batch: 3 })]);
    const rest = await Promise.all([schedulerTick(deps(a)), schedulerTick(deps(b))]);
    const all = [...ra, ...rb, ...rest.flat()].map((r) => r.sourceId);
    expectExactlyOnce(all, due);
    for (const id of due) expect(await a.app.db.prisma.scrapeRun.count({ where: { sourceId: id } })).toBe(1);
    // Both nodes wrote the same two proxies: one row each, linked to all ten sources.
    const proxies = await a.app.db.prisma.proxy.findMany({ where: { ip: { in: ["192.0.2.210", "192.0.2.211"] } }, include: { _count: { select: { sources: true } } } });
    expect(proxies.map((p) => p._count.sources)).toEqual([10, 10]);
  });
});
