import "server-only";
import { db, transaction } from "../db";
import { invalidateCatalog } from "../catalog/catalog";
import { releaseItems } from "../stock/reservation";
import { returnCouponUse } from "../coupons/coupons";

/**
 * Expires one overdue unpaid order: a guarded pending -> expired move, then its items go
 * back on sale and its coupon use is returned. Idempotent: a second call changes nothing.
 */
export async function expireOrder(orderId: string, now = new Date()): Promise<boolean> {
  const expired = await transaction(async (tx) => {
    const moved = await tx.order.updateMany({
      where: { id: orderId, status: "pending", expiresAt: { lte: now } },
      data: { status: "expired" },
    });
    if (moved.count !== 1) return false;
    await releaseItems(tx, orderId);
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { couponId: true } });
    if (order.couponId) await returnCouponUse(tx, order.couponId);
    return true;
  });
  if (expired) invalidateCatalog();
  return expired;
}

/** Expires every overdue unpaid order (in batches); used by the in-process sweeper and /api/orders/clean. */
export async function expireOverdueOrders(now = new Date(), batch = 200): Promise<number> {
  let total = 0;
  for (;;) {
    const due = await db.order.findMany({
      where: { status: "pending", expiresAt: { lte: now } },
      select: { id: true },
      take: batch,
      orderBy: { expiresAt: "asc" },
    });
    for (const { id } of due) if (await expireOrder(id, now)) total++;
    if (due.length < batch) return total;
  }
}
