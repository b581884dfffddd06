import "server-only";
import { db } from "../db";
import { closeUnpaidOrder } from "./close-unpaid-order";

/** Expires one overdue unpaid order (idempotent). */
export function expireOrder(orderId: string, now = new Date()): Promise<boolean> {
  return closeUnpaidOrder(orderId, "expired", now);
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
