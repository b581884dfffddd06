import { describe, expect, it } from "vitest";
import { checkoutTotal } from "./checkout-total";

const mailbox = {
  price: 0.5,
  price_tiers: [
    { min_quantity: 50, price: 0.45 },
    { min_quantity: 100, price: 0.4 },
  ],
  min_quantity: 5,
  max_quantity: 200,
  stock: 400,
};

describe("checkoutTotal", () => {
  it("uses the base price below the first tier", () => {
    expect(checkoutTotal(mailbox, 5)).toEqual({ unitPrice: 0.5, subtotal: 2.5, discount: 0, total: 2.5, tierApplied: false });
  });

  it("uses the highest tier the quantity reaches, in exact fen", () => {
    expect(checkoutTotal(mailbox, 49).total).toBe(24.5);
    expect(checkoutTotal(mailbox, 50)).toMatchObject({ unitPrice: 0.45, total: 22.5, tierApplied: true });
    expect(checkoutTotal(mailbox, 133)).toMatchObject({ unitPrice: 0.4, subtotal: 53.2, total: 53.2 });
  });

  it("takes a percent coupon off the subtotal, rounding the discount down to the fen", () => {
    expect(checkoutTotal(mailbox, 7, { kind: "percent", value: 10 })).toEqual({
      unitPrice: 0.5,
      subtotal: 3.5,
      discount: 0.35,
      total: 3.15,
      tierApplied: false,
    });
    expect(checkoutTotal({ ...mailbox, price: 0.33 }, 5, { kind: "percent", value: 10 }).discount).toBe(0.16);
  });

  it("never lets a fixed coupon bring the amount below 0.01", () => {
    expect(checkoutTotal(mailbox, 5, { kind: "fixed", value: 500 })).toMatchObject({ subtotal: 2.5, discount: 2.49, total: 0.01 });
  });
});
