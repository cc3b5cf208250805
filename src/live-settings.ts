// Settings that change while a node runs (the control plane's live configuration). Each is a
// top-level section of the configuration document, declared by whoever owns what it changes:
// the outbound guard's allow list (app.ts), a domain's quotas or thresholds (its module's
// `liveSettings`). The control domain stores versions, validates a whole document against
// every section's schema and applies it on every node, undoing the sections already applied
// when a later one throws.
import type { z } from "zod";

export interface LiveSection<T = any> {
  /** The section's key in the configuration document (`outbound`, `sessions`, `probe_quotas`). */
  name: string;
  /** Validates the section; its issues become seed 001's field errors (`outbound.allow.0`). */
  schema: z.ZodType<T>;
  /** What the environment gave at start-up (the value of version 0). */
  initial: T;
  /** Makes `value` take effect on this node; returns how to put the previous value back. */
  apply(value: T): () => void;
}

/** A section whose value is only read where it is used: applying stores it, reading gets it. */
export function storedSection<T>(name: string, schema: z.ZodType<T>, initial: T): LiveSection<T> & { current(): T } {
  let value = initial;
  return {
    name,
    schema,
    initial,
    current: () => value,
    apply(next) {
      const before = value;
      value = next;
      return () => (value = before);
    },
  };
}
