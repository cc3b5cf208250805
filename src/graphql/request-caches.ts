// Drops a request's entries from the per-request caches that libraries keep in long-lived
// WeakMaps keyed by the GraphQL context, once its answer is made.
//
// Why not leave them to the WeakMap: Pothos's scope-auth keeps each request's RequestCache
// in one, keyed by the context, and the RequestCache points back at that context. V8's
// young-generation collections treat a value held by an old WeakMap as alive, so the value
// keeps its own key alive, and with it the context, the request and all they reach. Each
// such request graph was then copied by the next scavenge and promoted by the one after, to
// wait for a full collection. At 500 `logSessionEvent` mutations a second that was 3.3 MB
// promoted per scavenge and 22 ms pauses; with the entry dropped here, 0.5 MB and 7 ms
// (BENCHMARKS.md, events).
import { RequestCache } from "@pothos/plugin-scope-auth";
import type { Plugin } from "graphql-yoga";

/** Answers still being written after onResponse: their operation goes on using its caches. */
const STREAMED = /^(text\/event-stream|multipart\/mixed)/i;

export const releaseRequestCaches: Plugin = {
  onResponse({ serverContext, response }) {
    // Yoga's GraphQL context is the server context, extended in place (envelop's extendContext).
    if (!serverContext || STREAMED.test(response.headers.get("content-type") ?? "")) return;
    RequestCache.clearForContext(serverContext);
  },
};
