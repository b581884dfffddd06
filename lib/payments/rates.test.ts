import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// lib/env.ts reads process.env once, when first imported: pin the rate settings first.
let rates: typeof import("./rates");
beforeAll(async () => {
  vi.stubEnv("CNY_PER_USDT", "7.20");
  vi.stubEnv("COIN_PRICES_USDT", "trx:0.25");
  vi.resetModules();
  rates = await import("./rates");
});
afterAll(() => vi.unstubAllEnvs());

const RATE = 7_200_000n; // 7.20 CNY per USDT, in micro-CNY

describe("cnyPerUsdtMicro", () => {
  it("reads CNY_PER_USDT as micro-CNY", () => {
    expect(rates.cnyPerUsdtMicro()).toBe(RATE);
  });
});

describe("fenToMicroUsdt", () => {
  it("converts exactly when the rate divides", () => {
    expect(rates.fenToMicroUsdt(720n, RATE)).toBe(1_000_000n);
    expect(rates.fenToMicroUsdt(72n, RATE)).toBe(100_000n);
  });

  it("rounds up, so the shop is never paid less than its price", () => {
    // 1 CNY / 7.2 = 0.13888...
    expect(rates.fenToMicroUsdt(100n, RATE)).toBe(138_889n);
    expect(rates.fenToMicroUsdt(1n, RATE)).toBe(1_389n);
    // 1 fen at 1 000 000 CNY/USDT is a hundredth of a micro-USDT: still one micro-USDT.
    expect(rates.fenToMicroUsdt(1n, 1_000_000n * 1_000_000n)).toBe(1n);
  });

  it("is never below the exact value and less than one micro-USDT above it", () => {
    for (const fen of [1n, 3n, 99n, 12_345n, 9_999_999n]) {
      const micro = rates.fenToMicroUsdt(fen, RATE);
      const exactTimesRate = fen * 10_000n * 1_000_000n;
      expect(micro * RATE >= exactTimesRate).toBe(true);
      expect((micro - 1n) * RATE < exactTimesRate).toBe(true);
    }
  });

  it("follows the rate it is given (the order's snapshot)", () => {
    expect(rates.fenToMicroUsdt(700n, 7_000_000n)).toBe(1_000_000n);
    expect(rates.fenToMicroUsdt(700n, 7_100_000n)).toBe(985_916n);
  });
});

describe("fenToCoinAtomic", () => {
  it("prices TRC-20 and ERC-20 USDT in 6-decimal units, rounded up to 0.01", () => {
    expect(rates.fenToCoinAtomic(720n, "trc20_usdt", RATE)).toBe(1_000_000n);
    expect(rates.fenToCoinAtomic(100n, "trc20_usdt", RATE)).toBe(140_000n); // 0.138889 -> 0.14
    expect(rates.fenToCoinAtomic(100n, "erc20_usdt", RATE)).toBe(140_000n);
    expect(rates.fenToCoinAtomic(1n, "trc20_usdt", RATE)).toBe(10_000n); // never 0
  });

  it("prices BEP-20 USDT in 18-decimal units, rounded up to 0.01", () => {
    expect(rates.fenToCoinAtomic(720n, "bep20_usdt", RATE)).toBe(10n ** 18n);
    expect(rates.fenToCoinAtomic(100n, "bep20_usdt", RATE)).toBe(14n * 10n ** 16n);
    expect(rates.fenToCoinAtomic(1n, "bep20_usdt", RATE)).toBe(10n ** 16n);
  });

  it("stays exact for 18-decimal amounts beyond 2^63", () => {
    // 1 000 000 CNY = 138 888.888889 USDT, rounded up to 138 888.89.
    const atomic = rates.fenToCoinAtomic(100_000_000n, "bep20_usdt", RATE);
    expect(atomic).toBe(13_888_889n * 10n ** 16n);
    expect(atomic > 2n ** 63n).toBe(true);
    expect(rates.fenToCoinAtomic(100_000_000n, "trc20_usdt", RATE)).toBe(138_888_890_000n);
  });

  it("always lands on a whole step and never below the USDT value", () => {
    for (const fen of [1n, 7n, 123n, 4_567n, 89_012n]) {
      const micro = rates.fenToMicroUsdt(fen, RATE);
      const trc = rates.fenToCoinAtomic(fen, "trc20_usdt", RATE);
      const bep = rates.fenToCoinAtomic(fen, "bep20_usdt", RATE);
      expect(trc % 10_000n).toBe(0n);
      expect(bep % 10n ** 16n).toBe(0n);
      expect(trc >= micro && trc - micro < 10_000n).toBe(true);
      expect(bep >= micro * 10n ** 12n && bep - micro * 10n ** 12n < 10n ** 16n).toBe(true);
      // Both networks ask for the same USDT amount.
      expect(bep).toBe(trc * 10n ** 12n);
    }
  });

  it("prices a non-pegged coin from COIN_PRICES_USDT and refuses an unpriced one", () => {
    // 7.20 CNY = 1 USDT = 4 TRX at 0.25 USDT per TRX.
    expect(rates.fenToCoinAtomic(720n, "trx", RATE)).toBe(4_000_000n);
    expect(rates.isPriced("trx")).toBe(true);
    expect(rates.isPriced("btc")).toBe(false);
    expect(rates.isPriced("bep20_usdt")).toBe(true);
    expect(() => rates.fenToCoinAtomic(720n, "btc", RATE)).toThrow("no price configured for btc");
  });
});
