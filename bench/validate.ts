// validate: proxy checks per second through the real validator (createValidator, the
// registered checker pipeline, claims and writes in PostgreSQL) over loopback proxies, half
// of which answer at once (proxy-chain) and half of which accept and stay silent. Compared
// with the ideal for that mix at the same concurrency: concurrency / mean check time, where
// the mean comes from checks of each kind measured one by one in the same run.
import { once } from "node:events";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import { pino } from "pino";
import { Server as ProxyChainServer } from "proxy-chain";
import { parseFlags } from "./lib/args.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { benchDatabase } from "./lib/postgres.js";
import { loadAverage, machine } from "./lib/report.js";
import { mountJudge } from "../src/domains/proxies/judge.routes.js";
import { createValidator } from "../src/domains/proxies/validator.service.js";
import { createOutboundGuard } from "../src/http/outbound.js";

export const NAME = "validate";
const DEFAULTS = { proxies: 2000, concurrency: 100, timeout: 2000, samples: 20, pool: 10 };

export async function run(argv: string[]): Promise<void> {
  const opts = parseFlags(argv, DEFAULTS);
  const half = Math.floor(opts.proxies / 2);
  const loadBefore = loadAverage();
  console.log(`bench ${NAME}: ${machine()}; load average before the run: ${loadBefore}`);
  console.log(`  ${opts.proxies} proxies (${half} answering, ${opts.proxies - half} silent), concurrency ${opts.concurrency}, timeout ${opts.timeout} ms`);

  const closers: (() => Promise<unknown> | void)[] = [];
  try {
    const database = await benchDatabase(opts.pool);
    closers.push(() => database.close());
    const prisma = database.db.prisma;

    // The judge, as every node serves it.
    const judgeApp = new Hono();
    mountJudge(judgeApp);
    const judge = createAdaptorServer({ fetch: judgeApp.fetch });
    judge.listen(0, "127.0.0.1");
    await once(judge, "listening");
    closers.push(() => new Promise((r) => judge.close(r)));
    const judgeUrl = `http://127.0.0.1:${(judge.address() as AddressInfo).port}/judge`;

    // One proxy-chain server; every answering "proxy" is a loopback port handing it sockets.
    const chain = new ProxyChainServer({ port: 0, host: "127.0.0.1", verbose: false });
    await chain.listen();
    closers.push(() => chain.close(true));
    const sockets = new Set<net.Socket>();
    const listen = async (onSocket: (s: net.Socket) => void) => {
      const srv = net.createServer((s) => {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => undefined);
        onSocket(s);
      });
      srv.listen(0, "127.0.0.1");
      await once(srv, "listening");
      closers.push(() => new Promise((r) => srv.close(r)));
      return (srv.address() as AddressInfo).port;
    };
    const extra = opts.samples + 2; // measured one by one before the run
    const answering: number[] = [];
    const silent: number[] = [];
    for (let i = 0; i < half + opts.samples; i++) answering.push(await listen((s) => chain.server.emit("connection", s)));
    for (let i = 0; i < opts.proxies - half + 2; i++) silent.push(await listen(() => undefined)); // accepts, never answers
    closers.push(() => sockets.forEach((s) => s.destroy()));

    const row = (port: number) => ({ ip: "127.0.0.1", port, protocol: "HTTP" as const });
    const sampleOk = answering.slice(0, opts.samples);
    const sampleSilent = silent.slice(0, 2);
    const inserted = await prisma.proxy.createManyAndReturn({ data: [...sampleOk, ...sampleSilent].map(row), select: { id: true, port: true } });
    const validator = createValidator({
      prisma,
      guard: createOutboundGuard({ allow: ["127.0.0.0/8"] }),
      log: pino({ level: "fatal" }), // failures show in the counts below
      config: { env: "production", judgeUrl, publicIp: "127.0.0.1", validator: { enabled: false, concurrency: opts.concurrency, timeoutMs: opts.timeout, pollMs: 1000 } },
    });
    closers.push(() => validator.close());

    // Mean check time of each kind, unloaded (one at a time; the two silent ones together).
    const idOf = new Map(inserted.map((p) => [p.port, p.id]));
    const timed = async (port: number) => {
      const t = performance.now();
      const r = await validator.validateProxy(idOf.get(port)!);
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
    const ideal = opts.concurrency / (meanMix / 1000);
    console.log(`  unloaded check time: answering ${meanOk.toFixed(1)} ms, silent ${meanSilent.toFixed(0)} ms; ideal ${ideal.toFixed(1)} checks/s`);

    await prisma.proxy.createMany({ data: [...answering.slice(opts.samples), ...silent.slice(2)].map(row) });
    const t0 = performance.now();
    const stats = await validator.validateDueProxies();
    const seconds = (performance.now() - t0) / 1000;
    const rate = stats.checked / seconds;
    console.log(`  checked ${stats.checked} (${stats.passed} passed, ${stats.failed} failed) in ${seconds.toFixed(2)} s: ${rate.toFixed(1)} checks/s`);
    // A silent proxy passing, or a proxy checked twice or never, is a broken run. An answering
    // proxy timing out is a result: the checks in flight share the CPU with the proxies.
    const silentPassed = await prisma.proxy.count({ where: { port: { in: silent }, status: "ACTIVE" } });
    const answeringFailed = half + opts.samples - (await prisma.proxy.count({ where: { port: { in: answering }, status: "ACTIVE" } }));
    if (stats.checked !== opts.proxies || silentPassed !== 0 || stats.passed !== half - answeringFailed) {
      const why = await prisma.proxyCheck.groupBy({ by: ["checkerName", "passed", "detail"], _count: { _all: true }, orderBy: { _count: { id: "desc" } }, take: 8 });
      console.log(why.map((w) => `  ${w._count._all} x ${w.checkerName} passed=${w.passed}: ${w.detail}`).join("\n"));
      throw new Error(`invalid run, BENCHMARKS.md left unchanged: expected ${opts.proxies} checks with ${half} passing, got ${JSON.stringify(stats)}`);
    }
    const stored = await prisma.proxyCheck.count();
    const pct = (100 * rate) / ideal;
    console.log(`  ${pct.toFixed(1)} % of ideal; ${stored} check rows stored; ${answeringFailed} answering proxies timed out`);

    const table = [
      "| | checks/s | wall time |",
      "|---|---:|---:|",
      `| validator (${opts.proxies} proxies) | ${rate.toFixed(1)} | ${seconds.toFixed(2)} s |`,
      `| ideal for the mix | ${ideal.toFixed(1)} | ${(opts.proxies / ideal).toFixed(2)} s |`,
    ].join("\n");
    await recordSection(
      NAME,
      [
        `## ${NAME}`,
        "",
        "The background validator's `validateDueProxies` (claims with FOR UPDATE SKIP LOCKED, the registered",
        "checker pipeline: TCP connect, then an HTTP request through the proxy to a judge, then one write",
        `transaction per proxy) over ${opts.proxies} loopback proxies: ${half} answer at once (ports handing`,
        `their sockets to one proxy-chain server) and ${opts.proxies - half} accept the connection and never answer.`,
        "The ideal is concurrency / mean check time of the mix, with each kind's check time measured",
        `one by one (unloaded) in the same run: answering ${meanOk.toFixed(1)} ms, silent ${meanSilent.toFixed(0)} ms.`,
        `Every proxy was checked exactly once and no silent one passed; ${answeringFailed} of the ${half} answering ones`,
        `timed out under load (they count as checks done).`,
        "",
        `- Date: ${new Date().toISOString()}`,
        `- Machine: ${machine()}; 1-minute load average before the run: ${loadBefore}`,
        `- Database: ${database.label}`,
        `- Settings: VALIDATOR_CONCURRENCY=${opts.concurrency}, VALIDATOR_TIMEOUT_MS=${opts.timeout}, DATABASE_POOL_SIZE=${opts.pool}, validator, proxies and judge in one process`,
        "",
        table,
        "",
        `**The validator reached ${pct.toFixed(1)} % of the ideal rate for this mix.**`,
      ].join("\n"),
    );
    console.log("recorded in BENCHMARKS.md");
  } finally {
    for (const close of closers.reverse()) await Promise.resolve(close()).catch(() => undefined);
  }
}
