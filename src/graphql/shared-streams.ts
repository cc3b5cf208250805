// Subscribers whose results would be identical share one execution per event. A hundred
// clients watching one session with the same credentials and the same document would
// otherwise run the same resolvers a hundred times for every event; here each event is
// executed once and the one result goes to every subscriber's own queue. (Hasura's
// "multiplexed" live queries and Apollo Router's subscription deduplication do the same.)
//
// Only subscription fields that opt in share (`extensions: { [SHARED_STREAM]: true }`): a field
// whose stream starts with a snapshot of its own (statsUpdated, metrics, poolStats) must give
// every subscriber that first value, which a late joiner of a running stream would miss.
//
// Subscribers share when the operation (printed document, operation name, variables) and the
// principal (user, role, tier, credential) are the same: everything a resolver may read to
// decide what a caller sees. The shared execution runs with the context of the subscriber
// that opened it; it goes on when that subscriber leaves and stops when the last one does.
//
// Two places share. WebSocket transports (graphql-ws, the legacy /ws) call `share` around the
// whole enveloped subscribe: the result hooks (error masking, request ids) and the open-stream
// re-check (stream-auth.ts) then run once per shared stream, not once per subscriber. That is
// safe because members have the same principal and credential, so a revocation ends them all
// alike. Everything else (SSE over HTTP) shares through `plugin`, inside those hooks, which
// still run per subscriber. graphql-ws frames each result per subscriber, but a result that
// went to several of them is serialized once (http/ws-frames.ts reads `fannedOut`), and a
// graphql-ws subscriber waiting for its next result gets that frame written straight to its
// socket (`directSend`), without graphql-ws's promise chain and framing per subscriber.
import { getOperationAST, print, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { Gauge, type Registry } from "prom-client";
import { Subscription } from "../pubsub.js";
import type { Principal } from "./context.js";

/** The field extension that lets a subscription field's subscribers share executions. */
export const SHARED_STREAM = "sharedStream";

/** Set on a context whose transport already shares its stream, so the plugin does not again. */
const SHARED_BY_TRANSPORT = Symbol("sharedByTransport");

/** What a transport passes to `share`: the arguments of its enveloped subscribe. */
export interface ShareArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: unknown;
  contextValue: unknown;
  /**
   * The subscriber's own frame writer, if its transport has one (graphql-ws: ws-frames.ts
   * `directNext`): a result goes straight to its socket while it waits for one, instead of
   * through the transport's per-subscriber path. Returns false to take that path after all.
   */
  directSend?: (result: Result) => boolean;
}

type Result = ExecutionResult;
type SubscribeFn = (args: any) => Promise<Result | AsyncIterable<Result>> | Result | AsyncIterable<Result>;

const isAsyncIterable = (v: unknown): v is AsyncIterable<Result> => typeof v === "object" && v !== null && Symbol.asyncIterator in v;

interface Group {
  members: Set<Subscription<Result>>;
  /** The shared execution's stream, or the result that refused it (shared by all who waited). */
  opened: Promise<AsyncIterator<Result> | Result>;
  closed: boolean;
}

/** Results a shared execution handed to more than one subscriber. */
const fannedOutResults = new WeakSet<object>();

/** Whether `result` went to more than one subscriber of a shared execution. */
export const fannedOut = (result: object): boolean => fannedOutResults.has(result);

const printed = new WeakMap<DocumentNode, string>();
function printOnce(document: DocumentNode) {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/** True when the operation is a subscription to a field that opted in. */
function shareable(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null) {
  const op = getOperationAST(document, operationName);
  if (op?.operation !== "subscription") return false;
  const [root, ...more] = op.selectionSet.selections;
  if (!root || more.length > 0 || root.kind !== "Field") return false;
  return schema.getSubscriptionType()?.getFields()[root.name.value]?.extensions?.[SHARED_STREAM] === true;
}

/** Who the results are for and what was asked: equal keys, equal results. */
function shareKey(args: { document: DocumentNode; operationName?: string | null; variableValues?: unknown; contextValue: unknown }) {
  const principal = (args.contextValue as { principal?: Principal | null }).principal;
  if (!principal) return undefined;
  const { userId, email, role, tier, via, apiKeyId, loginSessionId } = principal;
  return JSON.stringify([userId, email, role, tier, via, apiKeyId, loginSessionId, args.operationName ?? null, args.variableValues ?? null, printOnce(args.document)]);
}

/** `registry`: where to export how many shared streams run and how many subscribers they feed. */
export function createSharedStreams(registry?: Registry) {
  const groups = new Map<string, Group>();
  if (registry) {
    new Gauge({
      name: "graphql_shared_streams",
      help: "Subscription executions shared by subscribers with the same caller, document and variables",
      registers: [registry],
      collect() {
        this.set(groups.size);
      },
    });
    new Gauge({
      name: "graphql_shared_stream_subscribers",
      help: "Subscribers fed by shared subscription executions",
      registers: [registry],
      collect() {
        let n = 0;
        for (const g of groups.values()) n += g.members.size;
        this.set(n);
      },
    });
  }

  function open(key: string, start: () => ReturnType<SubscribeFn>): Group {
    const group: Group = { members: new Set(), opened: undefined as never, closed: false };
    const close = () => {
      group.closed = true;
      if (groups.get(key) === group) groups.delete(key);
    };
    group.opened = Promise.resolve()
      .then(start)
      .then(
        (result) => {
          if (!isAsyncIterable(result)) {
            close(); // a refusal is answered to those who asked, never kept for later ones
            return result;
          }
          const source = result[Symbol.asyncIterator]();
          void pump(group, source, close);
          return source;
        },
        (err: unknown) => {
          close();
          throw err;
        },
      );
    groups.set(key, group);
    return group;
  }

  async function pump(group: Group, source: AsyncIterator<Result>, close: () => void) {
    let failure: unknown;
    try {
      for (;;) {
        const r = await source.next();
        if (r.done || group.closed) break;
        if (group.members.size > 1 && typeof r.value === "object" && r.value !== null) fannedOutResults.add(r.value);
        for (const m of group.members) m.deliver(r.value);
      }
    } catch (err) {
      failure = err;
    } finally {
      close();
      for (const m of [...group.members]) m.finish(failure);
    }
  }

  async function join(key: string, start: () => ReturnType<SubscribeFn>, directSend?: (result: Result) => boolean): Promise<Result | AsyncIterable<Result>> {
    const group = groups.get(key) ?? open(key, start);
    const source = await group.opened;
    if (!("next" in source)) return source as Result;
    // It ended while this subscriber waited for it to open (its source finished, or everyone
    // else left): this subscriber gets a stream of its own rather than a finished one.
    if (group.closed) return start();
    const member = new Subscription<Result>((m) => {
      group.members.delete(m);
      if (group.members.size > 0 || group.closed) return;
      group.closed = true;
      if (groups.get(key) === group) groups.delete(key);
      void source.return?.();
    });
    member.direct = directSend;
    group.members.add(member);
    return member;
  }

  const plugin: Plugin = {
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      if ((args.contextValue as unknown as Record<symbol, unknown>)[SHARED_BY_TRANSPORT]) return;
      if (!shareable(args.schema, args.document, args.operationName)) return;
      const inner = subscribeFn as SubscribeFn;
      // The key is taken from each call's own arguments: the re-check of an open stream
      // (stream-auth.ts) calls again with the new principal, which must not join the old group.
      setSubscribeFn(((subArgs: Parameters<SubscribeFn>[0]) => {
        const key = shareKey(subArgs);
        return key === undefined ? inner(subArgs) : join(key, () => inner(subArgs));
      }) as never);
    },
  };

  /**
   * A WebSocket transport's subscribe: `subscribe` (the whole enveloped subscribe of this
   * operation) runs once per group of equal subscribers; each gets its own queue of the results.
   */
  function share(args: ShareArgs, subscribe: () => ReturnType<SubscribeFn>): ReturnType<SubscribeFn> {
    if (!shareable(args.schema, args.document, args.operationName)) return subscribe();
    const key = shareKey(args);
    if (key === undefined) return subscribe();
    (args.contextValue as Record<symbol, unknown>)[SHARED_BY_TRANSPORT] = true;
    return join(`ws\n${key}`, subscribe, args.directSend);
  }

  return {
    plugin,
    share,
    /** Shared executions running now (tests, metrics). */
    size: () => groups.size,
  };
}

export type SharedStreams = ReturnType<typeof createSharedStreams>;
