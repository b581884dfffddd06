import { afterEach, describe, expect, it, vi } from "vitest";
import { processWorker } from "./process-worker";

const KEY = "stocklineProcessWorkerTest";
const names = { key: KEY, name: "test worker", fallback: "tests run here" };

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[KEY];
  vi.restoreAllMocks();
});

describe("processWorker", () => {
  it("starts once per process, shared by every copy of the module that asks (one globalThis)", () => {
    const start = vi.fn((name: string) => ({ name }));
    const first = processWorker(names, start);
    const second = processWorker(names, start);
    const worker = first.get("a");
    expect(worker).toEqual({ name: "a" });
    expect(second.get("b")).toBe(worker);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("gives up for good on a worker that failed to start, and says so once", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const start = vi.fn(() => {
      throw new Error("no threads");
    });
    const worker = processWorker(names, start);
    expect(worker.get()).toBeNull();
    expect(worker.get()).toBeNull();
    expect(start).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toBe("[stockline] no test worker: tests run here");
  });

  it("asks no more after `start` said the process is to have none", () => {
    const start = vi.fn(() => null);
    const worker = processWorker(names, start);
    expect(worker.get()).toBeNull();
    expect(worker.get()).toBeNull();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("after forget(), the callers work without one for the rest of the process's life", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const start = vi.fn(() => ({}));
    const worker = processWorker(names, start);
    expect(worker.get()).not.toBeNull();
    worker.forget();
    worker.forget();
    expect(worker.get()).toBeNull();
    expect(start).toHaveBeenCalledTimes(1);
    expect(error.mock.calls).toEqual([["[stockline] the test worker stopped: tests run here again"]]);
  });
});
