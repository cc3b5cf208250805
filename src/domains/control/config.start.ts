// Start-up of the live configuration: apply the stored version, then follow `config:changed`
// (published by whichever node stored or reloaded a version) until shutdown closes the topic.
import type { AppDeps } from "../../domain.js";
import { loadLatest } from "./config.service.js";

export async function startLiveConfig(deps: AppDeps): Promise<void> {
  await loadLatest(deps);
  const events = deps.pubsub.subscribe("config:changed");
  void (async () => {
    for await (const _ of events) {
      try {
        await loadLatest(deps);
      } catch (err) {
        // The node keeps what it ran: apply() undid its partial steps.
        deps.log.error({ err }, "applying a live configuration version failed");
      }
    }
  })();
}
