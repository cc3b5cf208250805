// Announcing a revoked credential (API key, login session, role or tier change). Every node
// hears `auth:revoked` through pub/sub and drops the user's cached principals; with Redis
// the publishing node hears its own message only after a round trip, so a request arriving
// in between would still be served from its cache. The publisher therefore also tells the
// authenticators of its own node directly, before the mutation answers.
import type { PubSub, Topics } from "../../pubsub.js";

type Revocation = Topics["auth:revoked"][0];

/** Local listeners per node, keyed by that node's pub/sub so test nodes in one process stay apart. */
const local = new WeakMap<PubSub, Set<(ev: Revocation) => void>>();

export function onLocalRevocation(pubsub: PubSub, listener: (ev: Revocation) => void): () => void {
  let set = local.get(pubsub);
  if (!set) local.set(pubsub, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export async function announceRevocation(pubsub: PubSub, ev: Revocation): Promise<void> {
  for (const listener of local.get(pubsub) ?? []) listener(ev);
  await pubsub.publish("auth:revoked", ev);
}
