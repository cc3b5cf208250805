// The batcher's gathering rules, on fake clocks: what shares a statement, and when it runs.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { batcher } from "./batch.js";

/** A batcher over a recording `run` that answers each item with itself times ten. */
function recorder(gatherMs?: number) {
  const runs: number[][] = [];
  const add = batcher(async (items: number[]) => (runs.push(items), items.map((i) => i * 10)), gatherMs === undefined ? undefined : { gatherMs });
  return { runs, add };
}

describe("batcher", () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ["setTimeout", "setImmediate", "performance"] }));
  afterEach(() => void vi.useRealTimers());

  it("shares one statement among the items of one turn, and answers each its own", async () => {
    const { runs, add } = recorder();
    const answers = Promise.all([add(1), add(2), add(3)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(await answers).toEqual([10, 20, 30]);
    expect(runs).toEqual([[1, 2, 3]]);
    const later = add(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(await later).toBe(40);
    expect(runs).toEqual([[1, 2, 3], [4]]);
  });

  it("does not hold an item that comes after a quiet spell", async () => {
    const { runs, add } = recorder(20);
    void add(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([[1]]);
    await vi.advanceTimersByTimeAsync(25);
    void add(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([[1], [2]]);
  });

  it("holds an item for gatherMs while items keep coming, and sends what gathered together", async () => {
    const { runs, add } = recorder(20);
    void add(1);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(5);
    const answers = [add(2)]; // 5 ms after the last: held
    await vi.advanceTimersByTimeAsync(8);
    answers.push(add(3));
    await vi.advanceTimersByTimeAsync(8);
    answers.push(add(4));
    expect(runs).toEqual([[1]]); // 16 ms into the 20
    await vi.advanceTimersByTimeAsync(4);
    expect(runs).toEqual([[1], [2, 3, 4]]);
    expect(await Promise.all(answers)).toEqual([20, 30, 40]);
  });

  it("starts the next statement with what queued while one ran, without gathering again", async () => {
    let release!: () => void;
    const runs: number[][] = [];
    const add = batcher(
      async (items: number[]) => {
        runs.push(items);
        if (runs.length === 1) await new Promise<void>((r) => (release = r));
        return items;
      },
      { gatherMs: 20 },
    );
    void add(1);
    await vi.advanceTimersByTimeAsync(0);
    void add(2);
    void add(3);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([[1], [2, 3]]);
  });

  it("retries a failed batch item by item, so only the bad item fails", async () => {
    const runs: number[][] = [];
    const add = batcher(async (items: number[]) => {
      runs.push(items);
      if (items.includes(2)) throw new Error("refused");
      return items;
    });
    const answers = [add(1), add(2), add(3)].map((p) => p.then((v) => v, (e: Error) => e.message));
    await vi.advanceTimersByTimeAsync(0);
    expect(await Promise.all(answers)).toEqual([1, "refused", 3]);
    expect(runs).toEqual([[1, 2, 3], [1], [2], [3]]);
  });
});
