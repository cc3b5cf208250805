// Rows that nearly every request needs (credentials: API keys, login sessions, virtual keys),
// kept per node for a few seconds so a request reads no row. Three things keep a busy entry
// off the requests' path:
// - one read per entry at a time: when an entry is missing, every request arriving until the
//   row is back waits for the same read instead of sending its own (a hundred concurrent
//   requests after an expiry used to send a hundred reads);
// - an entry in use is read again in the background once half its time is up, so its
//   requests never wait for the row; one left idle past its time is read on the path;
// - invalidation (`drop`) bumps a generation: a read in flight when it came may have seen the
//   old row, so its result goes to the requests already waiting for it but is not cached,
//   and requests arriving after the drop start a read of their own.

export interface ReadCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** A background read failed; the entry stays until its time is up. */
  onRefreshError(err: unknown): void;
}

export interface ReadCache<V> {
  /**
   * The value under `key`: from the cache while fresh, else from `read` (shared with the
   * requests already waiting for the same key). `null` (nothing there) is not cached.
   */
  get(key: string, read: () => Promise<V | null>): Promise<V | null>;
  /** Drops the entries whose value matches; reads in flight are neither cached nor joined. */
  drop(matches: (value: V) => boolean): void;
  clear(): void;
}

export function createReadCache<V>(opts: ReadCacheOptions): ReadCache<V> {
  const entries = new Map<string, { value: V; readAt: number }>();
  const reading = new Map<string, Promise<V | null>>();
  let generation = 0;

  function load(key: string, read: () => Promise<V | null>): Promise<V | null> {
    const pending = reading.get(key);
    if (pending) return pending;
    const seen = generation;
    const p = read().then((value) => {
      if (generation !== seen) return value;
      entries.delete(key);
      if (value !== null && opts.ttlMs > 0) {
        if (entries.size >= opts.maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(key, { value, readAt: Date.now() });
      }
      return value;
    });
    const done = () => reading.get(key) === p && reading.delete(key);
    p.then(done, done);
    reading.set(key, p);
    return p;
  }

  return {
    async get(key, read) {
      if (entries.has(key)) {
        // An invalidation from another node that arrived in the same I/O poll as this
        // request gets to drop the entry first: "changed on A" means "seen on B" from the
        // next request on.
        await new Promise<void>((r) => setImmediate(r));
        const hit = entries.get(key);
        const age = hit ? Date.now() - hit.readAt : Number.POSITIVE_INFINITY;
        if (hit && age < opts.ttlMs) {
          if (age >= opts.ttlMs / 2 && !reading.has(key)) load(key, read).catch(opts.onRefreshError);
          return hit.value;
        }
      }
      return load(key, read);
    },
    drop(matches) {
      generation++;
      reading.clear();
      for (const [k, e] of entries) if (matches(e.value)) entries.delete(k);
    },
    clear() {
      generation++;
      reading.clear();
      entries.clear();
    },
  };
}
