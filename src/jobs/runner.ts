// The one job runner. Each job gets a loop: run, then sleep `intervalMs` or until one of its
// wake-up topics is published. A failed run is logged and the next one waits longer
// (doubling up to MAX_BACKOFF_FACTOR times the interval). Claim jobs keep up to
// `concurrency` items in flight and claim more as slots free up. Cluster singletons run only
// while this node holds their lease (./leases.ts), renewed by a heartbeat independent of the
// run, so a long run does not lose it. stop() stops claiming, lets work in flight finish (or
// abandons it through the job's onStop/signal) and gives leases up.
import type { Logger } from "pino";
import type { Db } from "../db.js";
import type { PubSub } from "../pubsub.js";
import { isClaimJob, type ClaimJob, type JobContext, type JobDefinition, type RunJob } from "./job.js";
import { createJobLeases, type JobLeases } from "./leases.js";

const MAX_BACKOFF_FACTOR = 32;

/**
 * One run of a claim job: keeps up to `concurrency` items in flight, claiming at most the
 * free slots, until a claim returns nothing (or the context is stopping) and every item has
 * finished. Returns how many items were handled without error. The runner's loop uses it;
 * tests and benchmarks call it to drain a job once.
 */
export async function runClaimJob<T>(job: ClaimJob<T>, ctx: JobContext): Promise<number> {
  const inFlight = new Set<Promise<void>>();
  let handled = 0;
  const start = (item: T) => {
    const p: Promise<void> = job
      .handle(item, ctx)
      .then(() => void handled++)
      .catch((err) => ctx.log.error({ err }, "job item failed"))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  try {
    let exhausted = false;
    while (!ctx.stopping()) {
      const free = job.concurrency - inFlight.size;
      if (free > 0 && !exhausted) {
        const items = await job.claim(free, ctx);
        items.forEach(start);
        if (items.length > 0) continue;
        exhausted = true;
      }
      if (inFlight.size === 0) break;
      await Promise.race(inFlight);
    }
  } finally {
    // A failed claim ends the run, but items already claimed still finish.
    await Promise.all(inFlight);
  }
  if (handled > 0) await job.afterRun?.(handled, ctx);
  return handled;
}

export interface JobRunnerDeps {
  prisma: Db;
  pubsub: PubSub;
  log: Logger;
  nodeId: string;
  leaseTtlMs: number;
  /**
   * When set, every singleton runs under this one lease (the cluster leader's) instead of a
   * lease of its own: the node that holds it runs all of them, nobody else runs any.
   */
  leaderLease?: string;
}

export interface JobRunner {
  start(jobs: readonly JobDefinition[]): void;
  /** Graceful: no new runs or claims; work in flight finishes; leases are released. */
  stop(opts?: { releaseLeases?: boolean }): Promise<void>;
  leases: JobLeases;
  /** Names of the singletons this node holds now. */
  held(): string[];
}

export function createJobRunner(deps: JobRunnerDeps): JobRunner {
  const leases = createJobLeases(deps.prisma, deps.nodeId, deps.leaseTtlMs);
  const abort = new AbortController();
  const loops: Promise<void>[] = [];
  const wakers = new Set<() => void>();
  const subscriptions: AsyncIterator<unknown>[] = [];
  const jobs: JobDefinition[] = [];
  /** Every job handed to start(), enabled or not: a disabled job may still own resources
   * (the validator serves checkProxies with its loop off) that onStop releases. */
  const declared: JobDefinition[] = [];
  const holding = new Set<string>();
  /** Each job's wake-up handle, so a topic or a newly taken lease wakes that job only. */
  const wakes = new Map<string, { woken: boolean; resolve?: () => void }>();
  let stopping = false;
  // Renew at a third of the TTL: two missed renewals still leave the lease ours.
  const renewMs = Math.max(100, Math.floor(deps.leaseTtlMs / 3));

  const leaseOf = (job: JobDefinition) => deps.leaderLease ?? job.name;

  /** Sleeps `ms`, or less when woken or stopping. */
  const sleep = (ms: number, wake?: { woken: boolean; resolve?: () => void }) =>
    new Promise<void>((resolve) => {
      if (stopping || wake?.woken) return resolve();
      const done = () => {
        clearTimeout(timer);
        wakers.delete(done);
        if (wake) wake.resolve = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakers.add(done);
      if (wake) wake.resolve = done;
    });

  async function loop(job: JobDefinition) {
    const log = deps.log.child({ job: job.name });
    const ctx: JobContext = { log, signal: abort.signal, stopping: () => stopping };
    const wake: { woken: boolean; resolve?: () => void } = { woken: false };
    wakes.set(job.name, wake);
    for (const topic of job.wakeOn ?? []) {
      // Wake-up topics are unkeyed; only the arrival matters, not the payload.
      const subscribe = deps.pubsub.subscribe as unknown as (topic: string) => AsyncIterable<unknown>;
      const it = subscribe(topic)[Symbol.asyncIterator]();
      subscriptions.push(it);
      void (async () => {
        try {
          for (let r = await it.next(); !r.done; r = await it.next()) {
            wake.woken = true;
            wake.resolve?.();
          }
        } catch {
          /* closed on shutdown */
        }
      })();
    }
    let failures = 0;
    // A timer, not an immediate run: start-up should not wait on (or race) the first run.
    await sleep(job.initialDelayMs ?? Math.min(job.intervalMs, 1000), wake);
    while (!stopping) {
      wake.woken = false;
      if (job.singleton && !holding.has(leaseOf(job))) {
        await sleep(renewMs, wake);
        continue;
      }
      let more = false;
      try {
        if (isClaimJob(job)) await runClaimJob(job, ctx);
        else more = Boolean((await (job as RunJob).run(ctx))?.more);
        failures = 0;
      } catch (err) {
        failures++;
        log.error({ err, failures }, "job run failed");
      }
      if (stopping) break;
      if (more) continue;
      const delay = failures ? job.intervalMs * Math.min(2 ** failures, MAX_BACKOFF_FACTOR) : job.intervalMs;
      await sleep(delay, failures ? undefined : wake);
    }
  }

  /** Keeps each singleton's lease: renews the ones held, takes the ones that lapsed. */
  async function heartbeat(names: string[]) {
    while (!stopping) {
      for (const name of names) {
        try {
          const ours = await leases.hold(name);
          if (ours && !holding.has(name)) {
            deps.log.info({ job: name, node: deps.nodeId }, "took the singleton job's lease");
            // The new holder starts at once instead of after its waiting interval.
            for (const job of jobs.filter((j) => j.singleton && leaseOf(j) === name)) {
              const wake = wakes.get(job.name);
              if (wake) {
                wake.woken = true;
                wake.resolve?.();
              }
            }
          }
          if (!ours && holding.has(name)) deps.log.warn({ job: name }, "lost the singleton job's lease");
          if (ours) holding.add(name);
          else holding.delete(name);
        } catch (err) {
          // Unsure whether we still hold it: stop running the job until a renewal succeeds.
          holding.delete(name);
          deps.log.warn({ err, job: name }, "renewing a job lease failed");
        }
      }
      await sleep(renewMs);
    }
  }

  return {
    leases,
    held: () => [...holding],
    start(list) {
      const names = new Set<string>();
      for (const job of list) {
        if (names.has(job.name)) throw new Error(`two jobs are named ${job.name}`);
        names.add(job.name);
        declared.push(job);
        if (!job.enabled) continue;
        jobs.push(job);
        loops.push(loop(job));
      }
      const singletons = [...new Set(jobs.filter((j) => j.singleton).map(leaseOf))];
      if (singletons.length) loops.push(heartbeat(singletons));
      deps.log.debug({ jobs: jobs.map((j) => j.name) }, "jobs started");
    },
    async stop({ releaseLeases = true } = {}) {
      if (stopping) return;
      stopping = true;
      for (const w of [...wakers]) w();
      await Promise.all(declared.map(async (j) => j.onStop?.()));
      abort.abort();
      await Promise.all(subscriptions.map((it) => it.return?.()));
      await Promise.all(loops);
      if (releaseLeases) {
        await Promise.all([...holding].map((name) => leases.release(name).catch((err) => deps.log.warn({ err, job: name }, "releasing a job lease failed"))));
      }
      holding.clear();
    },
  };
}
