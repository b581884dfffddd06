import { describe, expect, it } from "vitest";
import { shownStock, UNLIMITED_STOCK } from "./product-kinds";

describe("the stock a product shows", () => {
  it("counts lines for stock products", () => {
    expect(shownStock("stock", 7, 100)).toBe(7);
    expect(shownStock("stock", 0, null)).toBe(0);
  });
  it("shows a reusable product as unlimited (or the operator's figure) while it has its line, sold out without", () => {
    expect(shownStock("reusable", 1, null)).toBe(UNLIMITED_STOCK);
    expect(shownStock("reusable", 3, 50)).toBe(50);
    expect(shownStock("reusable", 0, 50)).toBe(0);
  });
  it("shows a manual product as unlimited or the operator's figure, with no lines at all", () => {
    expect(shownStock("manual", 0, null)).toBe(UNLIMITED_STOCK);
    expect(shownStock("manual", 0, 0)).toBe(0);
  });
});
