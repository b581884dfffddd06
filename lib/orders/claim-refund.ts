import "server-only";
import type { Tx } from "../db";

/** The status an order was refunded from: delivered, or paid and waiting for a manual delivery that will not come. */
export type RefundedFrom = "completed" | "paid";

/**
 * The guarded move to `refunded`, in the caller's transaction: a completed order, or a paid
 * manual-delivery order (the operator refunds instead of typing its items). Answers the status
 * it moved from, so an undone refund puts the order back where it was; null when the order
 * was neither (already refunded, unpaid, or a paid order of another kind, stuck for a reason
 * the operator should look at first).
 */
export async function claimRefund(tx: Tx, orderId: string): Promise<RefundedFrom | null> {
  const delivered = await tx.order.updateMany({ where: { id: orderId, status: "completed" }, data: { status: "refunded" } });
  if (delivered.count === 1) return "completed";
  const waiting = await tx.order.updateMany({ where: { id: orderId, status: "paid", kind: "manual" }, data: { status: "refunded" } });
  return waiting.count === 1 ? "paid" : null;
}

export const notRefundable = (status: string) =>
  `Only a completed order, or a paid one waiting for manual delivery, can be refunded; this one is ${status}`;
