import { describe, expect, it } from "vitest";
import { isRefundable, notRefundable } from "./refundable";

describe("isRefundable", () => {
  const order = (status: string, kind = "stock", paymentFlag: string | null = null) => ({ status, kind, paymentFlag });

  it("takes a completed order, and a paid one that will not be delivered", () => {
    expect(isRefundable(order("completed"))).toBe(true);
    expect(isRefundable(order("completed", "stock", "over_paid"))).toBe(true);
    expect(isRefundable(order("paid", "manual"))).toBe(true);
    expect(isRefundable(order("paid", "stock", "late_undelivered"))).toBe(true);
    expect(isRefundable(order("paid", "reusable", "paid_undelivered"))).toBe(true);
  });

  it("refuses a paid order whose value was credited, one with no such flag, and every other status", () => {
    expect(isRefundable(order("paid", "stock", "late_credited"))).toBe(false);
    expect(isRefundable(order("paid", "stock"))).toBe(false);
    for (const status of ["pending", "expired", "cancelled", "refunded"])
      expect(isRefundable(order(status, "manual", "paid_undelivered"))).toBe(false);
  });

  it("says why, naming a credited order's balance", () => {
    expect(notRefundable({ status: "paid", paymentFlag: "late_credited" })).toMatch(/already on the buyer's USDT balance/);
    expect(notRefundable({ status: "pending", paymentFlag: null })).toMatch(/^Only a completed order.*this one is pending$/);
  });
});
