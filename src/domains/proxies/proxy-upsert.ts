// Writing scraped entries into the pool: one INSERT ... ON CONFLICT statement per batch that
// also links the proxies to their source. `xmax = 0` on the RETURNING rows tells rows this
// statement inserted from rows it updated, so new/updated counts are exact even while other
// scrapes write the same proxies.
import type { Db } from "../../db.js";
import type { ParsedProxy } from "./parsers/types.js";

export const UPSERT_BATCH = 1000;

/** One entry per (ip, port, protocol); later duplicates fill in missing credentials only. */
export function dedupe(entries: ParsedProxy[]): ParsedProxy[] {
  const byKey = new Map<string, ParsedProxy>();
  for (const e of entries) {
    const key = `${e.ip}\u0000${e.port}\u0000${e.protocol}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...e });
    else if (!seen.username && e.username) Object.assign(seen, { username: e.username, password: e.password });
  }
  // A stable order (by key) means concurrent scrapes lock shared rows in the same order.
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

export async function upsertProxies(
  prisma: Db,
  sourceId: string,
  entries: ParsedProxy[],
  batchSize = UPSERT_BATCH,
): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (let i = 0; i < entries.length; i += batchSize) {
    const batch = entries.slice(i, i + batchSize);
    // New proxies are due for validation at once (next_check_at = now()).
    const [row] = await prisma.$queryRaw<{ created: number; updated: number }[]>`
      WITH input AS (
        SELECT * FROM unnest(
          ${batch.map((e) => e.ip)}::text[],
          ${batch.map((e) => e.port)}::int[],
          ${batch.map((e) => e.protocol)}::text[],
          ${batch.map((e) => e.username ?? null)}::text[],
          ${batch.map((e) => e.password ?? null)}::text[]
        ) AS t(ip, port, protocol, username, password)
      ), up AS (
        INSERT INTO proxies (id, ip, port, protocol, username, password, next_check_at, first_seen_at, updated_at)
        SELECT gen_random_uuid(), ip, port, protocol::"ProxyProtocol", username, password, now(), now(), now() FROM input
        ON CONFLICT (ip, port, protocol) DO UPDATE SET
          username = COALESCE(EXCLUDED.username, proxies.username),
          password = CASE WHEN EXCLUDED.username IS NULL THEN proxies.password ELSE EXCLUDED.password END,
          updated_at = now()
        RETURNING id, (xmax = 0) AS inserted
      ), link AS (
        INSERT INTO proxy_sources (proxy_id, source_id, first_seen_at, last_seen_at)
        SELECT id, ${sourceId}::uuid, now(), now() FROM up
        ON CONFLICT (proxy_id, source_id) DO UPDATE SET last_seen_at = now()
      )
      SELECT (count(*) FILTER (WHERE inserted))::int AS created, (count(*) FILTER (WHERE NOT inserted))::int AS updated FROM up`;
    created += Number(row.created);
    updated += Number(row.updated);
  }
  return { created, updated };
}
