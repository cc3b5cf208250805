// Statements shared by the requests that arrive together. Each batcher keeps one statement
// running; whatever arrives meanwhile goes together in the next one. The first statement
// starts at the end of the event-loop turn its first request arrived in, so the requests read
// in the same turn share it: PGlite runs a statement without yielding, so nothing would
// arrive "meanwhile" there. A request alone waits one turn; a hundred at a time share a few
// statements instead of each taking its own round trip (PostgreSQL) or its own run of the
// in-process database (PGlite: one insert of ten rows costs about what two single-row
// inserts do). Used by the gateway's reserve/settle and by session event inserts.
//
// That gathering only pays when requests overlap, which they do flat out; a node at half its
// flat-out rate sees each request alone and pays the whole statement, and every write that
// follows it, for each one. In the events bench a lone event cost 1.3 ms of CPU against
// 0.45 ms for a batched one, so half the rate kept the core about 91 % busy, and any stall of
// the machine left a backlog it took ten times as long to work off (p99 near 100 ms in some
// runs). A batcher may therefore gather for a few milliseconds (`gatherMs`) when requests are
// coming faster than that: at 700 events a second a 3 ms gather took the CPU per event to
// 0.82 ms (57 % busy) for about 2 ms more median latency. A request arriving after a quiet
// spell of `gatherMs` or more is not held: gathering would find nothing to share.

/** Requests per statement at most: arrays of this size stay far below any message limit. */
const MAX_BATCH = 256;

interface Waiting<I, O> {
  item: I;
  resolve(o: O): void;
  reject(err: unknown): void;
}

export interface BatcherOptions {
  /**
   * How long the first request of a statement waits for others when the previous request
   * came less than this long before it (milliseconds; 0: one event-loop turn, always).
   */
  gatherMs?: number;
}

/**
 * `run` takes items and returns one output per item, in order. A batch that fails is retried
 * item by item, so one bad item (a row the database refuses) fails only its own request.
 */
export function batcher<I, O>(run: (items: I[]) => Promise<O[]>, { gatherMs = 0 }: BatcherOptions = {}): (item: I) => Promise<O> {
  const queue: Waiting<I, O>[] = [];
  let busy = false;
  let lastArrival = -Infinity;
  const settleAll = (batch: Waiting<I, O>[], outs: O[]) => batch.forEach((w, i) => w.resolve(outs[i]));
  async function flush() {
    busy = true;
    try {
      while (queue.length) {
        const batch = queue.splice(0, MAX_BATCH);
        try {
          settleAll(batch, await run(batch.map((w) => w.item)));
        } catch (err) {
          if (batch.length === 1) batch[0].reject(err);
          else for (const w of batch) await run([w.item]).then(([o]) => w.resolve(o), w.reject);
        }
      }
    } finally {
      busy = false;
    }
  }
  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      let coming = false;
      if (gatherMs > 0) {
        const now = performance.now();
        coming = now - lastArrival < gatherMs;
        lastArrival = now;
      }
      if (busy) return; // the running statement's end starts the next with whatever queued
      busy = true;
      if (coming) setTimeout(() => void flush(), gatherMs);
      else setImmediate(() => void flush());
    });
}

