import { describe, expect, it } from "vitest";
import { mergedPercentile, QUANTILE_POINTS } from "./wrk";

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
