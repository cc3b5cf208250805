import { describe, expect, it } from "vitest";
import { createEventBus } from "../src/pubsub.js";

describe("in-process event bus", () => {
  it("delivers one event to each of many subscribers of a topic without a listener-leak warning", async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      const bus = createEventBus();
      const iterators = Array.from({ length: 50 }, () => bus.subscribe("session:started")[Symbol.asyncIterator]());
      const firsts = iterators.map((it) => it.next());
      await bus.publish("session:started", { sessionId: "s1", userId: "u1" });
      const got = await Promise.all(firsts);
      expect(got.every((r) => !r.done)).toBe(true);
      bus.closeAll();
      // Node emits the warning on the next tick after the 11th listener.
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});
