// Statements shared by the requests that arrive together. Each batcher keeps one statement
// running; whatever arrives meanwhile goes together in the next one. The first statement
// starts at the end of the event-loop turn its first request arrived in, so the requests read
// in the same turn share it: PGlite runs a statement without yielding, so nothing would
// arrive "meanwhile" there. A request alone waits one turn; a hundred at a time share a few
// statements instead of each taking its own round trip (PostgreSQL) or its own run of the
// in-process database (PGlite: one insert of ten rows costs about what two single-row
// inserts do). Used by the gateway's reserve/settle and by session event inserts.

/** Requests per statement at most: arrays of this size stay far below any message limit. */
const MAX_BATCH = 256;

interface Waiting<I, O> {
  item: I;
  resolve(o: O): void;
  reject(err: unknown): void;
}

/**
 * `run` takes items and returns one output per item, in order. A batch that fails is retried
 * item by item, so one bad item (a row the database refuses) fails only its own request.
 */
export function batcher<I, O>(run: (items: I[]) => Promise<O[]>): (item: I) => Promise<O> {
  const queue: Waiting<I, O>[] = [];
  let busy = false;
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
      if (busy) return;
      busy = true;
      setImmediate(() => void flush());
    });
}

