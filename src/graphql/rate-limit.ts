// Per-principal field rate limits through graphql-rate-limit. A field calls
// `rateLimit(ctx, info, args, { max, window })` before doing its work; over the limit it
// throws RateLimitedError with the seconds until a call can succeed.
import { getFieldIdentity, getGraphQLRateLimiter } from "graphql-rate-limit";
import type { GraphQLResolveInfo } from "graphql";
import ms from "ms";
import { RateLimitedError } from "../errors.js";
import type { Context } from "./context.js";

export interface RateLimitRule {
  max: number;
  /** A duration string understood by `ms`: "1m", "10s", "1h". */
  window: string;
  /** Argument paths that make separate buckets (e.g. ["input.email"]). */
  identityArgs?: string[];
}

const identifyContext = (ctx: Context) =>
  ctx.principal ? `user:${ctx.principal.userId}` : `ip:${ctx.meta.clientIp}`;

const limiters = new WeakMap<object, ReturnType<typeof getGraphQLRateLimiter>>();

/**
 * The limiter reads a bucket from the store, decides, then writes it back. Two calls for
 * one bucket in flight at once (a Redis store answers asynchronously) would both read the
 * same count and both pass, so calls for one bucket take turns on this node, and across
 * nodes they hold the bucket's lock in the shared store (Counters.withLock).
 */
const inFlight = new WeakMap<object, Map<string, Promise<unknown>>>();

async function oneAtATime<T>(store: object, key: string, fn: () => Promise<T>): Promise<T> {
  let chains = inFlight.get(store);
  if (!chains) inFlight.set(store, (chains = new Map()));
  const run = (chains.get(key) ?? Promise.resolve()).then(fn);
  const tail = run.catch(() => undefined);
  chains.set(key, tail);
  try {
    return await run;
  } finally {
    if (chains.get(key) === tail) chains.delete(key);
  }
}

export async function rateLimit(ctx: Context, info: GraphQLResolveInfo, args: Record<string, unknown>, rule: RateLimitRule) {
  const store = ctx.counters.rateLimitStore;
  let limiter = limiters.get(store);
  if (!limiter) {
    limiter = getGraphQLRateLimiter({ identifyContext, store });
    limiters.set(store, limiter);
  }
  const check = limiter;
  const windowMs = ms(rule.window as ms.StringValue);
  const identity = {
    contextIdentity: identifyContext(ctx),
    fieldIdentity: getFieldIdentity(info.fieldName, rule.identityArgs ?? [], args),
  };
  const bucket = `${identity.contextIdentity}:${identity.fieldIdentity}`;
  const { rejected, live } = await oneAtATime(store, bucket, () => ctx.counters.withLock(`rl:${bucket}`, async () => {
    const rejected = await check({ parent: undefined, args, context: ctx, info }, { ...rule, uncountRejected: true });
    // The limiter only answers yes/no; read the window back for headers and Retry-After.
    const now = Date.now();
    const live = ((await store.getForIdentity(identity)) as number[]).filter((t) => t + windowMs > now);
    return { rejected, live };
  }));
  const now = Date.now();
  const oldest = live.length ? Math.min(...live) : now;
  const reset = Math.ceil((oldest + windowMs) / 1000);
  ctx.meta.rateLimit = { limit: rule.max, remaining: Math.max(0, rule.max - live.length), reset };
  if (rejected) {
    const retryAfter = Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    throw new RateLimitedError(
      `Too many ${info.fieldName} requests: at most ${rule.max} per ${rule.window}. Retry in ${retryAfter} s.`,
      retryAfter,
      rule.max,
      reset,
    );
  }
}
