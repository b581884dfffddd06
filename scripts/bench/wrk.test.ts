import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { mainThreadCpu, mergedPercentile, processCpu, QUANTILE_POINTS } from "./wrk";

// A run whose latency at percentile p is latencyAt(p).
const run = (requests: number, latencyAt: (p: number) => number) => ({ requests, quantiles: QUANTILE_POINTS.map(latencyAt) });

describe("mergedPercentile", () => {
  it("is a single run's own percentile", () => {
    const only = run(1000, (p) => p * 2);
    expect(mergedPercentile([only], 50)).toBe(100);
    expect(mergedPercentile([only], 99)).toBe(198);
    expect(mergedPercentile([only, only], 99)).toBe(198);
  });

  it("weighs each run by its requests", () => {
    const fast = run(900, () => 10);
    const slow = run(100, () => 500);
    // 90 % of all requests took 10 ms; the slow run's are the last tenth.
    expect(mergedPercentile([fast, slow], 50)).toBe(10);
    expect(mergedPercentile([fast, slow], 90)).toBe(10);
    expect(mergedPercentile([fast, slow], 91)).toBe(500);
    expect(mergedPercentile([fast, slow], 99)).toBe(500);
    // The same runs with the weights the other way round.
    expect(mergedPercentile([run(100, () => 10), run(900, () => 500)], 50)).toBe(500);
  });
});

describe("mainThreadCpu", () => {
  // A child process that spins a worker thread for 0.8 s, then its main thread for 0.8 s,
  // printing "worker done" and "main done" as it finishes each.
  const spinner = `
    const { Worker } = require("node:worker_threads");
    const spin = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
    const worker = new Worker("const end = Date.now() + 800; while (Date.now() < end); require('node:worker_threads').parentPort.postMessage(0)", { eval: true });
    worker.once("message", () => { console.log("worker done"); setTimeout(() => { spin(800); console.log("main done"); setTimeout(() => {}, 5000); }, 50); });
  `;

  it("counts the main thread's time and not another thread's", async () => {
    const child = spawn(process.execPath, ["-e", spinner], { stdio: ["ignore", "pipe", "inherit"] });
    const lines: string[] = [];
    const waitFor = (line: string) =>
      new Promise<void>((resolve) => {
        const check = () => (lines.includes(line) ? resolve() : setTimeout(check, 10));
        check();
      });
    child.stdout.on("data", (chunk: Buffer) => lines.push(...chunk.toString().trim().split("\n")));
    try {
      await waitFor("worker done");
      const [process1, main1] = [processCpu(child.pid!), mainThreadCpu(child.pid!)];
      // The worker's 0.8 s (at least 0.3 s of CPU on a busy machine) counts for the process, not for its main thread.
      expect(process1 - main1).toBeGreaterThan(0.3);
      await waitFor("main done");
      const [process2, main2] = [processCpu(child.pid!), mainThreadCpu(child.pid!)];
      expect(main2 - main1).toBeGreaterThan(0.3);
      // Five clock ticks of slack: the kernel scales a process's ticks and a thread's ticks to
      // their run time each on its own, so the two totals can differ by a tick or two (CI once
      // saw the main thread 0.02 s ahead of its process).
      expect(process2 - process1).toBeGreaterThanOrEqual(main2 - main1 - 0.05);
    } finally {
      child.kill();
    }
  });
});
