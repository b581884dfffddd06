import { describe, expect, it } from "vitest";
import { ceilDiv, fenToYuan, formatDecimal, parseDecimal, yuanToFen } from "./money";

const TWO_POW_63 = 2n ** 63n;

describe("parseDecimal", () => {
  it("parses whole numbers and fractions into integer minor units", () => {
    expect(parseDecimal("0", 2)).toBe(0n);
    expect(parseDecimal("12", 2)).toBe(1200n);
    expect(parseDecimal("12.3", 2)).toBe(1230n);
    expect(parseDecimal("12.34", 2)).toBe(1234n);
    expect(parseDecimal("0.01", 2)).toBe(1n);
    expect(parseDecimal(" 7.20 ", 6)).toBe(7_200_000n);
    expect(parseDecimal("5", 0)).toBe(5n);
  });

  it("keeps 18-decimal values beyond 2^63 exact", () => {
    const units = parseDecimal("123456789.123456789012345678", 18);
    expect(units).toBe(123456789123456789012345678n);
    expect(units > TWO_POW_63).toBe(true);
    expect(parseDecimal("10.000000000000000001", 18)).toBe(10n * 10n ** 18n + 1n);
  });

  it("refuses more decimals than the unit has", () => {
    expect(() => parseDecimal("1.234", 2)).toThrow("has more than 2 decimals");
    expect(() => parseDecimal("1.5", 0)).toThrow("has more than 0 decimals");
  });

  it("refuses anything that is not a plain non-negative decimal", () => {
    for (const text of ["", "-1", "+1", "1e5", "abc", ".5", "1.", "1,5", "0x10", "1.2.3", "NaN"]) {
      expect(() => parseDecimal(text, 2), text).toThrow("not a decimal");
    }
  });
});

describe("formatDecimal", () => {
  it("prints minor units as a decimal without trailing zeros", () => {
    expect(formatDecimal(1001n, 2)).toBe("10.01");
    expect(formatDecimal(500n, 2)).toBe("5");
    expect(formatDecimal(150n, 2)).toBe("1.5");
    expect(formatDecimal(1n, 2)).toBe("0.01");
    expect(formatDecimal(0n, 2)).toBe("0");
    expect(formatDecimal(42n, 0)).toBe("42");
    expect(formatDecimal(-150n, 2)).toBe("-1.5");
    expect(formatDecimal(-1n, 6)).toBe("-0.000001");
  });

  it("prints 18-decimal values beyond 2^63 exactly", () => {
    expect(formatDecimal(123456789123456789012345678n, 18)).toBe("123456789.123456789012345678");
    expect(formatDecimal(10n ** 18n + 1n, 18)).toBe("1.000000000000000001");
    expect(formatDecimal(14n * 10n ** 16n, 18)).toBe("0.14");
  });

  it("round-trips with parseDecimal", () => {
    for (const [text, decimals] of [
      ["0.01", 2],
      ["10.5", 2],
      ["99999999999.99", 2],
      ["0.000001", 6],
      ["18446744073.709551617", 18],
      ["1", 18],
    ] as const) {
      expect(formatDecimal(parseDecimal(text, decimals), decimals)).toBe(text);
    }
  });
});

describe("fenToYuan / yuanToFen", () => {
  it("turns fen into a JSON number with at most two decimals", () => {
    expect(fenToYuan(1234n)).toBe(12.34);
    expect(fenToYuan(50n)).toBe(0.5);
    expect(fenToYuan(1n)).toBe(0.01);
    expect(fenToYuan(100n)).toBe(1);
    expect(fenToYuan(0n)).toBe(0);
    // The classic float trap: 0.1 + 0.2 style sums never appear, the value is a decimal literal.
    expect(fenToYuan(30n)).toBe(0.3);
    expect(JSON.stringify({ price: fenToYuan(1999n) })).toBe('{"price":19.99}');
  });

  it("gives the number the decimal text parses to, for small, large and negative amounts", () => {
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    const amounts = [-1n, -1999n, 99_999_999_99n, safe, safe - 1n, -safe, safe + 1n, -safe - 7n, 10n ** 20n + 3n];
    let seed = 12345;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      amounts.push(BigInt(seed) * BigInt(1 + (i % 5_000_000)));
    }
    for (const fen of amounts) {
      const text = formatDecimal(fen, 2);
      expect(fenToYuan(fen), text).toBe(Number(text));
      // And JSON prints it back as the same decimal while doubles are fine enough to tell cents apart.
      if (fen < 10n ** 13n && fen > -(10n ** 13n)) expect(JSON.stringify(fenToYuan(fen))).toBe(text);
    }
  });

  it("parses yuan strings into fen with integer maths", () => {
    expect(yuanToFen("12.34")).toBe(1234n);
    expect(yuanToFen("0.1")).toBe(10n);
    expect(yuanToFen("19.99")).toBe(1999n);
    expect(yuanToFen("7")).toBe(700n);
    expect(() => yuanToFen("0.001")).toThrow();
    expect(() => yuanToFen("-1")).toThrow();
  });

  it("round-trips every fen amount of a range", () => {
    for (let fen = 0n; fen < 1000n; fen += 7n) expect(yuanToFen(String(fenToYuan(fen)))).toBe(fen);
  });
});

describe("ceilDiv", () => {
  it("rounds a positive quotient up", () => {
    expect(ceilDiv(7n, 2n)).toBe(4n);
    expect(ceilDiv(6n, 2n)).toBe(3n);
    expect(ceilDiv(1n, 3n)).toBe(1n);
    expect(ceilDiv(0n, 5n)).toBe(0n);
  });

  it("stays exact beyond 2^63", () => {
    expect(ceilDiv(TWO_POW_63 * 3n + 1n, 3n)).toBe(TWO_POW_63 + 1n);
    expect(ceilDiv(TWO_POW_63 * 3n, 3n)).toBe(TWO_POW_63);
    expect(ceilDiv(10n ** 30n + 1n, 10n ** 12n)).toBe(10n ** 18n + 1n);
  });
});
