import { describe, expect, it } from "vitest";
import { formatCount, formatDateTime, formatPrice } from "./format";

describe("formatPrice", () => {
  it("writes CNY with two decimals in both locales", () => {
    expect(formatPrice("zh", 0.5)).toBe("¥0.50");
    expect(formatPrice("en", 19.9)).toBe("¥19.90");
  });

  it("groups thousands", () => {
    expect(formatPrice("en", 12345.6)).toBe("¥12,345.60");
    expect(formatPrice("zh", 12345.6)).toBe("¥12,345.60");
  });
});

describe("formatCount", () => {
  it("groups thousands for the locale", () => {
    expect(formatCount("en", 1200)).toBe("1,200");
  });
});

describe("formatDateTime", () => {
  it("writes the date and time in China Standard Time for the locale, and names the zone", () => {
    expect(formatDateTime("en", "2026-11-28T12:05:00Z")).toBe("Nov 28, 2026, 8:05 PM (UTC+8)");
    expect(formatDateTime("zh", "2026-11-28T12:05:00Z")).toBe("2026年11月28日 20:05（北京时间）");
  });
});
