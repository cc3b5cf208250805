// The sessions domain's live settings (section `sessions` of the live configuration): how
// long a session may stay active before it is abandoned, and how long ended sessions and
// events are kept. The jobs read them per run, so a change applies at the next tick.
import { z } from "zod";
import type { AppDeps } from "../../domain.js";
import type { NodeRuntime } from "../../graphql/context.js";
import { storedSection } from "../../live-settings.js";

const schema = z
  .object({
    timeout_seconds: z.number().int().min(1).max(30 * 86_400),
    retention_days: z.number().int().min(1).max(3_650),
  })
  .strict();

type Section = ReturnType<typeof storedSection<z.infer<typeof schema>>>;
const perNode = new WeakMap<NodeRuntime, Section>();

/** This node's section (one per node: the jobs and the control plane share it). */
export function sessionSettings(deps: Pick<AppDeps, "node" | "config">): Section {
  let section = perNode.get(deps.node);
  if (!section) {
    const c = deps.config.sessions;
    section = storedSection("sessions", schema, { timeout_seconds: c.timeoutSeconds, retention_days: c.retentionDays });
    perNode.set(deps.node, section);
  }
  return section;
}
