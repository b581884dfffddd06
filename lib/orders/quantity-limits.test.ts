import { describe, expect, it } from "vitest";
import { MAX_ORDER_QUANTITY, maxOrderQuantity, quantityProblem } from "./quantity-limits";

const mailbox = { min_quantity: 5, max_quantity: 200, stock: 400 };

describe("maxOrderQuantity", () => {
  it("caps at the product's limit, the contract's 200 and the stock", () => {
    expect(MAX_ORDER_QUANTITY).toBe(200);
    expect(maxOrderQuantity(mailbox)).toBe(200);
    expect(maxOrderQuantity({ ...mailbox, max_quantity: 500 })).toBe(200);
    expect(maxOrderQuantity({ ...mailbox, stock: 12 })).toBe(12);
    expect(maxOrderQuantity({ ...mailbox, max_quantity: 10 })).toBe(10);
    expect(maxOrderQuantity({ ...mailbox, stock: 0 })).toBe(0);
  });
});

describe("quantityProblem", () => {
  it("accepts a whole number within the limits", () => {
    expect(quantityProblem("5", mailbox)).toBeNull();
    expect(quantityProblem(" 200 ", mailbox)).toBeNull();
  });

  it("refuses 0, empty and non-numbers in place, then checks like the server: minimum, maximum, stock", () => {
    expect(quantityProblem("0", { ...mailbox, min_quantity: 1 })).toEqual({ key: "minQuantity", values: { min: 1 } });
    expect(quantityProblem("", mailbox)).toEqual({ key: "quantityInvalid" });
    expect(quantityProblem("2.5", mailbox)).toEqual({ key: "quantityInvalid" });
    expect(quantityProblem("4", mailbox)).toEqual({ key: "minQuantity", values: { min: 5 } });
    expect(quantityProblem("201", mailbox)).toEqual({ key: "maxQuantity", values: { max: 200 } });
    expect(quantityProblem("11", { ...mailbox, max_quantity: 10 })).toEqual({ key: "maxQuantity", values: { max: 10 } });
    expect(quantityProblem("13", { ...mailbox, stock: 12 })).toEqual({ key: "insufficientStock", values: { stock: 12 } });
    // Over the product's maximum and the stock: the server says the maximum first.
    expect(quantityProblem("300", { ...mailbox, stock: 12 })).toEqual({ key: "maxQuantity", values: { max: 200 } });
  });

  it("says sold out whatever is typed when nothing is left", () => {
    expect(quantityProblem("5", { ...mailbox, stock: 0 })).toEqual({ key: "soldOut" });
  });
});
