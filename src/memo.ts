// A bounded memo for pure work done on every request over a few distinct inputs (a Host
// header, a socket peer, an upstream URL, a subscription glob): computed once per key, and
// forgotten all at once when it holds `maxEntries`, so inputs a client chooses cannot grow it.

export interface Memo<V> {
  /** `compute(key)`, computed once per key (a throw is not kept). */
  (key: string): V;
  /** Forgets every key: what `compute` reads besides its key has changed. */
  clear(): void;
}

/** `compute` must not return undefined (it marks a key not yet computed). */
export function memo<V>(compute: (key: string) => V, maxEntries: number): Memo<V> {
  const values = new Map<string, V>();
  const get = (key: string): V => {
    let v = values.get(key);
    if (v === undefined) {
      v = compute(key);
      if (values.size >= maxEntries) values.clear();
      values.set(key, v);
    }
    return v;
  };
  return Object.assign(get, { clear: () => values.clear() });
}
