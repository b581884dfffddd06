import { describe, expect, it } from "vitest";
import { newOrderNumber, ORDER_NUMBER_PATTERN } from "./order-number";

describe("newOrderNumber", () => {
  it("is GS + yymmdd (UTC) + 4 digits + 4 capital letters", () => {
    const number = newOrderNumber(new Date("2026-04-29T12:00:00Z"));
    expect(number).toMatch(/^GS260429\d{4}[A-Z]{4}$/);
    expect(number).toHaveLength(16);
    expect(number).toMatch(ORDER_NUMBER_PATTERN);
  });

  it("takes the date from the given instant in UTC", () => {
    expect(newOrderNumber(new Date("2026-01-02T00:00:00Z")).slice(0, 8)).toBe("GS260102");
    expect(newOrderNumber(new Date("2025-12-31T23:59:59.999Z")).slice(0, 8)).toBe("GS251231");
  });

  it("defaults to now", () => {
    const today = new Date().toISOString().slice(2, 10).replaceAll("-", "");
    const number = newOrderNumber();
    // A run across UTC midnight could see tomorrow's date; accept either side.
    const tomorrow = new Date(Date.now() + 60_000).toISOString().slice(2, 10).replaceAll("-", "");
    expect([`GS${today}`, `GS${tomorrow}`]).toContain(number.slice(0, 8));
  });

  it("is random: numbers made in the same instant differ and use the whole alphabet", () => {
    const now = new Date("2026-04-29T12:00:00Z");
    const numbers = Array.from({ length: 500 }, () => newOrderNumber(now));
    for (const number of numbers) expect(number).toMatch(ORDER_NUMBER_PATTERN);
    // 10^4 * 26^4 ≈ 4.6e9 possibilities: 500 draws collide with probability ~3e-5.
    expect(new Set(numbers).size).toBe(numbers.length);
    const letters = new Set(numbers.flatMap((n) => [...n.slice(12)]));
    expect(letters.size).toBe(26);
    const digits = new Set(numbers.flatMap((n) => [...n.slice(8, 12)]));
    expect(digits.size).toBe(10);
  });

  it("pads the digits, so the length never varies", () => {
    const now = new Date("2026-04-29T12:00:00Z");
    for (let i = 0; i < 200; i++) expect(newOrderNumber(now)).toHaveLength(16);
  });
});

describe("ORDER_NUMBER_PATTERN", () => {
  it("accepts the published example and refuses near misses", () => {
    expect(ORDER_NUMBER_PATTERN.test("GS2604291234ABCD")).toBe(true);
    for (const bad of [
      "gs2604291234ABCD",
      "GS2604291234abcd",
      "GS260429123ABCD",
      "GS2604291234ABCDE",
      "XGS2604291234ABCD",
      "GS2604291234ABC1",
    ]) {
      expect(ORDER_NUMBER_PATTERN.test(bad), bad).toBe(false);
    }
  });
});
