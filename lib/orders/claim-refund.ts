import "server-only";
import { db, type Tx } from "../db";
import { AppError } from "../api/app-error";
import { releaseItems } from "../stock/reservation";
import { notRefundable, UNDELIVERED_FLAGS } from "./refundable";

/** The status an order was refunded from: delivered, or paid and not to be delivered. */
export type RefundedFrom = "completed" | "paid";

/**
 * The guarded move to `refunded`, in the caller's transaction, of an order lib/orders/refundable.ts
 * calls refundable: a completed order, or a paid one that will not be delivered. Answers the status
 * it moved from, so an undone refund puts the order back where it was; null when the order was
 * neither (already refunded, unpaid, or paid and credited or stuck for a reason the operator
 * should look at first).
 */
export async function claimRefund(tx: Tx, orderId: string): Promise<RefundedFrom | null> {
  const delivered = await tx.order.updateMany({ where: { id: orderId, status: "completed" }, data: { status: "refunded" } });
  if (delivered.count === 1) return "completed";
  const undelivered = await tx.order.updateMany({
    where: { id: orderId, status: "paid", OR: [{ kind: "manual" }, { paymentFlag: { in: [...UNDELIVERED_FLAGS] } }] },
    data: { status: "refunded" },
  });
  if (undelivered.count !== 1) return null;
  // An order paid in time whose delivery fell short keeps the items it had reserved: refunded,
  // it will never take them, so they go back on sale. (An undone refund leaves them there: the
  // order could not be delivered with them anyway.)
  await releaseItems(tx, orderId);
  return "paid";
}

/** Why a claim came back empty, as the error to answer: the order as it is now. */
export async function refusedRefund(orderId: string): Promise<AppError> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, paymentFlag: true } });
  return new AppError("validation", notRefundable(order));
}

/** The resolution note a refund writes on the payment flag it settles. */
export const REFUND_RESOLUTION_NOTE = "refunded (order.refund in the audit log)";

/**
 * A refunded order whose payment flag asked for that refund (late_undelivered,
 * paid_undelivered: money kept, nothing delivered) has the flag resolved with it, in the
 * transaction where the refund stays (not while a provider may still refuse it): the
 * flagged payments' open list is what the operator still has to do.
 */
export async function resolveFlagByRefund(tx: Tx, orderId: string): Promise<void> {
  await tx.order.updateMany({
    where: { id: orderId, status: "refunded", paymentFlag: { in: [...UNDELIVERED_FLAGS] }, paymentFlagResolvedAt: null },
    data: { paymentFlagResolvedAt: new Date(), paymentFlagNote: REFUND_RESOLUTION_NOTE },
  });
}
