import "server-only";
import { db } from "../db";
import { AppError, errors } from "../api/app-error";
import { closeUnpaidOrder } from "./close-unpaid-order";
import type { WithChange } from "./with-change";

/** The operator cancels an unpaid order. Paid, delivered or already closed orders are refused. */
export async function cancelOrder(orderId: string, withChange?: WithChange<void>): Promise<void> {
  if (await closeUnpaidOrder(orderId, "cancelled", new Date(), withChange)) return;
  const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true } });
  if (!order) throw errors.orderNotFound();
  throw new AppError("validation", `Only a pending order can be cancelled; this one is ${order.status}`);
}
