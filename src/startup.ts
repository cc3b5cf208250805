// Start-up failures an operator can fix: main.ts prints their message as one line and exits 1,
// without a stack trace. Each message names the setting or the action that fixes it.
import { Redis } from "ioredis";
import type { Logger } from "pino";

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A URL for messages and logs: the password hidden. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable)";
  }
}

/** Delay before the next attempt: 200 ms doubling, at most 5 s. */
export const retryDelay = (attempt: number) => Math.min(200 * 2 ** attempt, 5_000);

/**
 * Connects once to Redis before the node listens. The long-lived clients retry forever in the
 * background, so without this a node with an unreachable Redis started "fine" and failed on
 * its first command (an uncaught MaxRetriesPerRequestError half a second later).
 */
export async function waitForRedis(url: string, retries: number, log?: Logger): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false, connectTimeout: 5_000 });
    probe.on("error", () => {}); // reported below, once
    try {
      await probe.connect();
      await probe.ping();
      return;
    } catch (err) {
      const reason = (err as Error).message || (err as NodeJS.ErrnoException).code || String(err);
      if (attempt >= retries) {
        throw new StartupError(
          `Redis at ${redactUrl(url)} is unreachable after ${attempt + 1} attempt${attempt ? "s" : ""} (${reason}): start it, fix REDIS_URL, or unset REDIS_URL to run one node without Redis.`,
        );
      }
      log?.warn({ err: reason, attempt, delay: retryDelay(attempt) }, "Redis not reachable yet; retrying");
      await new Promise((r) => setTimeout(r, retryDelay(attempt)));
    } finally {
      probe.disconnect();
    }
  }
}
