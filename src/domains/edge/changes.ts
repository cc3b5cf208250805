// Announcing a change of vhosts or backends. Every node reloads its routing table when it
// hears `edge:changed`; the announcing node also reloads its own at once, before the
// mutation answers, so a client that just created a vhost can use it on this node
// immediately (with Redis its own message would come back only after a round trip).
import type { PubSub } from "../../pubsub.js";

const local = new WeakMap<PubSub, Set<() => Promise<void>>>();

export function onLocalEdgeChange(pubsub: PubSub, reload: () => Promise<void>): () => void {
  let set = local.get(pubsub);
  if (!set) local.set(pubsub, (set = new Set()));
  set.add(reload);
  return () => set.delete(reload);
}

export async function announceEdgeChange(pubsub: PubSub): Promise<void> {
  await Promise.all([...(local.get(pubsub) ?? [])].map((reload) => reload()));
  await pubsub.publish("edge:changed", { at: Date.now() });
}
