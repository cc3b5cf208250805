// Releases budget reservations whose request died with its node (expiry passed). Every node
// runs it; each sweep claims its rows with FOR UPDATE SKIP LOCKED (budget-sql.ts).
import type { AppDeps } from "../../domain.js";
import type { JobDefinition } from "../../jobs/job.js";
import { sweepExpired } from "./budget-sql.js";

export function reservationSweepJob(deps: AppDeps): JobDefinition {
  return {
    name: "gateway-reservations",
    enabled: true,
    intervalMs: deps.config.gateway.reservationSweepMs,
    async run(ctx) {
      const n = await sweepExpired(deps.sql);
      if (n) ctx.log.warn({ released: n }, "released expired budget reservations");
      return { more: n >= 500 };
    },
  };
}
