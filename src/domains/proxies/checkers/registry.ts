// The checker registry: plugins register here and a validation runs them in this order.
import { httpAnonymityChecker } from "./http-anonymity.js";
import { tcpConnectChecker } from "./tcp-connect.js";
import type { Checker } from "./types.js";

const registered: Checker[] = [];

export function registerChecker(checker: Checker): void {
  if (registered.some((c) => c.name === checker.name)) throw new Error(`checker "${checker.name}" is already registered`);
  registered.push(checker);
  registered.sort((a, b) => a.stage - b.stage || a.priority - b.priority || a.name.localeCompare(b.name));
}

/** Registered checkers in run order (stage, then priority). */
export function listCheckers(): readonly Checker[] {
  return registered;
}

registerChecker(tcpConnectChecker);
registerChecker(httpAnonymityChecker);
