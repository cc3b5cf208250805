// acquire: leases per second through leases.service.ts acquireProxy (balance check, pick with
// FOR UPDATE SKIP LOCKED, conditional credit charge, lease row, in one statement) with 32
// concurrent clients, verified to lease no proxy twice; next to a bare SKIP LOCKED pick +
// UPDATE loop through the same driver in the same run. PostgreSQL by default (section
// `acquire`); BENCH_DATABASE=pglite runs it on PGlite (section `acquire-pglite`), where the
// bare loop is the same UPDATE as one statement on the same PGlite instance.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { parseFlags } from "./lib/args.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { benchPglite } from "./lib/pglite.js";
import { benchDatabase } from "./lib/postgres.js";
import { loadAverage, machine } from "./lib/report.js";
import { acquireProxy } from "../src/domains/proxies/leases.service.js";
import { createEventBus } from "../src/pubsub.js";

export const NAME = "acquire";
const DEFAULTS = { clients: 32, duration: 5, proxies: 20_000, pool: 10 };

interface Result {
  title: string;
  done: number;
  seconds: number;
  p50: number;
  p99: number;
  /** CPU time of this process (where the service runs) per acquire. */
  cpuMsPerOp: number;
}

const PICK_SQL = `UPDATE proxies SET leased_until = now() + interval '1 hour', current_lease_id = gen_random_uuid()
  WHERE id = (SELECT id FROM proxies WHERE status = 'ACTIVE' AND (leased_until IS NULL OR leased_until <= now())
              ORDER BY score DESC, avg_latency_ms ASC NULLS LAST, id LIMIT 1 FOR UPDATE SKIP LOCKED)
  RETURNING id::text AS id`;

export async function run(argv: string[]): Promise<void> {
  const opts = parseFlags(argv, DEFAULTS);
  const loadBefore = loadAverage();
  console.log(`bench ${NAME}: ${machine()}; load average before the run: ${loadBefore}`);
  console.log(`  ${opts.clients} clients, ${opts.duration} s per target, ${opts.proxies} ACTIVE proxies, pool ${opts.pool}`);
  const onPglite = process.env.BENCH_DATABASE === "pglite";
  const section = onPglite ? `${NAME}-pglite` : NAME;
  const database = onPglite ? await benchPglite() : await benchDatabase(opts.pool);
  const prisma = database.db.prisma;
  const plain = onPglite ? undefined : new pg.Pool({ connectionString: database.url, max: opts.pool });
  plain?.on("error", () => undefined); // idle clients cut when the bench database is dropped
  try {
    for (let i = 0; i < opts.proxies; i += 5000) {
      const n = Math.min(5000, opts.proxies - i);
      await prisma.proxy.createMany({
        data: Array.from({ length: n }, (_, k) => ({ ip: `10.${(i + k) >> 16}.${((i + k) >> 8) & 255}.${(i + k) & 255}`, port: 8080, protocol: "HTTP" as const, status: "ACTIVE" as const, score: Math.random() })),
      });
    }
    const tag = randomBytes(3).toString("hex");
    const users = await prisma.user.createManyAndReturn({
      data: Array.from({ length: opts.clients }, (_, i) => ({ email: `bench-${tag}-${i}@example.test`, displayName: `bench ${i}`, credits: 1_000_000 })),
      select: { id: true },
    });
    const deps = { prisma, sql: database.db.sql, pubsub: createEventBus() };

    // The service under test. Each lease lasts an hour, so any two leases of one proxy overlap.
    const service = await drive("acquireProxy (leases.service.ts)", opts, async (i) => {
      await acquireProxy(deps, users[i].id, { leaseDurationSeconds: 3600 });
    });
    const [{ doubled, leases }] = await prisma.$queryRaw<{ doubled: number; leases: number }[]>`
      SELECT (SELECT count(*)::int FROM (SELECT proxy_id FROM leases GROUP BY proxy_id HAVING count(*) > 1) d) AS doubled,
             (SELECT count(*)::int FROM leases) AS leases`;
    const [{ spent }] = await prisma.$queryRaw<{ spent: number }[]>`
      SELECT (${opts.clients}::int * 1000000 - sum(credits))::int AS spent FROM users WHERE email LIKE ${`bench-${tag}-%`}`;
    const held = await prisma.proxy.count({ where: { currentLeaseId: { not: null } } });
    console.log(`  verify: ${leases} leases, ${doubled} proxies leased twice, ${spent} credits spent, ${held} proxies held`);
    if (doubled !== 0 || leases !== service.done || spent !== service.done || held !== service.done) {
      throw new Error(`invalid run, BENCHMARKS.md left unchanged: ${JSON.stringify({ doubled, leases, spent, held, acquired: service.done })}`);
    }

    // The bare loop: same pick, same driver and pool size, nothing else.
    await prisma.$executeRaw`UPDATE proxies SET leased_until = NULL, current_lease_id = NULL`;
    const taken = new Set<string>();
    let twice = 0;
    const take = (id: string | undefined) => {
      if (!id) throw new Error("pool exhausted");
      if (taken.has(id)) twice++;
      taken.add(id);
    };
    const baseline = onPglite
      ? await drive("bare SKIP LOCKED loop (PGlite, one statement)", opts, async () => {
          const rows = await database.db.raw.query<{ id: string }>(PICK_SQL);
          take(rows[0]?.id);
        })
      : await drive("bare SKIP LOCKED loop (pg, BEGIN/UPDATE/COMMIT)", opts, async () => {
          const c = await plain!.connect();
          try {
            await c.query("BEGIN");
            const { rows } = await c.query<{ id: string }>(PICK_SQL);
            await c.query("COMMIT");
            take(rows[0]?.id);
          } finally {
            c.release();
          }
        });
    if (twice !== 0) throw new Error(`invalid run: the bare loop leased ${twice} proxies twice`);

    const ratio = service.done / service.seconds / (baseline.done / baseline.seconds);
    const table = [
      "| target | acquires/s | p50 ms | p99 ms | acquires | CPU ms per acquire (this process) |",
      "|---|---:|---:|---:|---:|---:|",
      ...[service, baseline].map((r) => `| ${r.title} | ${(r.done / r.seconds).toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.done} | ${r.cpuMsPerOp.toFixed(2)} |`),
    ].join("\n");
    console.log(`\n${table}\n\n  service / bare loop: ${(ratio * 100).toFixed(1)} %\n`);
    await recordSection(
      section,
      [
        `## ${section}`,
        "",
        `${opts.clients} concurrent clients (one user each, in one process) calling \`acquireProxy\` from`,
        "leases.service.ts directly: balance check, pick with `FOR UPDATE SKIP LOCKED`, conditional credit",
        "charge and credit transaction, lease row, all in one SQL statement, then the `credits:changed`",
        "publish (in process). Next to it, a bare loop through the same driver and pool size doing only the",
        onPglite
          ? "pick and the UPDATE of the proxy, as one statement on the same PGlite instance."
          : "pick and the UPDATE of the proxy in a transaction (BEGIN, UPDATE, COMMIT on one pg client).",
        "Verified after the service run: no proxy leased twice (all leases last an hour), one lease and one",
        "credit per acquire, every leased proxy held. CPU is this process's (process.cpuUsage), where both",
        onPglite ? "loops and the database itself run." : "loops run; PostgreSQL's own CPU is not in it.",
        "",
        `- Date: ${new Date().toISOString()}`,
        `- Machine: ${machine()}; 1-minute load average before the run: ${loadBefore}`,
        `- Database: ${database.label}; ${onPglite ? "one connection" : `pool size ${opts.pool}`} for both; ${opts.proxies} ACTIVE proxies`,
        `- Settings: ${opts.clients} clients, ${opts.duration} s per target, one after the other`,
        "",
        table,
        "",
        `**acquireProxy ran at ${ratio.toFixed(2)}× the bare SKIP LOCKED loop (${(ratio * 100).toFixed(1)} %), with zero double leases.**`,
      ].join("\n"),
    );
    console.log("recorded in BENCHMARKS.md");
  } finally {
    await plain?.end();
    await database.close();
  }
}

/** `clients` loops calling `op` back to back for `duration` seconds; latencies of successes. */
async function drive(title: string, opts: typeof DEFAULTS, op: (client: number) => Promise<void>): Promise<Result> {
  const latencies: number[] = [];
  const until = performance.now() + opts.duration * 1000;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: opts.clients }, async (_, i) => {
      while (performance.now() < until) {
        const t = performance.now();
        await op(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const cpuMsPerOp = (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length);
  console.log(`  ${title}: ${latencies.length} in ${seconds.toFixed(2)} s (${(latencies.length / seconds).toFixed(0)}/s), ${cpuMsPerOp.toFixed(2)} CPU ms each`);
  return { title, done: latencies.length, seconds, p50: at(0.5), p99: at(0.99), cpuMsPerOp };
}
