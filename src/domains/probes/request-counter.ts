// Requests served, for the admin status: counted in memory per node (no write on the
// request path) and added to the per-day row with one upsert every REQUEST_COUNTER_FLUSH_MS
// and at shutdown, so the totals survive restarts and add up across nodes.
import type { SqlRunner } from "../../db.js";
import { Prisma } from "../../generated/prisma/client.js";

const DAY_MS = 86_400_000;

export class RequestCounter {
  private pending = new Map<string, { count: number; totalMs: number }>();
  private flushing: Promise<void> = Promise.resolve();
  /** The UTC day `record` last counted in, and when it ends (ms): no date formatting per request. */
  private day = { key: "", end: 0 };

  constructor(private readonly sql: SqlRunner) {}

  record(ms: number, now = Date.now()) {
    if (now >= this.day.end || now < this.day.end - DAY_MS) {
      const start = now - (now % DAY_MS);
      this.day = { key: new Date(start).toISOString().slice(0, 10), end: start + DAY_MS };
    }
    const day = this.day.key;
    const p = this.pending.get(day) ?? { count: 0, totalMs: 0 };
    p.count += 1;
    p.totalMs += ms;
    this.pending.set(day, p);
  }

  /** Adds what this node counted since the last flush; serialised so no delta is added twice. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = [...this.pending];
      this.pending.clear();
      try {
        const values = Prisma.join(batch.map(([day, p]) => Prisma.sql`(${day}::date, ${p.count}::bigint, ${p.totalMs}::float8)`));
        await this.sql(Prisma.sql`
          INSERT INTO request_counters (day, count, total_ms) VALUES ${values}
          ON CONFLICT (day) DO UPDATE SET count = request_counters.count + EXCLUDED.count, total_ms = request_counters.total_ms + EXCLUDED.total_ms`);
      } catch (err) {
        // Put the counts back for the next flush rather than lose them.
        for (const [day, p] of batch) {
          const cur = this.pending.get(day) ?? { count: 0, totalMs: 0 };
          this.pending.set(day, { count: cur.count + p.count, totalMs: cur.totalMs + p.totalMs });
        }
        throw err;
      }
    });
    return this.flushing;
  }
}

/** One counter per app (keyed by its database client), shared by the middleware, the flush job and the status. */
const counters = new WeakMap<object, RequestCounter>();
export function counterFor(key: object, sql: SqlRunner): RequestCounter {
  let c = counters.get(key);
  if (!c) counters.set(key, (c = new RequestCounter(sql)));
  return c;
}
