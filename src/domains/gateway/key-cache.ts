// Virtual keys by hash, cached per node for AUTH_CACHE_SECONDS so a request reads no key row
// (src/read-cache.ts: one read at a time per key, read again in the background while in use).
// A change or revocation drops the key on every node at once: the changing node's cache is
// told directly before the mutation answers, the others hear `gateway:keyChanged` (as accounts
// does for principals). Spending does not depend on this: the reserve statement itself
// refuses a revoked or inactive key.
import type { Db } from "../../db.js";
import type { VirtualKey } from "../../generated/prisma/client.js";
import type { PubSub } from "../../pubsub.js";
import { createReadCache } from "../../read-cache.js";

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

export interface KeyCacheDeps {
  prisma: Pick<Db, "virtualKey">;
  pubsub: PubSub;
  ttlMs: number;
  /** `listener`: the change listener stopped; `refresh`: a background read failed (the entry stays until its time is up). */
  onError(err: unknown, what: "listener" | "refresh"): void;
}

export function createKeyCache(deps: KeyCacheDeps): KeyCache {
  const cache = createReadCache<VirtualKey>({ ttlMs: deps.ttlMs, maxEntries: MAX_ENTRIES, onRefreshError: (err) => deps.onError(err, "refresh") });
  const forget = (keyId: string) => cache.drop((key) => key.id === keyId);
  let set = local.get(deps.pubsub);
  if (!set) local.set(deps.pubsub, (set = new Set()));
  set.add(forget);
  void (async () => {
    for await (const ev of deps.pubsub.subscribe("gateway:keyChanged")) forget(ev.keyId);
  })().catch((err) => deps.onError(err, "listener"));

  return {
    forget,
    get: (hash) => cache.get(hash, () => deps.prisma.virtualKey.findUnique({ where: { keyHash: hash } })),
  };
}
