// Samples this node's request counters and CPU every second, so metrics can report rates
// (per second, per minute) without a timer per reader. Runs on every node.
import type { AppDeps } from "../../domain.js";
import type { JobDefinition } from "../../jobs/job.js";
import { sample } from "./status.service.js";

export const statusJobs = (deps: AppDeps): JobDefinition[] => [
  { name: "control.metrics-sampler", enabled: true, intervalMs: 1_000, initialDelayMs: 0, run: () => sample(deps.node) },
];
