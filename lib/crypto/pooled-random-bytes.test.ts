import { describe, expect, it } from "vitest";
import { pooledRandomBytes } from "./pooled-random-bytes";

describe("pooledRandomBytes", () => {
  it("gives the size asked for, in buffers of their own", () => {
    for (const size of [0, 1, 12, 32, 256, 257, 5000]) expect(pooledRandomBytes(size)).toHaveLength(size);
    const a = pooledRandomBytes(32);
    const before = Buffer.from(a);
    // Another draw, and a refill of the pool, leave an earlier answer as it was.
    for (let i = 0; i < 300; i++) pooledRandomBytes(32);
    expect(a.equals(before)).toBe(true);
    expect(a.buffer).not.toBe(pooledRandomBytes(32).buffer);
  });

  it("never hands out the same bytes twice, across refills of the pool", () => {
    const seen = new Set<string>();
    // 2,000 draws of 12 bytes: about six refills of the 4 KB pool.
    for (let i = 0; i < 2000; i++) seen.add(pooledRandomBytes(12).toString("hex"));
    expect(seen.size).toBe(2000);
  });

  it("draws bytes that look uniform", () => {
    // 64 KB: each byte value about 256 times; a pool handed out zeroed, or repeated, is far off.
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 1024; i++) for (const byte of pooledRandomBytes(64)) counts[byte]!++;
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(Math.max(...counts)).toBeLessThan(380);
  });

  it("refuses a size that is not a count of bytes", () => {
    for (const size of [-1, 1.5, Number.NaN]) expect(() => pooledRandomBytes(size)).toThrow(RangeError);
  });
});
