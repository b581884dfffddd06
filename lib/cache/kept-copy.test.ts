import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { keptCopy, type KeptCopy } from "./kept-copy";

// A load the test finishes by hand, counting how many reads were started. `newRead` reads,
// checks that this started a load of its own, and finishes that load with `value`.
function manualLoads<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<T>((resolve, reject) => pending.push({ resolve, reject }));
  const newRead = (copy: KeptCopy<T>, value: T): Promise<T> => {
    const started = pending.length;
    const answer = copy.read();
    expect(pending).toHaveLength(started + 1);
    pending.at(-1)!.resolve(value);
    return answer;
  };
  return { load, pending, newRead };
}

describe("keptCopy", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-06T12:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("shares one read between the callers that find no copy, then serves the copy until its lifetime is up", async () => {
    const { load, pending, newRead } = manualLoads<object>();
    const copy = keptCopy(load, { lifetimeMs: 1_000 });
    const waiting = Array.from({ length: 20 }, () => copy.read());
    expect(pending).toHaveLength(1);
    const first = { n: 1 };
    pending[0]!.resolve(first);
    for (const answer of await Promise.all(waiting)) expect(answer).toBe(first);

    vi.advanceTimersByTime(999);
    expect(await copy.read()).toBe(first);
    expect(pending).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(await newRead(copy, { n: 2 })).toEqual({ n: 2 });
  });

  it("after invalidate(), neither keeps nor hands on a read that began before it", async () => {
    const { load, pending } = manualLoads<string>();
    const copy = keptCopy(load, { lifetimeMs: 60_000 });
    const before = copy.read();
    copy.invalidate(); // a change is written while that read runs
    const after = copy.read();
    // The next read starts once the one in flight is done.
    expect(pending).toHaveLength(1);
    pending[0]!.resolve("read before the change");
    expect(await before).toBe("read before the change");
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[1]!.resolve("read after the change");
    expect(await after).toBe("read after the change");
    expect(await copy.read()).toBe("read after the change");
    expect(pending).toHaveLength(2);
  });

  it("gives the callers after any number of changes made during a read one read, started when that read is done", async () => {
    const { load, pending } = manualLoads<string>();
    const copy = keptCopy(load, { lifetimeMs: 60_000 });
    const before = copy.read();
    const after: Promise<string>[] = [];
    for (let change = 0; change < 50; change++) {
      copy.invalidate();
      after.push(copy.read(), copy.read());
    }
    expect(pending).toHaveLength(1);
    pending[0]!.reject(new Error("the read in flight failed")); // its failure is its callers' only
    await expect(before).rejects.toThrow("the read in flight failed");
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    copy.invalidate(); // a change while the second read runs: a third, after it
    const later = copy.read();
    pending[1]!.resolve("after fifty changes");
    for (const answer of await Promise.all(after)) expect(answer).toBe("after fifty changes");
    await vi.waitFor(() => expect(pending).toHaveLength(3));
    pending[2]!.resolve("after the last change");
    expect(await later).toBe("after the last change");
    expect(await copy.read()).toBe("after the last change");
    expect(pending).toHaveLength(3);
  });

  it("a read that finishes after invalidate() leaves no copy behind it, and changes start no read until one is asked for", async () => {
    const { load, pending } = manualLoads<string>();
    const copy = keptCopy(load, { lifetimeMs: 60_000 });
    const before = copy.read();
    copy.invalidate();
    copy.invalidate();
    pending[0]!.resolve("stale");
    expect(await before).toBe("stale");
    for (let turn = 0; turn < 10; turn++) await Promise.resolve(); // (timers are fake)
    expect(pending).toHaveLength(1);
    // The stale read left no copy: this read waits for a new one.
    const next = copy.read();
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[1]!.resolve("fresh");
    expect(await next).toBe("fresh");
    expect(await copy.read()).toBe("fresh");
    expect(pending).toHaveLength(2);
  });

  it("keeps no failure: its callers get it, the next caller reads again", async () => {
    const { load, pending, newRead } = manualLoads<string>();
    const copy = keptCopy(load, { lifetimeMs: 60_000 });
    const failing = [copy.read(), copy.read()];
    pending[0]!.reject(new Error("database gone"));
    for (const answer of failing) await expect(answer).rejects.toThrow("database gone");
    expect(await newRead(copy, "back")).toBe("back");
  });

  it("with serveAgedWhileReading, serves an aged copy while the next read runs, up to a second lifetime", async () => {
    const { load, pending, newRead } = manualLoads<string>();
    const copy = keptCopy(load, { lifetimeMs: 1_000, serveAgedWhileReading: true });
    await newRead(copy, "first");

    vi.advanceTimersByTime(1_500);
    expect(await copy.read()).toBe("first"); // aged: served, and a read started
    expect(pending).toHaveLength(2);
    vi.advanceTimersByTime(600); // past a second lifetime: wait for the read
    const waited = copy.read();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve("second");
    expect(await waited).toBe("second");
  });

  it("with serveAgedWhileReading, never serves a copy invalidate() dropped", async () => {
    const { load, newRead } = manualLoads<string>();
    const copy = keptCopy(load, { lifetimeMs: 1_000, serveAgedWhileReading: true });
    await newRead(copy, "before the change");
    vi.advanceTimersByTime(1_500);
    copy.invalidate();
    expect(await newRead(copy, "after the change")).toBe("after the change");
  });

  it("reads the lifetime at each read, and with 0 keeps nothing but still shares a read in flight", async () => {
    const { load, pending, newRead } = manualLoads<string>();
    let lifetimeMs = 0;
    const copy = keptCopy(load, { lifetimeMs: () => lifetimeMs });
    const shared = [copy.read(), copy.read()];
    expect(pending).toHaveLength(1);
    pending[0]!.resolve("one");
    expect(await Promise.all(shared)).toEqual(["one", "one"]);
    await newRead(copy, "two");

    lifetimeMs = 5_000; // the copy just read is now fresh for 5 s
    expect(await copy.read()).toBe("two");
    expect(pending).toHaveLength(2);
  });
});
