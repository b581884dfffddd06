import { describe, expect, it } from "vitest";
import { formatBalance, formatMovement } from "./format-balance";

describe("formatBalance / formatMovement", () => {
  it("writes CNY from fen with the ¥ sign and two decimals", () => {
    expect(formatBalance("zh", "CNY", 100_000n)).toBe("¥1,000.00");
    expect(formatBalance("en", "CNY", 1234n)).toBe("¥12.34");
  });

  it("writes USDT from micro-units exactly, two to six decimals", () => {
    expect(formatBalance("en", "USDT", 200_000_000n)).toBe("200.00 USDT");
    expect(formatBalance("zh", "USDT", 1_234_567_891n)).toBe("1,234.567891 USDT");
    expect(formatBalance("en", "USDT", 1n)).toBe("0.000001 USDT");
    // Beyond a double's exact range the digits still come out as stored.
    expect(formatBalance("en", "USDT", 9_007_199_254_740_993_000_001n)).toBe("9,007,199,254,740,993.000001 USDT");
  });

  it("signs movements: plus for credits, a minus sign for debits", () => {
    expect(formatMovement("en", "CNY", 250n)).toBe("+¥2.50");
    expect(formatMovement("zh", "CNY", -250n)).toBe("−¥2.50");
    expect(formatMovement("en", "USDT", -1_500_000n)).toBe("−1.50 USDT");
  });
});
