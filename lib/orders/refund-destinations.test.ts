import { describe, expect, it } from "vitest";
import { refundDestinations } from "./refund-destinations";

describe("refundDestinations", () => {
  it("offers provider or balance for a cashier payment of an account, and no choice to a guest", () => {
    expect(refundDestinations({ payRail: "epay", paymentMethod: "alipay", hasAccount: true })).toEqual({
      railOrBalance: "epay",
      outsideOrBalance: false,
    });
    expect(refundDestinations({ payRail: "wechat", paymentMethod: "wechat", hasAccount: false })).toEqual({
      railOrBalance: null,
      outsideOrBalance: false,
    });
  });

  it("offers outside or balance for a crypto payment of an account, and no choice to a guest or a balance payment", () => {
    expect(refundDestinations({ payRail: null, paymentMethod: "crypto", hasAccount: true })).toEqual({
      railOrBalance: null,
      outsideOrBalance: true,
    });
    expect(refundDestinations({ payRail: null, paymentMethod: "crypto", hasAccount: false })).toEqual({
      railOrBalance: null,
      outsideOrBalance: false,
    });
    expect(refundDestinations({ payRail: null, paymentMethod: "balance_cny", hasAccount: true })).toEqual({
      railOrBalance: null,
      outsideOrBalance: false,
    });
  });
});
