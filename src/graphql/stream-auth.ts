// Open streams follow their caller's credentials. A subscription is authorised once, when it
// starts; without this module a revoked key, a deactivated account or a demoted admin would
// keep receiving events for as long as the stream stays open.
//
// Every subscription (SSE, graphql-ws and the legacy /ws channels all run through Yoga's
// subscribe) is recorded with the principal it was authenticated as and the credentials it
// presented. `auth:revoked` (published by accounts on every revocation, deactivation, role
// and tier change, heard by every node through pub/sub) names a user; that user's streams on
// this node authenticate their credentials again (the authenticator has dropped its cached
// principals by then) and:
// - credentials no longer valid: the stream ends with an UNAUTHENTICATED error;
// - same principal (another of the user's keys was revoked): the stream goes on;
// - role or tier changed: the stream ends, since its context (and the auth-scope results
//   cached per context) hold the old principal. The error is the subscription's own refusal
//   (FORBIDDEN for a demoted admin watching someone else) when a fresh subscribe would be
//   refused, else RESUBSCRIBE: the client may subscribe again at once.
// Anything else that holds a stream open (the legacy /ws connection) registers with `watch`.
import { GraphQLError, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import { Subscription, type PubSub } from "../pubsub.js";
import type { Principal, RequestMeta } from "./context.js";

/** The identity's check of request credentials, run again for a stream's original ones. */
export type Reauthenticate = (headers: Headers, clientIp: string) => Promise<Principal | null>;

export interface WatchedStream {
  principal: Principal;
  headers: Headers;
  clientIp: string;
  /** Told the principal the credentials resolve to now (null: no longer valid). */
  recheck(fresh: Principal | null): void | Promise<void>;
}

type Result = ExecutionResult;
type SubscribeFn = (args: any) => Promise<Result | AsyncIterable<Result>> | Result | AsyncIterable<Result>;

const CREDENTIALS = ["authorization", "x-api-key", "cookie"] as const;

const isAsyncIterable = (v: unknown): v is AsyncIterable<Result> => typeof v === "object" && v !== null && Symbol.asyncIterator in v;

/** True when a stream authorised as `before` may go on as `after` without a new check. */
export const samePrincipal = (before: Principal, after: Principal) =>
  before.userId === after.userId && before.role === after.role && before.tier === after.tier;

export const revokedError = () =>
  new GraphQLError("Your credentials were revoked or your account was deactivated; this subscription has ended", {
    extensions: { code: "UNAUTHENTICATED", details: { reason: "revoked" } },
  });

const changedError = () =>
  new GraphQLError("Your role or tier changed; this subscription has ended, subscribe again", {
    extensions: { code: "RESUBSCRIBE", details: { reason: "principal_changed" } },
  });

export function createStreamAuth({ pubsub, log, authenticate }: { pubsub: PubSub; log: Logger; authenticate: Reauthenticate }) {
  const byUser = new Map<string, Set<WatchedStream>>();

  function watch(stream: WatchedStream): () => void {
    const userId = stream.principal.userId;
    let set = byUser.get(userId);
    if (!set) byUser.set(userId, (set = new Set()));
    set.add(stream);
    return () => {
      set.delete(stream);
      if (set.size === 0 && byUser.get(userId) === set) byUser.delete(userId);
    };
  }

  async function revoked(userId: string) {
    const streams = [...(byUser.get(userId) ?? [])];
    // One lookup per distinct credential: a client with many streams on one key costs one query.
    const lookups = new Map<string, Promise<Principal | null>>();
    await Promise.all(
      streams.map(async (stream) => {
        const key = [...CREDENTIALS.map((h) => stream.headers.get(h) ?? ""), stream.clientIp].join("\n");
        let lookup = lookups.get(key);
        if (!lookup) {
          // Fail closed: a stream whose credentials cannot be checked now is ended.
          lookup = authenticate(stream.headers, stream.clientIp).catch((err) => {
            log.warn({ err, userId }, "could not re-check the credentials of an open stream");
            return null;
          });
          lookups.set(key, lookup);
        }
        const fresh = await lookup;
        await stream.recheck(fresh?.userId === userId ? fresh : null);
      }),
    );
  }

  const listener = (async () => {
    for await (const ev of pubsub.subscribe("auth:revoked")) {
      revoked(ev.userId).catch((err) => log.error({ err, userId: ev.userId }, "re-checking open streams failed"));
    }
  })().catch((err) => log.error({ err }, "stream revocation listener stopped"));

  /** Wraps every authenticated subscription's event stream so a re-check can end it. */
  const plugin: Plugin = {
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      const ctx = args.contextValue as { principal?: Principal | null; request?: Request; meta?: RequestMeta };
      const principal = ctx.principal;
      if (!principal || !ctx.request) return;
      const headers = ctx.request.headers;
      const clientIp = ctx.meta?.clientIp ?? "";
      const inner = subscribeFn as SubscribeFn;
      setSubscribeFn((async (subArgs: any) => {
        const result = await inner(subArgs);
        if (!isAsyncIterable(result)) return result;
        const stream = endable(result);
        const unwatch = watch({
          principal,
          headers,
          clientIp,
          async recheck(fresh) {
            if (fresh && samePrincipal(principal, fresh)) return;
            if (!fresh) return stream.end({ errors: [revokedError()] });
            // Would the subscription be refused now? A dry run with the new principal answers
            // with the refusal, or with a stream that is closed again before it is read.
            const probe = await Promise.resolve(inner({ ...subArgs, contextValue: { ...subArgs.contextValue, principal: fresh, authError: null } })).catch(
              (err: unknown) => ({ errors: [err instanceof GraphQLError ? err : new GraphQLError(String(err), { originalError: err as Error })] }),
            );
            if (isAsyncIterable(probe)) {
              await probe[Symbol.asyncIterator]().return?.();
              return stream.end({ errors: [changedError()] });
            }
            return stream.end(probe.errors?.length ? probe : { errors: [changedError()] });
          },
        });
        stream.onFinish(unwatch);
        return stream.iterable;
      }) as never);
    },
  };

  return {
    plugin,
    watch,
    /** Waits for the listener after pubsub.closeAll() ended it. */
    async close() {
      byUser.clear();
      await Promise.race([listener, Promise.resolve()]);
    },
  };
}

export type StreamAuth = ReturnType<typeof createStreamAuth>;

/**
 * An event stream that can be ended from outside: the consumer's pending or next read gets
 * `last` (an error result), then the stream is done and the source is closed.
 */
function endable(source: AsyncIterable<Result>) {
  const it = source[Symbol.asyncIterator]();
  const wakesOnReturn = it instanceof Subscription;
  let last: Result | undefined;
  let finished = false;
  // Wakes the read in progress. A fresh promise per read: racing every read against one
  // long-lived promise would pile a reaction onto it per event for the stream's whole life.
  let wake: (() => void) | undefined;
  const finishers: (() => void)[] = [];
  const finish = () => {
    if (finished) return;
    finished = true;
    for (const f of finishers.splice(0)) f();
  };
  const done = { done: true as const, value: undefined };

  const iterator: AsyncIterableIterator<Result> = {
    async next() {
      if (finished && !last) return done;
      if (last) {
        const value = last;
        last = undefined;
        finish();
        return { done: false, value };
      }
      let r: IteratorResult<Result> | "ended";
      try {
        // A queue of ours (a shared stream's member) answers a pending read at once when it is
        // returned, so `end` needs no race there: one promise per read less on every delivery.
        r = wakesOnReturn
          ? await it.next()
          : await Promise.race([it.next(), new Promise<"ended">((resolve) => (wake = () => resolve("ended")))]);
      } catch (err) {
        finish();
        throw err;
      } finally {
        wake = undefined;
      }
      if (r === "ended" || (r.done && last)) return iterator.next();
      if (r.done) finish();
      return r;
    },
    async return() {
      last = undefined;
      finish();
      await it.return?.();
      return done;
    },
    async throw(err?: unknown) {
      last = undefined;
      finish();
      if (it.throw) return it.throw(err);
      throw err;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };

  return {
    iterable: iterator,
    onFinish(f: () => void) {
      if (finished) f();
      else finishers.push(f);
    },
    /** Ends the stream with `result` as its last event (nothing more when it already ended). */
    async end(result: Result) {
      if (finished || last) return;
      last = result;
      wake?.();
      // The source stops now, not when the consumer reads again.
      await it.return?.();
    },
  };
}
