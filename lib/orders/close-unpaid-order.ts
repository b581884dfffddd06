import "server-only";
import { transaction } from "../db";
import { invalidateCatalog } from "../catalog/catalog";
import { releaseItems } from "../stock/reservation";
import { returnCouponUse } from "../coupons/coupons";
import { dropAllocation } from "../payments/crypto/allocate";
import { announceOrderClosed } from "./order-notices";
import type { WithChange } from "./with-change";
import { raiseFlag } from "./payment-flags";

/**
 * Closes an unpaid order, as `expired` (its time ran out) or `cancelled` (the operator
 * cancelled it): a guarded pending -> closed move, then its items go back on sale and its
 * coupon use is returned. An order closed with part of its amount received (final Bitcoin
 * outputs short of it, recorded `partial`) is flagged `partial` for the operator in the same
 * transaction. Idempotent: a second call changes nothing and answers false.
 */
export async function closeUnpaidOrder(
  orderId: string,
  as: "expired" | "cancelled",
  now = new Date(),
  withChange?: WithChange<void>,
): Promise<boolean> {
  const closed = await transaction(async (tx) => {
    const moved = await tx.order.updateMany({
      where: { id: orderId, status: "pending", ...(as === "expired" ? { expiresAt: { lte: now } } : {}) },
      data: { status: as },
    });
    if (moved.count !== 1) return false;
    await releaseItems(tx, orderId);
    const received = await tx.chainTransfer.count({ where: { orderId, status: "final", outcome: "partial" } });
    if (received > 0) await tx.order.update({ where: { id: orderId }, data: raiseFlag("partial", now) });
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { couponId: true } });
    if (order.couponId) await returnCouponUse(tx, order.couponId);
    await announceOrderClosed(tx, orderId, as);
    await withChange?.(tx);
    return true;
  });
  if (closed) {
    invalidateCatalog();
    // A cancelled order's payment amount is free again at once; an expired one keeps it
    // through the grace window, so a late transfer is still recognised as this order's.
    if (as === "cancelled") await dropAllocation(orderId);
  }
  return closed;
}
