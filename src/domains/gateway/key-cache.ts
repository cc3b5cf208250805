// Virtual keys by hash, cached per node for AUTH_CACHE_SECONDS so a request reads no key row.
// A change or revocation drops the key on every node at once: the changing node's cache is
// told directly before the mutation answers, the others hear `gateway:keyChanged` (as accounts
// does for principals). Spending does not depend on this: the reserve statement itself
// refuses a revoked or inactive key.
import type { Db } from "../../db.js";
import type { VirtualKey } from "../../generated/prisma/client.js";
import type { PubSub } from "../../pubsub.js";

/** Local listeners per node, keyed by that node's pub/sub so test nodes in one process stay apart. */
const local = new WeakMap<PubSub, Set<(keyId: string) => void>>();

export async function announceKeyChange(pubsub: PubSub, keyId: string): Promise<void> {
  for (const listener of local.get(pubsub) ?? []) listener(keyId);
  await pubsub.publish("gateway:keyChanged", { keyId });
}

const MAX_ENTRIES = 10_000;

export interface KeyCache {
  /** The key row with this hash, or null; from the cache while fresh. */
  get(hash: string): Promise<VirtualKey | null>;
  forget(keyId: string): void;
}

export function createKeyCache(deps: { prisma: Db; pubsub: PubSub; ttlMs: number; onError(err: unknown): void }): KeyCache {
  const entries = new Map<string, { key: VirtualKey; expiresAt: number }>();
  // Bumped on every change: a lookup in flight when one arrived may have read the old row,
  // so its result is used once but not cached.
  let changes = 0;
  const forget = (keyId: string) => {
    changes++;
    for (const [hash, e] of entries) if (e.key.id === keyId) entries.delete(hash);
  };
  let set = local.get(deps.pubsub);
  if (!set) local.set(deps.pubsub, (set = new Set()));
  set.add(forget);
  void (async () => {
    for await (const ev of deps.pubsub.subscribe("gateway:keyChanged")) forget(ev.keyId);
  })().catch(deps.onError);

  return {
    forget,
    async get(hash) {
      let hit = entries.get(hash);
      if (hit) {
        // A change from another node that arrived in the same I/O poll as this request gets
        // to drop the entry first.
        await new Promise<void>((r) => setImmediate(r));
        hit = entries.get(hash);
        if (hit && hit.expiresAt > Date.now()) return hit.key;
      }
      const before = changes;
      const key = await deps.prisma.virtualKey.findUnique({ where: { keyHash: hash } });
      if (key && deps.ttlMs > 0 && changes === before) {
        entries.delete(hash);
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        entries.set(hash, { key, expiresAt: Date.now() + deps.ttlMs });
      }
      return key;
    },
  };
}
