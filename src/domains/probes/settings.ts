// The probe quotas as a live setting (section `probe_quotas` of the live configuration): each
// tier's probes per UTC day and month. Charges and quota reads take the current value, so a
// change applies to the next probe on every node.
import { z } from "zod";
import type { Config } from "../../config.js";
import type { NodeRuntime } from "../../graphql/context.js";
import { storedSection } from "../../live-settings.js";

type Quotas = Config["probes"]["quotas"];

const limits = z
  .object({ day: z.number().int().min(0).max(10_000_000), month: z.number().int().min(0).max(100_000_000) })
  .strict()
  .refine((l) => l.day <= l.month, { message: "must not exceed the month's quota", path: ["day"] });
const schema = z.object({ free: limits, standard: limits, enterprise: limits }).strict();
type Value = z.infer<typeof schema>;

const perNode = new WeakMap<NodeRuntime, ReturnType<typeof storedSection<Value>>>();

/** This node's section (one per node: the control plane applies it, the probes read it). */
export function probeQuotaSection(deps: { node: NodeRuntime; config: Pick<Config, "probes"> }) {
  let section = perNode.get(deps.node);
  if (!section) {
    const q = deps.config.probes.quotas;
    section = storedSection("probe_quotas", schema, { free: q.FREE, standard: q.STANDARD, enterprise: q.ENTERPRISE });
    perNode.set(deps.node, section);
  }
  return section;
}

/** The quotas in force on this node, by tier. */
export function probeQuotas(deps: { node: NodeRuntime; config: Pick<Config, "probes"> }): Quotas {
  const v = probeQuotaSection(deps).current();
  return { FREE: v.free, STANDARD: v.standard, ENTERPRISE: v.enterprise };
}
