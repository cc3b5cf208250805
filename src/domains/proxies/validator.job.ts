// The validator job: checks due proxies with VALIDATOR_CONCURRENCY checks in flight, every
// VALIDATOR_POLL_MS or at once when a scrape discovered new proxies. Stopping abandons the
// checks in flight (their claims are released) so shutdown does not wait on slow proxies.
import type { AppDeps } from "../../domain.js";
import type { JobDefinition } from "../../jobs/job.js";
import { ownJudgeUrl } from "./judge.routes.js";
import { createValidator, registerNodeValidator } from "./validator.service.js";

export function validatorJob(deps: AppDeps): JobDefinition {
  const validator = createValidator({
    prisma: deps.prisma,
    guard: deps.outbound,
    pubsub: deps.pubsub,
    config: deps.config,
    log: deps.log,
    nodeId: deps.nodeId,
    ownJudgeUrl: () => ownJudgeUrl(deps.address(), deps.config),
  });
  // Built even when VALIDATOR_ENABLED=false: checkProxies still works with the loop off.
  registerNodeValidator(deps.prisma, validator);
  return {
    ...validator.dueWork(),
    name: "proxies.validator",
    enabled: deps.config.validator.enabled,
    intervalMs: deps.config.validator.pollMs,
    initialDelayMs: 0,
    // A rebalance hands back a departed node's claims and wakes every node to take its share.
    wakeOn: ["proxies:discovered", "cluster:rebalance"],
    onStop: () => validator.close(),
  };
}
