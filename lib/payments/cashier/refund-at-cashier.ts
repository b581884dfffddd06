import "server-only";
import { db, transaction } from "../../db";
import { AppError } from "../../api/app-error";
import { recordPaymentEvent } from "../../orders/payment-events";
import { claimRefund, refusedRefund, resolveFlagByRefund, type RefundedFrom } from "../../orders/claim-refund";
import { announceOrderRefunded } from "../../orders/order-notices";
import type { WithChange } from "../../orders/with-change";
import { ProviderError } from "./provider-http";
import { cashierRail, RAIL_NAMES } from "./rails";
import { providerUnavailable } from "./start-payment";
import type { RailName } from "./rail";

// Alipay (out_request_no) and WeChat Pay (out_refund_no) refund a refund number once however
// often it is sent; EPay's api.php has no such key.
const IDEMPOTENT_REFUNDS: readonly RailName[] = ["alipay", "wechat"];

/** A refund the order keeps: confirmed by the provider, or sent and unanswered (`unconfirmed`). */
export type CashierRefundChange = { from: RefundedFrom; provider: RailName; unconfirmed: boolean };

/**
 * Sends a cashier-paid order's money back through the provider that took it. The order is
 * claimed first (guarded completed, or paid and undeliverable, -> refunded, with a `refund:<order id>` event under its
 * unique key), so two operators clicking at once refund once. If the provider refuses, the
 * claim is undone and the order is back where it was. If it does not answer, the claim is
 * undone only where a retry is safe (a provider that dedupes refund numbers); otherwise it
 * stays recorded as unconfirmed for the operator to check at the provider. `withChange` runs
 * in the transaction that settles the refund record, once the order stays refunded.
 */
export async function refundAtCashier(orderId: string, withChange?: WithChange<CashierRefundChange>): Promise<RailName> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { orderNo: true, amountFen: true, payRail: true, status: true },
  });
  const railName = order.payRail as RailName;
  const rail = (RAIL_NAMES as readonly string[]).includes(railName) ? cashierRail(railName) : null;
  if (!rail)
    throw new AppError(
      "validation",
      `The ${order.payRail} rail that took this payment is not configured any more; refund it there, or to the buyer's balance`,
    );
  const payment = await db.paymentEvent.findFirst({
    // A manual-delivery order's payment was recorded as awaiting its items, and one whose items
    // were gone when it came as paid_undelivered.
    where: { orderId, source: railName, outcome: { in: ["delivered", "awaiting_delivery", "paid_undelivered"] } },
    select: { eventKey: true },
  });
  if (!payment)
    throw new AppError(
      "validation",
      "No provider payment is recorded for this order (confirmed by hand?); refund it to the buyer's balance",
    );
  const tradeNo = payment.eventKey.slice(railName.length + 1);

  const claimed = await transaction(async (tx) => {
    const from = await claimRefund(tx, orderId);
    if (!from) return null;
    await recordPaymentEvent(tx, {
      orderId,
      source: railName,
      eventKey: `refund:${orderId}`,
      amount: order.amountFen.toString(),
      outcome: "refund_requested",
    });
    return from;
  });
  if (!claimed) throw await refusedRefund(orderId);

  try {
    await rail.refund({
      outTradeNo: order.orderNo,
      tradeNo,
      amountFen: order.amountFen,
      totalFen: order.amountFen,
      refundNo: `R${order.orderNo}`,
      reason: "refund",
    });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    console.warn(`[stockline] refund of ${order.orderNo} at ${railName} failed: ${error.reason}`);
    if (error.answered || IDEMPOTENT_REFUNDS.includes(railName)) {
      await transaction(async (tx) => {
        await tx.paymentEvent.deleteMany({ where: { eventKey: `refund:${orderId}` } });
        await tx.order.updateMany({ where: { id: orderId, status: "refunded" }, data: { status: claimed } });
      });
      throw error.answered ? new AppError("validation", `${railName} refused the refund: ${error.reason}`) : providerUnavailable();
    }
    await settleRefundRecord(orderId, { from: claimed, provider: railName, unconfirmed: true }, withChange);
    throw new AppError(
      "payment_provider_unavailable",
      `${railName} did not answer: the refund may have gone through; check it there before refunding again`,
    );
  }
  await settleRefundRecord(orderId, { from: claimed, provider: railName, unconfirmed: false }, withChange);
  return railName;
}

/**
 * The requested refund's record gets its outcome, once (guarded), with what goes along with it.
 * order.refunded goes out with a refund the provider confirmed: one it refused was undone, and
 * one it did not answer may not have happened.
 */
async function settleRefundRecord(orderId: string, change: CashierRefundChange, withChange?: WithChange<CashierRefundChange>) {
  await transaction(async (tx) => {
    const settled = await tx.paymentEvent.updateMany({
      where: { eventKey: `refund:${orderId}`, outcome: "refund_requested" },
      data: { outcome: change.unconfirmed ? "refund_unconfirmed" : "refunded" },
    });
    if (settled.count !== 1) return;
    if (!change.unconfirmed) {
      await resolveFlagByRefund(tx, orderId);
      await announceOrderRefunded(tx, orderId);
    }
    await withChange?.(tx, change);
  });
}
