// The checker plugin contract. A validation runs the registered checkers in order (stage,
// then priority) and stops at the first that fails, so a dead proxy costs one TCP connect.
import type { OutboundGuard } from "../../../http/outbound.js";
import type { Anonymity, ProxyProtocol } from "../../../generated/prisma/client.js";

export interface CheckTarget {
  id: string;
  ip: string;
  port: number;
  protocol: ProxyProtocol;
  username: string | null;
  password: string | null;
}

export interface CheckContext {
  guard: OutboundGuard;
  /** Per-checker limit; a checker that runs out reports a failure with a timeout detail. */
  timeoutMs: number;
  /** Where the judge is (this node's /judge unless JUDGE_URL says otherwise). */
  judgeUrl: string;
  /** Addresses that are "us": PUBLIC_IP or what the judge saw on a direct call. */
  realIps: ReadonlySet<string>;
  /** Aborted when the validator shuts down; the result is discarded then. */
  signal?: AbortSignal;
}

/** What a checker learned about the proxy, merged into the proxy row when the validation ends. */
export interface CheckFacts {
  exitIp?: string;
  anonymity?: Anonymity;
}

export interface CheckOutcome {
  passed: boolean;
  latencyMs: number | null;
  detail: string;
  facts?: CheckFacts;
}

export interface Checker {
  name: string;
  /** 1: reachability, 2: a request through the proxy; later stages may add more. */
  stage: number;
  /** Order inside a stage: lower runs first. */
  priority: number;
  description: string;
  run(target: CheckTarget, ctx: CheckContext): Promise<CheckOutcome>;
}
