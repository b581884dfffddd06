// Where the operator may send an order's refund, as the console offers it; the same rules
// refundOrder (./refund-order.ts) enforces: a cashier payment goes back through its provider,
// or to the buyer's CNY balance when the buyer has an account; a crypto payment cannot be sent
// back by the shop, so it is recorded as refunded outside it or, for an account, credited to
// the balance; a balance payment always returns to the balance it came from.

export type RefundDestinations = {
  /** The cashier rail a refund can go back through, when the buyer could also take it as balance (a choice to offer). */
  railOrBalance: string | null;
  /** A crypto order of an account: recorded as refunded outside the shop, or credited to the balance (a choice to offer). */
  outsideOrBalance: boolean;
};

export function refundDestinations(order: { payRail: string | null; paymentMethod: string; hasAccount: boolean }): RefundDestinations {
  return {
    railOrBalance: order.payRail && order.hasAccount ? order.payRail : null,
    outsideOrBalance: order.paymentMethod === "crypto" && order.hasAccount,
  };
}
