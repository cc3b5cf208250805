// `/api/admin/status` from measurements: this process (version, uptime, memory, CPU since
// the previous status call or start-up), the database (reachable, size, row counts), and
// the cluster's request totals from the persisted counters.
import os from "node:os";
import type { SqlRunner } from "../../db.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { RequestCounter } from "./request-counter.js";

export interface SystemStatus {
  version: string;
  uptimeSeconds: number;
  memoryRssBytes: number;
  memoryTotalBytes: number;
  cpuPercent: number;
  databaseStatus: string;
  databaseSizeBytes: number;
  usersCount: number;
  apiKeysCount: number;
  probeJobsCount: number;
  requestsToday: number;
  requestsThisMonth: number;
  averageResponseMs: number;
}

let lastCpu = { usage: process.cpuUsage(), at: performance.now() };

/** Process CPU over the interval since the last call, as a share of one core (may pass 100 on several). */
function cpuPercent(): number {
  const usage = process.cpuUsage();
  const at = performance.now();
  const used = (usage.user - lastCpu.usage.user + usage.system - lastCpu.usage.system) / 1000;
  const wall = at - lastCpu.at;
  lastCpu = { usage, at };
  return wall > 0 ? Math.round((used / wall) * 1000) / 10 : 0;
}

export async function systemStatus(sql: SqlRunner, counter: RequestCounter, version: string): Promise<SystemStatus> {
  await counter.flush().catch(() => undefined);
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  const month = `${now.toISOString().slice(0, 7)}-01`;
  let db: Record<string, unknown> | null = null;
  try {
    [db] = await sql(Prisma.sql`
      SELECT pg_database_size(current_database())::bigint AS size,
        (SELECT count(*) FROM users)::int AS users,
        (SELECT count(*) FROM api_keys WHERE revoked_at IS NULL)::int AS keys,
        (SELECT count(*) FROM probe_jobs)::int AS jobs,
        (SELECT coalesce(sum(count), 0) FROM request_counters WHERE day = ${day}::date)::bigint AS today,
        (SELECT coalesce(sum(count), 0) FROM request_counters WHERE day >= ${month}::date)::bigint AS month,
        (SELECT coalesce(sum(total_ms), 0) FROM request_counters WHERE day >= ${month}::date)::float8 AS month_ms`);
  } catch {
    db = null;
  }
  const n = (k: string) => Number(db?.[k] ?? 0);
  return {
    version,
    uptimeSeconds: Math.round(process.uptime()),
    memoryRssBytes: process.memoryUsage().rss,
    memoryTotalBytes: os.totalmem(),
    cpuPercent: cpuPercent(),
    databaseStatus: db ? "connected" : "unreachable",
    databaseSizeBytes: n("size"),
    usersCount: n("users"),
    apiKeysCount: n("keys"),
    probeJobsCount: n("jobs"),
    requestsToday: n("today"),
    requestsThisMonth: n("month"),
    averageResponseMs: n("month") ? Math.round((n("month_ms") / n("month")) * 10) / 10 : 0,
  };
}
