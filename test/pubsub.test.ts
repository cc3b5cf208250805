import { describe, expect, it } from "vitest";
import { createEventBus, filtered, MAX_QUEUED } from "../src/pubsub.js";

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

describe("in-process event bus semantics", () => {
  it("delivers keyed topics to that key's subscribers only, in order, and stops at return()", async () => {
    const bus = createEventBus();
    const mine = bus.subscribe("credits:changed", "u1");
    const theirs = bus.subscribe("credits:changed", "u2");
    for (let i = 1; i <= 3; i++) await bus.publish("credits:changed", "u1", { userId: "u1", balance: i, amount: 1, transactionId: `t${i}` });
    await bus.publish("credits:changed", "u2", { userId: "u2", balance: 9, amount: 1, transactionId: "x" });
    expect([(await mine.next()).value?.balance, (await mine.next()).value?.balance, (await mine.next()).value?.balance]).toEqual([1, 2, 3]);
    expect((await theirs.next()).value?.balance).toBe(9);
    const pending = mine.next();
    await mine.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    await bus.publish("credits:changed", "u1", { userId: "u1", balance: 4, amount: 1, transactionId: "t4" });
    expect(await mine.next()).toEqual({ value: undefined, done: true });
  });

  it("ends a subscriber that falls MAX_QUEUED events behind with an error, and keeps serving the others", async () => {
    const bus = createEventBus();
    const slow = bus.subscribe("session:started");
    const fast = bus.subscribe("session:started");
    const seen: string[] = [];
    const reading = (async () => {
      for await (const e of fast) if (seen.push(e.sessionId) === MAX_QUEUED + 1) return;
    })();
    for (let i = 0; i <= MAX_QUEUED; i++) await bus.publish("session:started", { sessionId: `s${i}`, userId: "u" });
    await reading;
    expect(seen).toHaveLength(MAX_QUEUED + 1);
    await expect(slow.next()).rejects.toThrow(/behind/);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
  });

  it("filtered() subscribes on first read only and passes the events kept", async () => {
    const bus = createEventBus();
    let opened = 0;
    const it = filtered(() => (opened++, bus.subscribe("session:started")), (e) => e.userId === "me");
    await bus.publish("session:started", { sessionId: "early", userId: "me" });
    expect(opened).toBe(0);
    const first = it.next();
    await bus.publish("session:started", { sessionId: "a", userId: "other" });
    await bus.publish("session:started", { sessionId: "b", userId: "me" });
    expect((await first).value).toEqual({ sessionId: "b", userId: "me" });
    expect(opened).toBe(1);
    await it.return!();
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });
});
