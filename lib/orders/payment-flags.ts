// The payment flags an order can carry for the operator (the console's flagged payments,
// GET /api/admin/payments/flagged), each set in the transaction that records what happened:
// - `paid_late`: paid after it expired, delivered (lib/orders/late-payment.ts);
// - `late_undelivered` / `late_credited`: paid after it expired when its items were gone, by a
//   guest (to refund by hand) or credited to the buyer's USDT balance;
// - `over_paid`: more than asked arrived (lib/payments/chains/settle-transfer.ts);
// - `partial`: closed (expired or cancelled) with part of its amount received and the rest never
//   sent (Bitcoin outputs to the order's own address add up; lib/orders/close-unpaid-order.ts and
//   lib/payments/chains/record-transfer.ts);
// - `paid_undelivered`: paid in time, but its delivery could not happen (a reusable product's
//   line removed before the payment arrived; lib/orders/confirm-payment.ts);
// - `paid_after_close`: a payment the order could no longer take (closed, not reopened): nothing
//   was delivered; the cashier rails credit a buyer with an account, a guest needs a refund.
export const PAYMENT_FLAGS = [
  "paid_late",
  "late_undelivered",
  "late_credited",
  "over_paid",
  "partial",
  "paid_undelivered",
  "paid_after_close",
] as const;
export type PaymentFlag = (typeof PAYMENT_FLAGS)[number];

/**
 * The columns that raise a flag: a new flag is a new thing to look at, so an earlier one's
 * resolution (kept in the audit log) is cleared with it.
 */
export const raiseFlag = (flag: PaymentFlag, at = new Date()) => ({
  paymentFlag: flag,
  paymentFlaggedAt: at,
  paymentFlagResolvedAt: null,
  paymentFlagNote: null,
});
