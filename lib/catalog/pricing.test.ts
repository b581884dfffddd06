import { describe, expect, it } from "vitest";
import { unitPriceFen } from "./pricing";

// Given out of order on purpose: the rule is "highest minimum reached", not "first match".
const tiers = [
  { minQuantity: 100, priceFen: 80n },
  { minQuantity: 10, priceFen: 95n },
  { minQuantity: 50, priceFen: 90n },
];

describe("unitPriceFen", () => {
  it("uses the base price when there are no tiers", () => {
    expect(unitPriceFen(100n, [], 1)).toBe(100n);
    expect(unitPriceFen(100n, [], 200)).toBe(100n);
  });

  it("uses the base price below the lowest tier", () => {
    expect(unitPriceFen(100n, tiers, 1)).toBe(100n);
    expect(unitPriceFen(100n, tiers, 9)).toBe(100n);
  });

  it("applies a tier from exactly its minimum quantity", () => {
    expect(unitPriceFen(100n, tiers, 10)).toBe(95n);
    expect(unitPriceFen(100n, tiers, 49)).toBe(95n);
    expect(unitPriceFen(100n, tiers, 50)).toBe(90n);
    expect(unitPriceFen(100n, tiers, 99)).toBe(90n);
  });

  it("takes the highest tier the quantity reaches, whatever the order of the list", () => {
    expect(unitPriceFen(100n, tiers, 100)).toBe(80n);
    expect(unitPriceFen(100n, tiers, 200)).toBe(80n);
    expect(unitPriceFen(100n, [...tiers].reverse(), 150)).toBe(80n);
  });

  it("follows the tier's price even when it is not cheaper (the operator's choice)", () => {
    expect(unitPriceFen(100n, [{ minQuantity: 5, priceFen: 120n }], 5)).toBe(120n);
  });
});
