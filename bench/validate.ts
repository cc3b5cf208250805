// validate: proxy checks per second through the real validator (createValidator, the
// registered checker pipeline, claims and writes in PostgreSQL) over loopback proxies, half
// of which answer at once (proxy-chain) and half of which accept and stay silent. Compared
// with the ideal for that mix at the same concurrency: concurrency / mean check time, where
// the mean comes from checks of each kind measured one by one in the same run. The proxies
// and the judge run in a child process (validate-peers.ts); by default at concurrency 100
// and 200, each over a fresh set of proxy rows.
import { pino } from "pino";
import { parseFlags } from "./lib/args.js";
import { startServer } from "./lib/child.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { benchDatabase } from "./lib/postgres.js";
import { loadAverage, machine, processCpuMs } from "./lib/report.js";
import type { PeersInfo } from "./validate-peers.js";
import { createValidator } from "../src/domains/proxies/validator.service.js";
import { createOutboundGuard } from "../src/http/outbound.js";

export const NAME = "validate";
const DEFAULTS = { proxies: 2000, concurrency: 100, timeout: 2000, samples: 20, pool: 10 };
/** Concurrencies measured when --concurrency is not given. */
const LEVELS = [100, 200];

interface RunFigures {
  concurrency: number;
  ideal: number;
  rate: number;
  seconds: number;
  cpuMsPerCheck: number;
  timedOut: number;
  p2028: number;
  errors: number;
}

export async function run(argv: string[]): Promise<void> {
  const opts = parseFlags(argv, DEFAULTS);
  const levels = argv.some((a) => a.startsWith("--concurrency")) ? [opts.concurrency] : LEVELS;
  const half = Math.floor(opts.proxies / 2);
  const loadBefore = loadAverage();
  console.log(`bench ${NAME}: ${machine()}; load average before the run: ${loadBefore}`);
  console.log(`  ${opts.proxies} proxies (${half} answering, ${opts.proxies - half} silent), concurrency ${levels.join(" and ")}, timeout ${opts.timeout} ms`);

  const closers: (() => Promise<unknown> | void)[] = [];
  try {
    const database = await benchDatabase(opts.pool);
    closers.push(() => database.close());
    const prisma = database.db.prisma;

    // Judge and proxies in their own process: the CPU measured here is the validator's.
    const peers = await startServer(new URL("./validate-peers.ts", import.meta.url), {
      ...process.env,
      BENCH_PEERS_ANSWERING: String(half),
      BENCH_PEERS_SILENT: String(opts.proxies - half),
    });
    closers.push(() => peers.stop());
    const judgeUrl = peers.url;
    const { answering, silent } = peers.info as PeersInfo;

    // Errors the validator logs (a failed write would be one); P2028 is an interactive
    // transaction that timed out waiting, which the validator must never produce.
    const logged = { errors: 0, p2028: 0 };
    const log = pino({ level: "error" }, { write: (line: string) => { logged.errors++; if (line.includes("P2028")) logged.p2028++; } });
    const validatorFor = (concurrency: number) => {
      const validator = createValidator({
        prisma,
        guard: createOutboundGuard({ allow: ["127.0.0.0/8"] }),
        log,
        config: {
          env: "production", judgeUrl, publicIp: "127.0.0.1", databaseUrl: database.url, databasePoolSize: opts.pool,
          validator: { enabled: false, concurrency, timeoutMs: opts.timeout, pollMs: 1000 },
        },
      });
      closers.push(() => validator.close());
      return validator;
    };

    const row = (port: number) => ({ ip: "127.0.0.1", port, protocol: "HTTP" as const });
    // Mean check time of each kind, unloaded (one at a time; two silent ones together).
    const sampleOk = answering.slice(0, opts.samples);
    const sampleSilent = silent.slice(0, 2);
    const inserted = await prisma.proxy.createManyAndReturn({ data: [...sampleOk, ...sampleSilent].map(row), select: { id: true, port: true } });
    const idOf = new Map(inserted.map((p) => [p.port, p.id]));
    const one = validatorFor(1);
    const timed = async (port: number) => {
      const t = performance.now();
      const r = await one.validateProxy(idOf.get(port)!);
      return { ms: performance.now() - t, passed: r.passed };
    };
    const okTimes: number[] = [];
    for (const port of sampleOk) {
      const r = await timed(port);
      if (!r.passed) throw new Error(`invalid run: an answering proxy failed its check (port ${port})`);
      okTimes.push(r.ms);
    }
    const silentTimes = await Promise.all(sampleSilent.map(timed));
    if (silentTimes.some((r) => r.passed)) throw new Error("invalid run: a silent proxy passed");
    const meanOk = okTimes.reduce((a, b) => a + b, 0) / okTimes.length;
    const meanSilent = silentTimes.reduce((a, r) => a + r.ms, 0) / silentTimes.length;
    const meanMix = (meanOk * half + meanSilent * (opts.proxies - half)) / opts.proxies;
    console.log(`  unloaded check time: answering ${meanOk.toFixed(1)} ms, silent ${meanSilent.toFixed(0)} ms`);

    const figures: RunFigures[] = [];
    for (const concurrency of levels) {
      await prisma.proxy.deleteMany({}); // checks go with them (cascade)
      await prisma.proxy.createMany({ data: [...answering, ...silent].map(row) });
      const validator = validatorFor(concurrency);
      const ideal = concurrency / (meanMix / 1000);
      const before = { ...logged };
      const peersCpu0 = processCpuMs(peers.pid);
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const stats = await validator.validateDueProxies();
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const rate = stats.checked / seconds;
      const peersCpuMs = processCpuMs(peers.pid) - peersCpu0;
      console.log((globalThis as any).DIAG, (globalThis as any).WDIAG);
      console.log(`  peers process: ${(peersCpuMs / 1000).toFixed(2)} CPU s over the run`);
      const cpuMsPerCheck = (cpu.user + cpu.system) / 1000 / Math.max(1, stats.checked);
      console.log(`  concurrency ${concurrency}: checked ${stats.checked} (${stats.passed} passed, ${stats.failed} failed) in ${seconds.toFixed(2)} s: ${rate.toFixed(1)} checks/s, ideal ${ideal.toFixed(1)}; ${cpuMsPerCheck.toFixed(2)} CPU ms per check`);
      // A silent proxy passing, or a proxy checked twice or never, is a broken run. An answering
      // proxy timing out is a result: the checks in flight share the CPU with the proxies.
      const silentPassed = await prisma.proxy.count({ where: { port: { in: silent }, status: "ACTIVE" } });
      const timedOut = half - (await prisma.proxy.count({ where: { port: { in: answering }, status: "ACTIVE" } }));
      const checksPerProxy = await prisma.proxy.count({ where: { checksTotal: { not: 1 } } });
      if (stats.checked !== opts.proxies || silentPassed !== 0 || stats.passed !== half - timedOut || checksPerProxy !== 0) {
        const why = await prisma.proxyCheck.groupBy({ by: ["checkerName", "passed", "detail"], _count: { _all: true }, orderBy: { _count: { id: "desc" } }, take: 8 });
        console.log(why.map((w) => `  ${w._count._all} x ${w.checkerName} passed=${w.passed}: ${w.detail}`).join("\n"));
        throw new Error(`invalid run, BENCHMARKS.md left unchanged: expected ${opts.proxies} checks with ${half} passing, got ${JSON.stringify({ ...stats, checksPerProxy })}`);
      }
      if (process.env.BENCH_VALIDATE_DIAG) {
        const diag = await prisma.$queryRaw<unknown[]>`
          SELECT (p.port = ANY(${silent}::int[])) AS silent, count(*)::int AS n,
            avg(extract(epoch FROM p.last_checked_at - c.created_at) * 1000)::int AS pipeline_ms,
            min(c.created_at) AS first_start, max(c.created_at) AS last_start, max(p.last_checked_at) AS last_end
          FROM proxies p JOIN proxy_checks c ON c.proxy_id = p.id AND c.stage = 1 GROUP BY 1`;
        console.log(diag);
      }
      const p2028 = logged.p2028 - before.p2028;
      const errors = logged.errors - before.errors;
      if (p2028 !== 0) throw new Error(`invalid run: ${p2028} interactive transactions timed out (P2028)`);
      figures.push({ concurrency, ideal, rate, seconds, cpuMsPerCheck, timedOut, p2028, errors });
    }

    const table = [
      "| concurrency | checks/s | ideal checks/s | of ideal | wall time | ideal wall time | validator CPU ms/check | answering timed out | P2028 | errors logged |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...figures.map((f) =>
        `| ${f.concurrency} | ${f.rate.toFixed(1)} | ${f.ideal.toFixed(1)} | **${((100 * f.rate) / f.ideal).toFixed(1)} %** | ${f.seconds.toFixed(2)} s | ${(opts.proxies / f.ideal).toFixed(2)} s | ${f.cpuMsPerCheck.toFixed(2)} | ${f.timedOut} | ${f.p2028} | ${f.errors} |`),
    ].join("\n");
    console.log(`\n${table}\n`);
    await recordSection(
      NAME,
      [
        `## ${NAME}`,
        "",
        "The background validator's `validateDueProxies` (claims with FOR UPDATE SKIP LOCKED, the registered",
        "checker pipeline: TCP connect, then an HTTP request through the proxy to a judge, then the verdicts",
        `written in batches, one statement per batch) over ${opts.proxies} loopback proxies: ${half} answer at once`,
        `(ports handing their sockets to one proxy-chain server) and ${opts.proxies - half} accept the connection and never answer.`,
        "The judge and the proxies run in a child process; the validator runs in the bench process, whose",
        "CPU time (process.cpuUsage) over the run is divided by the checks done.",
        "The ideal is concurrency / mean check time of the mix, with each kind's check time measured",
        `one by one (unloaded) in the same run: answering ${meanOk.toFixed(1)} ms, silent ${meanSilent.toFixed(0)} ms.`,
        "Every proxy was checked exactly once and no silent one passed; answering ones that timed out under",
        "load count as checks done.",
        "",
        `- Date: ${new Date().toISOString()}`,
        `- Machine: ${machine()}; 1-minute load average before the run: ${loadBefore}`,
        `- Database: ${database.label}`,
        `- Settings: VALIDATOR_TIMEOUT_MS=${opts.timeout}, DATABASE_POOL_SIZE=${opts.pool}, fresh proxies for each concurrency`,
        "",
        table,
        "",
        `**The validator reached ${figures.map((f) => `${((100 * f.rate) / f.ideal).toFixed(1)} % of the ideal at concurrency ${f.concurrency}`).join(" and ")}, with zero P2028.**`,
      ].join("\n"),
    );
    console.log("recorded in BENCHMARKS.md");
  } finally {
    for (const close of closers.reverse()) await Promise.resolve(close()).catch(() => undefined);
  }
}
