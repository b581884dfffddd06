// Which orders the operator can refund, as one rule for the guarded claim
// (lib/orders/claim-refund.ts) and the console's order page, which offers the button.
// - A completed order: its items stay delivered; the money goes back.
// - A paid order that will not be delivered: a manual-delivery one the operator decides not to
//   fill, or one whose items were gone when the payment came (flagged `late_undelivered`: paid
//   late by a guest; `paid_undelivered`: paid in time, its line removed meanwhile).
// `late_credited` is not among them: that payment's value is already on the buyer's balance.

/** The payment flags of a paid order whose money the shop kept and delivered nothing for. */
export const UNDELIVERED_FLAGS = ["late_undelivered", "paid_undelivered"] as const;

type RefundCandidate = { status: string; kind: string; paymentFlag: string | null };

export function isRefundable(order: RefundCandidate): boolean {
  if (order.status === "completed") return true;
  return (
    order.status === "paid" && (order.kind === "manual" || (UNDELIVERED_FLAGS as readonly (string | null)[]).includes(order.paymentFlag))
  );
}

/** Why an order cannot be refunded, as the API and the console say it. */
export function notRefundable(order: Pick<RefundCandidate, "status" | "paymentFlag">): string {
  if (order.status === "paid" && order.paymentFlag === "late_credited")
    return "This order's value is already on the buyer's USDT balance (paid late, items gone); there is nothing left to refund";
  return `Only a completed order, or a paid one that will not be delivered (manual delivery, or flagged late_undelivered or paid_undelivered), can be refunded; this one is ${order.status}`;
}
