import { describe, expect, it } from "vitest";
import { Settling } from "./settling.js";

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe("Settling", () => {
  it("has nothing to wait for when none is in flight", () => {
    expect(new Settling().landed()).toBeNull();
  });

  it("waits for one key's settles only when asked for that key", async () => {
    const s = new Settling();
    const mine = deferred();
    const other = deferred();
    s.track("k1", mine.promise);
    s.track("k2", other.promise);
    expect(s.landed("k3")).toBeNull();
    const landed = s.landed("k1")!;
    let done = false;
    void landed.then(() => (done = true));
    mine.resolve();
    await landed;
    expect(done).toBe(true);
    expect(s.landed("k1")).toBeNull();
    expect(s.landed("k2")).not.toBeNull();
    expect(s.landed()).not.toBeNull();
    other.resolve();
    await s.drain();
    expect(s.landed()).toBeNull();
  });

  it("waits for the settles in flight when asked, not for those begun later", async () => {
    const s = new Settling();
    const first = deferred();
    s.track("k1", first.promise);
    const landed = s.landed()!;
    const later = deferred();
    s.track("k1", later.promise);
    let done = false;
    void landed.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    first.resolve();
    await landed;
    expect(done).toBe(true);
    // The later one is still in flight; drain waits for it.
    expect(s.landed()).not.toBeNull();
    let drained = false;
    const draining = s.drain().then(() => (drained = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(drained).toBe(false);
    later.resolve();
    await draining;
    expect(s.landed()).toBeNull();
  });
});
