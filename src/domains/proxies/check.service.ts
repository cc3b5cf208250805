// checkProxies: re-validates chosen proxies now instead of at their next check, so an
// operator who fixed a proxy sees it come back at once (re-checks are up to 10 minutes apart
// for active proxies and back off to 24 hours for dead ones).
import type { Db } from "../../db.js";
import { AppError, NotFoundError, ValidationError } from "../../errors.js";
import type { ProxyStatus } from "../../generated/prisma/client.js";
import { ProxyBusyError, type Validator } from "./validator.service.js";

export const MAX_CHECK_IDS = 50;

export interface ProxyCheckOutcome {
  proxyId: string;
  /** False when another validator was checking the proxy at that moment (its result stands). */
  checked: boolean;
  passed: boolean | null;
  status: ProxyStatus;
  score: number;
  error: string | null;
}

export async function checkProxies(prisma: Db, validator: Validator | undefined, ids: string[]): Promise<ProxyCheckOutcome[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > MAX_CHECK_IDS) {
    throw new ValidationError(`Give 1 to ${MAX_CHECK_IDS} proxy ids`, [{ field: "ids", message: `1 to ${MAX_CHECK_IDS} ids` }]);
  }
  // All or nothing on unknown ids: a typo should not pass silently among the results.
  const found = await prisma.proxy.findMany({ where: { id: { in: unique } }, select: { id: true } });
  const missing = unique.filter((id) => !found.some((p) => p.id === id));
  if (missing.length) throw new NotFoundError("Proxy", missing.join(", "));
  if (!validator) throw new AppError("INTERNAL", "the validator is not running on this node");
  return Promise.all(
    unique.map(async (id): Promise<ProxyCheckOutcome> => {
      try {
        const r = await validator.validateProxy(id);
        return { proxyId: id, checked: true, passed: r.passed, status: r.status, score: r.score, error: null };
      } catch (err) {
        if (!(err instanceof ProxyBusyError)) throw err;
        const now = await prisma.proxy.findUniqueOrThrow({ where: { id }, select: { status: true, score: true } });
        return { proxyId: id, checked: false, passed: null, ...now, error: "already being checked by another validator; status and score are from before that check" };
      }
    }),
  );
}
