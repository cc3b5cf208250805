// A request's entries in the libraries' per-request caches are dropped once its answer is
// made (src/graphql/request-caches.ts), and kept while a streamed answer is still running.
import { RequestCache } from "@pothos/plugin-scope-auth";
import { afterEach, describe, expect, it, vi } from "vitest";
import { builder } from "../src/graphql/builder.js";
import type { Context } from "../src/graphql/context.js";
import { releaseRequestCaches } from "../src/graphql/request-caches.js";
import { useNode } from "./helpers.js";

const original = RequestCache.fromContext.bind(RequestCache);
/** The scope-auth cache of `ctx` (made when it has none), as the plugin takes it. */
const fromContext = (ctx: object) => original(ctx as Context, builder);

/** Every scope-auth cache the node's operations take, with the context it is for. */
function watchCaches() {
  const taken: { ctx: object; cache: unknown }[] = [];
  vi.spyOn(RequestCache, "fromContext").mockImplementation((ctx, b) => {
    const cache = original(ctx, b);
    taken.push({ ctx, cache });
    return cache;
  });
  return taken;
}

describe("per-request caches", () => {
  const { node } = useNode();
  afterEach(() => vi.restoreAllMocks());

  it("drops an operation's scope-auth cache once its answer is made, on /graphql and on a legacy route", async () => {
    const taken = watchCaches();
    const res = await node.gql(`{ health { healthy } }`);
    expect(res.data?.health.healthy).toBe(true);
    expect((await node.http("GET", "/api/health")).status).toBe(200);
    vi.restoreAllMocks();
    const contexts = new Set(taken.map((t) => t.ctx));
    expect(contexts.size).toBe(2);
    for (const { ctx, cache } of taken) {
      // Within the operation the same cache served every field (one per context)...
      expect(taken.filter((t) => t.ctx === ctx).every((t) => t.cache === cache)).toBe(true);
      // ...and after the answer the context has none: asking again makes a new one.
      expect(fromContext(ctx)).not.toBe(cache);
    }
  });

  it("keeps the cache of an answer still being streamed", () => {
    const ctx = {};
    const cache = fromContext(ctx);
    const onResponse = releaseRequestCaches.onResponse!;
    const sse = new Response("", { headers: { "content-type": "text/event-stream" } });
    onResponse({ serverContext: ctx, response: sse } as never);
    expect(fromContext(ctx)).toBe(cache);
    const json = new Response("{}", { headers: { "content-type": "application/graphql-response+json; charset=utf-8" } });
    onResponse({ serverContext: ctx, response: json } as never);
    expect(fromContext(ctx)).not.toBe(cache);
  });
});
