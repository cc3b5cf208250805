// The validator: claims due proxies in the database, runs the checker pipeline on them with
// bounded concurrency, stores every check and folds the outcome into the proxy row (status,
// anonymity, exit IP, country, latency, uptime, score and its rolling window, next check).
// Verdicts are written in batches by verdict-writer.ts, one statement per batch.
//
// Claims are one statement (UPDATE ... FROM (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING),
// so no transaction is open while a proxy is being checked, and two validators (two nodes, or
// two runs on one node) never check one proxy at once. The final write only lands while our
// claim is still the proxy's claim: a node that stalled past its claim discards its result.
// No statement here runs inside an interactive transaction.
import { setMaxListeners } from "node:events";
import { createRequire } from "node:module";
import ipaddr from "ipaddr.js";
import type { Logger } from "pino";
import type { Config } from "../../config.js";
import type { Db } from "../../db.js";
import { Prisma, type Anonymity, type ProxyCheck, type ProxyProtocol, type ProxyStatus } from "../../generated/prisma/client.js";
import type { OutboundGuard } from "../../http/outbound.js";
import type { ClaimJob } from "../../jobs/job.js";
import { runClaimJob } from "../../jobs/runner.js";
import type { PubSub } from "../../pubsub.js";
import { normalizeIp } from "./checkers/anonymity.js";
import { describeError } from "./checkers/errors.js";
import { parseEcho } from "./checkers/http-anonymity.js";
import { listCheckers } from "./checkers/registry.js";
import { notifyEach } from "../notifications/notify.service.js";
import { checkPoolLow } from "./pool-low.service.js";
import type { CheckOutcome, Checker } from "./checkers/types.js";
import { computeScore, nextAvgLatency, nextCheckDelayMs, nextStatus, pushRecent, recentOutcomes } from "./score.js";
import { createVerdictWriter } from "./verdict-writer.js";

export interface ValidatorDeps {
  prisma: Db;
  guard: OutboundGuard;
  config: Pick<Config, "env" | "judgeUrl" | "publicIp" | "validator"> & Partial<Pick<Config, "notify" | "databaseUrl" | "databasePoolSize">>;
  log: Logger;
  pubsub?: PubSub;
  /** Recorded on the claims (claimed_by), so a cluster rebalance can hand back those of a departed node. */
  nodeId?: string;
  /** This node's own /judge once it listens; used when JUDGE_URL is unset. */
  ownJudgeUrl?: () => string | undefined;
  /** Defaults to the registry; tests may pass their own. */
  checkers?: readonly Checker[];
}

interface Claimed {
  id: string;
  ip: string;
  port: number;
  protocol: ProxyProtocol;
  username: string | null;
  password: string | null;
  status: ProxyStatus;
  avg_latency_ms: number | null;
  last_success_at: Date | null;
  consecutive_failures: number;
  checks_total: number;
  checks_passed: number;
  recent_results: number;
  recent_count: number;
  claimed_until: Date;
  db_now: Date;
  /** Database clock minus local clock, so the times we write follow the database's. */
  offsetMs: number;
}

export interface ValidationResult {
  proxyId: string;
  passed: boolean;
  status: ProxyStatus;
  score: number;
  checks: ProxyCheck[];
}

export class ProxyBusyError extends Error {
  readonly code = "PROXY_BUSY";
  constructor(id: string) {
    super(`proxy ${id} does not exist or is being checked by another validator`);
  }
}

const REAL_IP_TTL_MS = 60 * 60_000;
const REAL_IP_RETRY_MS = 60_000;

export function createValidator(deps: ValidatorDeps) {
  const { prisma, guard, config, log } = deps;
  const checkers = () => deps.checkers ?? listCheckers();
  // Verdict writes in batches, a few at a time: half the PostgreSQL pool leaves room for the
  // claims and for requests; PGlite has one connection, so one writer.
  // proxy.status_changed for every verdict of a batch in one notify (two statements, not two
  // per proxy). Not awaited (deliveries retry); notifyEach never rejects.
  const statusChanges = coalesce<Record<string, unknown>>((events) =>
    notifyEach({ prisma, pubsub: deps.pubsub, log }, "proxy.status_changed", events),
  );
  /** Verdicts queued by the job and not yet written. */
  const writes = new Set<Promise<void>>();
  const writer = createVerdictWriter(prisma, {
    writers: config.databaseUrl ? Math.max(1, Math.min(4, Math.floor((config.databasePoolSize ?? 10) / 2))) : 1,
  });
  // A claim must outlast a full pipeline plus the wait in the local queue (at most one batch).
  const claimMs = () => checkers().length * config.validator.timeoutMs * 3 + 30_000;
  let realIpCache: { ips: Set<string>; until: number } | undefined;
  let realIpLookup: Promise<Set<string>> | undefined;
  // Aborted on shutdown: checks in flight are abandoned and their claims released.
  const closing = new AbortController();
  // Every check in flight listens on it (checkers/http-anonymity.ts), hundreds at a time.
  setMaxListeners(0, closing.signal);
  const aborted = new Promise<"aborted">((resolve) => closing.signal.addEventListener("abort", () => resolve("aborted"), { once: true }));

  function judgeUrl(): string | undefined {
    return config.judgeUrl ?? deps.ownJudgeUrl?.();
  }

  /** Our own addresses: PUBLIC_IP, else what the judge reports for a direct call (cached). */
  async function realIps(url: string): Promise<Set<string>> {
    if (config.publicIp) return new Set([normalizeIp(config.publicIp) ?? config.publicIp]);
    if (realIpCache && realIpCache.until > Date.now()) return realIpCache.ips;
    realIpLookup ??= (async () => {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(config.validator.timeoutMs), headers: { accept: "application/json" } });
        const echo = parseEcho(await res.text());
        if (!echo) throw new Error(`judge at ${url} answered HTTP ${res.status} without an echo`);
        realIpCache = { ips: new Set([normalizeIp(echo.ip) ?? echo.ip]), until: Date.now() + REAL_IP_TTL_MS };
      } catch (err) {
        // Without it, transparency is still found through forwarding headers.
        log.warn({ err: describeError(err), judge: url }, "could not learn our own address from the judge");
        realIpCache = { ips: realIpCache?.ips ?? new Set(), until: Date.now() + REAL_IP_RETRY_MS };
      }
      return realIpCache.ips;
    })().finally(() => (realIpLookup = undefined));
    return realIpLookup;
  }

  async function claim(where: "due" | string, limit: number): Promise<Claimed[]> {
    const ms = claimMs();
    const rows =
      where === "due"
        ? await prisma.$queryRaw<Claimed[]>`
          UPDATE proxies p SET claimed_until = now() + ${ms}::int * interval '1 millisecond', claimed_by = ${deps.nodeId ?? null}
          FROM (SELECT id FROM proxies
                WHERE next_check_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
                ORDER BY next_check_at LIMIT ${limit}
                FOR UPDATE SKIP LOCKED) due
          WHERE p.id = due.id
          RETURNING ${CLAIMED_COLUMNS}`
        : await prisma.$queryRaw<Claimed[]>`
          UPDATE proxies p SET claimed_until = now() + ${ms}::int * interval '1 millisecond', claimed_by = ${deps.nodeId ?? null}
          FROM (SELECT id FROM proxies
                WHERE id = ${where}::uuid AND (claimed_until IS NULL OR claimed_until < now())
                FOR UPDATE SKIP LOCKED) one
          WHERE p.id = one.id
          RETURNING ${CLAIMED_COLUMNS}`;
    const localNow = Date.now();
    return rows.map((r) => ({ ...r, offsetMs: new Date(r.db_now).getTime() - localNow }));
  }

  async function runPipeline(row: Claimed, url: string) {
    const ctx = { guard, timeoutMs: config.validator.timeoutMs, judgeUrl: url, realIps: await realIps(url), signal: closing.signal };
    const results: { checker: Checker; outcome: CheckOutcome; at: Date }[] = [];
    for (const checker of checkers()) {
      const at = new Date();
      let outcome: CheckOutcome;
      try {
        const done = await Promise.race([checker.run(row, ctx), aborted]);
        if (done === "aborted") return null;
        outcome = done;
      } catch (err) {
        outcome = { passed: false, latencyMs: null, detail: describeError(err) };
      }
      results.push({ checker, outcome, at });
      if (!outcome.passed) break; // fail fast: later stages need the earlier ones
    }
    return results;
  }

  async function checkClaimed(row: Claimed, url: string): Promise<ValidationResult | null> {
    return (await check(row, url)).stored;
  }

  /**
   * Runs the pipeline and queues the verdict; resolves once the checks are done, with the
   * write still under way in `stored` (the job frees the slot for the next check meanwhile).
   */
  async function check(row: Claimed, url: string): Promise<{ stored: Promise<ValidationResult | null> }> {
    const results = await runPipeline(row, url);
    if (!results || closing.signal.aborted) {
      // Shutting down: let another run (or node) take the proxy at once.
      await prisma.proxy.updateMany({ where: { id: row.id, claimedUntil: row.claimed_until }, data: { claimedUntil: null, claimedBy: null } });
      return { stored: Promise.resolve(null) };
    }
    return { stored: store(row, results) };
  }

  async function store(row: Claimed, results: NonNullable<Awaited<ReturnType<typeof runPipeline>>>): Promise<ValidationResult | null> {
    const all = checkers();
    const passed = results.length === all.length && results.every((r) => r.outcome.passed);
    const facts = Object.assign({}, ...results.map((r) => r.outcome.facts ?? {})) as { exitIp?: string; anonymity?: Anonymity };
    const now = new Date(Date.now() + row.offsetMs);
    const consecutiveFailures = passed ? 0 : row.consecutive_failures + 1;
    const lastSuccessAt = passed ? now : row.last_success_at;
    const avgLatencyMs = passed ? nextAvgLatency(row.avg_latency_ms, results[results.length - 1].outcome.latencyMs) : row.avg_latency_ms;
    // The window lives on the row (claimed with it), so no check history is read here.
    const recent = pushRecent(row.recent_results, row.recent_count, passed);
    const score = computeScore({ recent: recentOutcomes(recent.bits, recent.count), avgLatencyMs, lastSuccessAt, now });
    const status = nextStatus({ current: row.status, score, lastPassed: passed, consecutiveFailures });
    const checksTotal = row.checks_total + 1;
    const checksPassed = row.checks_passed + (passed ? 1 : 0);
    // Up to 10 % later, so proxies found together do not stay due together.
    const delay = nextCheckDelayMs(status, consecutiveFailures) * (1 + Math.random() * 0.1);
    const checks = await writer.write({
      proxyId: row.id,
      claimedUntil: new Date(row.claimed_until),
      status,
      score,
      avgLatencyMs,
      consecutiveFailures,
      lastSuccessAt: lastSuccessAt && new Date(lastSuccessAt),
      lastCheckedAt: now,
      checksTotal,
      checksPassed,
      uptimePct: Math.round((10_000 * checksPassed) / checksTotal) / 100,
      nextCheckAt: new Date(now.getTime() + delay),
      recentResults: recent.bits,
      recentCount: recent.count,
      exit: passed && facts.exitIp ? { exitIp: facts.exitIp, anonymity: facts.anonymity ?? null, country: countryOf(facts.exitIp) } : null,
      checks: results.map((r) => ({
        checkerName: r.checker.name,
        stage: r.checker.stage,
        passed: r.outcome.passed,
        latencyMs: r.outcome.latencyMs,
        detail: r.outcome.detail.slice(0, 1000),
        createdAt: new Date(r.at.getTime() + row.offsetMs),
      })),
    });
    if (!checks) {
      log.warn({ proxyId: row.id }, "validation result discarded: the claim expired before it was written");
      return null;
    }
    if (status !== row.status) {
      // After the write; a lost event must not turn a stored check into a failure.
      await Promise.resolve(deps.pubsub?.publish("proxy:statusChanged", { proxyId: row.id, oldStatus: row.status, newStatus: status })).catch(
        (err: unknown) => log.warn({ err, proxyId: row.id }, "publishing proxy:statusChanged failed"),
      );
      statusChanges.add({ proxyId: row.id, ip: row.ip, port: row.port, protocol: row.protocol, oldStatus: row.status, newStatus: status });
    }
    return { proxyId: row.id, passed, status, score, checks };
  }

  /** Checks one proxy now, whether due or not (admin action, tests). */
  async function validateProxy(id: string): Promise<ValidationResult> {
    const url = judgeUrl();
    if (!url) throw new Error("no judge: JUDGE_URL is unset and this node is not listening yet");
    const [row] = await claim(id, 1);
    if (!row) throw new ProxyBusyError(id);
    const result = await checkClaimed(row, url);
    if (!result) throw new ProxyBusyError(id);
    return result;
  }

  /**
   * The claim/handle pair the validator job runs: claims due proxies (none while there is no
   * judge yet) and checks each one. `onChecked` sees every stored result.
   */
  function dueWork(onChecked?: (r: ValidationResult) => void, room: () => number = () => Infinity) {
    let url: string | undefined;
    return {
      concurrency: config.validator.concurrency,
      claim: async (limit: number) => {
        url = judgeUrl();
        const n = Math.min(limit, room());
        if (!url || n <= 0 || closing.signal.aborted) return [];
        return claim("due", n);
      },
      handle: async (row: Claimed) => {
        const { stored } = await check(row, url!);
        const done = stored.then(
          (result) => void (result && onChecked?.(result)),
          (err: unknown) => log.error({ err, proxyId: row.id }, "storing a validation result failed"),
        );
        writes.add(done);
        void done.finally(() => writes.delete(done));
        // The slot goes to the next check while the verdict waits for its batch; only when
        // the database falls behind by a whole round of checks does the loop wait for it.
        if (writes.size > config.validator.concurrency) await done;
      },
      // Throttled inside (once per 10 minutes per node), so every run may ask.
      afterRun: async () => void checkPoolLow({ prisma, pubsub: deps.pubsub, log }, config.notify?.poolLowThreshold),
    } satisfies Omit<ClaimJob<Claimed>, "name" | "enabled" | "intervalMs">;
  }

  /** Checks due proxies until none is left (or `limit` were claimed); tests and benchmarks. */
  async function validateDueProxies(opts: { limit?: number; shouldStop?: () => boolean } = {}) {
    const stats = { checked: 0, passed: 0, failed: 0 };
    let claimed = 0;
    const work = dueWork(
      (r) => {
        stats.checked++;
        if (r.passed) stats.passed++;
        else stats.failed++;
      },
      () => (opts.limit ?? Infinity) - claimed,
    );
    const claimCounted = async (limit: number) => {
      const rows = await work.claim(limit);
      claimed += rows.length;
      return rows;
    };
    await runClaimJob(
      { ...work, claim: claimCounted, name: "validate-due", enabled: true, intervalMs: 0 },
      { log, signal: closing.signal, stopping: () => Boolean(opts.shouldStop?.()) || closing.signal.aborted },
    );
    await flushed();
    return stats;
  }

  /** Resolves when every queued verdict is written (or failed). */
  const flushed = async () => {
    while (writes.size > 0) await Promise.all([...writes]);
  };

  /**
   * Abandons checks in flight (their claims are released); later runs claim nothing. Resolves
   * once the verdicts already queued are written, so shutdown does not cut them off.
   */
  const close = () => {
    closing.abort();
    return flushed();
  };

  return { validateProxy, validateDueProxies, dueWork, judgeUrl, realIps, close };
}

export type Validator = ReturnType<typeof createValidator>;

/**
 * Each node's validator, by the node's Prisma client: the one the validator job built knows
 * the node's own judge and is aborted on shutdown, so on-demand checks (checkProxies) share
 * both. Keyed by client rather than global because tests run several nodes in one process.
 */
const nodeValidators = new WeakMap<Db, Validator>();
export const registerNodeValidator = (prisma: Db, validator: Validator) => void nodeValidators.set(prisma, validator);
export const nodeValidator = (prisma: Db): Validator | undefined => nodeValidators.get(prisma);

// One column list for both claims.
const CLAIMED_COLUMNS = Prisma.sql`p.id::text AS id, p.ip, p.port, p.protocol::text AS protocol, p.username, p.password,
  p.status::text AS status, p.avg_latency_ms, p.last_success_at, p.consecutive_failures, p.checks_total,
  p.checks_passed, p.recent_results, p.recent_count, p.claimed_until, now() AS db_now`;

// geoip-country loads ~8 MB of ranges when required: only once a proxy passed.
let geoip: { lookup(ip: string): { country: string } | null } | undefined;
/** Country code of an exit IP from the offline database in geoip-country; null for private and unknown. */
export function countryOf(ip: string): string | null {
  try {
    geoip ??= createRequire(import.meta.url)("geoip-country");
    return geoip!.lookup(ip)?.country ?? null;
  } catch {
    return null; // enrichment only: never fails a proxy
  }
}

/** Start-up warning: in production the judge must be reachable by proxies on the internet. */
export function judgeWarning(config: Pick<Config, "env" | "judgeUrl" | "publicIp">): string | undefined {
  if (config.env !== "production") return undefined;
  if (!config.judgeUrl) {
    return config.publicIp && isPublic(config.publicIp)
      ? undefined
      : "JUDGE_URL is unset: proxies are checked against this node's own /judge, which must be reachable from the internet (set JUDGE_URL or PUBLIC_IP)";
  }
  const host = new URL(config.judgeUrl).hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || (ipaddr.isValid(host) && !isPublic(host))) {
    return `JUDGE_URL ${config.judgeUrl} is a private address: proxies on the internet cannot reach it`;
  }
  return undefined;
}

function isPublic(ip: string): boolean {
  return ipaddr.isValid(ip) && ipaddr.process(ip).range() === "unicast";
}

/** Collects items added in one turn of the event loop and hands them to `flush` together. */
function coalesce<T>(flush: (items: T[]) => Promise<void>) {
  let items: T[] = [];
  return {
    add(item: T) {
      items.push(item);
      if (items.length === 1) {
        setImmediate(() => {
          const batch = items;
          items = [];
          void flush(batch);
        });
      }
    },
  };
}
