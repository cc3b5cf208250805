// What a background job is. Domains declare jobs (`<feature>.job.ts`); the runner in
// ./runner.ts runs them: on an interval, woken early by pub/sub topics, with bounded
// concurrency, backoff after errors and a graceful stop that lets work in flight finish.
import type { Logger } from "pino";
import type { Topics } from "../pubsub.js";

export interface JobContext {
  log: Logger;
  /** Aborted when the node stops; long work should pass it on (fetches, checks). */
  signal: AbortSignal;
  /** True once stop was asked for: end the run early, leave unclaimed work for later. */
  stopping(): boolean;
}

interface JobBase {
  /** Unique per node; also the singleton lease's name and the log label. */
  name: string;
  /** A disabled job is never started (configuration, e.g. SCHEDULER_ENABLED=false). */
  enabled: boolean;
  /** Pause between runs when nothing woke the job earlier. */
  intervalMs: number;
  /** Delay of the first run after start-up (default: min(intervalMs, 1000)). */
  initialDelayMs?: number;
  /** Topics that start a run at once (e.g. `proxies:discovered` wakes the validator). */
  wakeOn?: readonly (keyof Topics)[];
  /**
   * Cluster singleton: only the node holding the job's lease row (job_leases) runs it; the
   * lease lapses within the runner's TTL when its holder dies, and another node takes over.
   */
  singleton?: boolean;
  /** Called once when the node stops (disabled jobs too), before waiting for work in flight. */
  onStop?: () => void | Promise<void>;
}

/** A job whose run does its own claiming (one statement per batch, say). */
export interface RunJob extends JobBase {
  /** One run. Return `{ more: true }` to run again at once (a full batch was claimed). */
  run(ctx: JobContext): Promise<void | { more?: boolean }>;
}

/**
 * A job over claimed items: the runner keeps up to `concurrency` items in flight, claiming
 * more (at most the free slots) as items finish, until a claim returns none.
 */
export interface ClaimJob<T> extends JobBase {
  concurrency: number;
  /** Claims up to `limit` due items in the database (FOR UPDATE SKIP LOCKED) and returns them. */
  claim(limit: number, ctx: JobContext): Promise<T[]>;
  /** Works one claimed item. A throw is logged; the item's claim lapses and it is retried later. */
  handle(item: T, ctx: JobContext): Promise<void>;
  /** Called after a run that handled at least one item (e.g. a pool-low check). */
  afterRun?(handled: number, ctx: JobContext): Promise<void>;
}

export type JobDefinition = RunJob | ClaimJob<any>;

export const isClaimJob = (job: JobDefinition): job is ClaimJob<unknown> => "claim" in job;
