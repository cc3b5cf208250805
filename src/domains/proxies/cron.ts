// Cron schedules of sources, evaluated with croner in UTC. Five fields, or six with seconds
// first; anything else is a validation error at create/update time, not at scrape time.
import { Cron } from "croner";
import { ValidationError } from "../../errors.js";

export const DEFAULT_CRON = "*/30 * * * *";

function pattern(expr: string): Cron {
  // A Cron without a callback only evaluates the pattern; it never schedules anything.
  return new Cron(expr, { timezone: "UTC", mode: "5-or-6-parts" });
}

/** The normalised expression, or a ValidationError naming the field. */
export function validateCron(expr: string, field = "cronSchedule"): string {
  const trimmed = expr.trim().replace(/\s+/g, " ");
  try {
    if (trimmed.length > 200) throw new Error("too long");
    if (pattern(trimmed).nextRun(new Date()) === null) throw new Error("never runs");
  } catch (err) {
    throw new ValidationError(`Invalid cron schedule "${expr.slice(0, 100)}": ${(err as Error).message}`, [
      { field, message: "not a valid cron expression (5 fields, or 6 with seconds)" },
    ]);
  }
  return trimmed;
}

/** The first run strictly after `from`; null when the pattern has no future run. */
export function nextRun(expr: string, from: Date): Date | null {
  try {
    return pattern(expr).nextRun(from);
  } catch {
    return null;
  }
}
