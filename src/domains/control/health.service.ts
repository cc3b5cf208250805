// Health of this node: database and Redis reachability, disk and memory headroom. No GraphQL
// imports; health.schema.ts exposes it as the `health` query.
import { statfs } from "node:fs/promises";
import v8 from "node:v8";
import type { HealthChecks } from "../../graphql/context.js";

export type CheckState = "ok" | "error" | "not_configured";

export interface HealthReport {
  healthy: boolean;
  /** Can serve traffic: the database answers and a configured Redis answers. */
  ready: boolean;
  timestamp: Date;
  version: string;
  uptimeSeconds: number;
  startedAt: Date;
  databaseKind: string;
  database: CheckState;
  redis: CheckState;
  diskSpace: CheckState;
  memory: CheckState;
  errors: string[];
}

const TIMEOUT_MS = 2_000;

async function check(fn: () => Promise<void>, name: string, errors: string[]): Promise<CheckState> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref();
      }),
    ]);
    return "ok";
  } catch (err) {
    errors.push(`${name}: ${(err as Error).message}`);
    return "error";
  } finally {
    // Cleared, not left to fire: a pending timer keeps the check's promises, and what they
    // hold, alive for its whole 2 s, long enough to be copied into the old generation.
    clearTimeout(timer);
  }
}

export async function healthReport(h: HealthChecks, version: string): Promise<HealthReport> {
  const errors: string[] = [];
  const [database, redis, diskSpace] = await Promise.all([
    check(h.database, "database", errors),
    h.redis ? check(h.redis, "redis", errors) : Promise.resolve<CheckState>("not_configured"),
    h.dataDir.startsWith("memory://")
      ? Promise.resolve<CheckState>("ok")
      : check(async () => {
          const s = await statfs(h.dataDir);
          const free = s.bavail * s.bsize;
          // Under 100 MB or 1 % free, PostgreSQL/PGlite writes start failing soon.
          if (free < 100 * 1024 * 1024 || s.bavail / s.blocks < 0.01) throw new Error(`only ${free} bytes free`);
        }, "disk_space", errors),
  ]);
  const heap = v8.getHeapStatistics();
  const memory: CheckState = heap.used_heap_size / heap.heap_size_limit < 0.9 ? "ok" : "error";
  if (memory === "error") errors.push("memory: heap above 90% of its limit");
  const now = new Date();
  return {
    healthy: database === "ok" && redis !== "error" && diskSpace === "ok" && memory === "ok",
    // Disk and memory pressure degrade health but do not stop requests from being served.
    ready: database === "ok" && redis !== "error",
    timestamp: now,
    version,
    uptimeSeconds: Math.floor((now.getTime() - h.startedAt.getTime()) / 1000),
    startedAt: h.startedAt,
    databaseKind: h.databaseKind,
    database,
    redis,
    diskSpace,
    memory,
    errors,
  };
}

