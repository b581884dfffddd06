import { describe, expect, it } from "vitest";
import { retryBackoffMs } from "./retry-backoff";

describe("retryBackoffMs", () => {
  it("waits the base after the first failure, doubling after each one, up to the ceiling", () => {
    const wait = (attempts: number) => retryBackoffMs(attempts, { baseMs: 1_000, maxMs: 60_000 });
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20, 2_000].map(wait)).toEqual([
      1_000, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });

  it("spreads each wait by at most ±spread, reaching both ends (the ceiling too is spread)", () => {
    const wait = (attempts: number, random: number) => retryBackoffMs(attempts, { baseMs: 1_000, maxMs: 60_000, spread: 0.25, random });
    expect(wait(3, 0)).toBe(3_000);
    expect(wait(3, 0.5)).toBe(4_000);
    expect(wait(3, 1)).toBe(5_000);
    expect(wait(30, 1)).toBe(75_000);
    for (let i = 0; i < 1_000; i++) {
      const spread = retryBackoffMs(4, { baseMs: 1_000, maxMs: 60_000, spread: 0.25 });
      expect(spread).toBeGreaterThanOrEqual(6_000);
      expect(spread).toBeLessThanOrEqual(10_000);
    }
  });
});
