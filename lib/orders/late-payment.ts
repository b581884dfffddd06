import "server-only";
import type { Tx } from "../db";
import { AppError } from "../api/app-error";
import { credit } from "../balance/ledger";
import { releaseItems, takeItems } from "../stock/reservation";
import { fenToMicroUsdt } from "../payments/rates";
import { deliverOrder } from "./delivery";
import { reusableLine } from "../stock/reusable-line";
import { raiseFlag } from "./payment-flags";

type LateOrder = {
  id: string;
  quantity: number;
  productId: string;
  userId: string | null;
  orderNo: string;
  amountFen: bigint;
  cnyPerUsdtMicro: bigint | null;
  kind: string;
};

/**
 * An expired order that a late payment has just moved to `paid` (in the caller's
 * transaction): its items went back on sale at expiry, so it takes them again and is
 * delivered. When the stock is gone it stays paid but undelivered, flagged for the
 * operator; a buyer with an account gets the order's USDT value (at the order's rate) on
 * their balance, once (the ledger's idempotency key).
 */
export async function deliverLate(
  tx: Tx,
  order: LateOrder,
  paidAt: Date,
): Promise<"delivered_late" | "awaiting_delivery" | "paid_undelivered"> {
  try {
    // Reusable and manual orders hold no items of their own: deliverOrder handles them.
    if (order.kind === "stock") await takeItems(tx, order.productId, order.id, order.quantity, "reserved");
    if (order.kind === "reusable") await reusableLine(tx, order.productId);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "insufficient_stock")) throw error;
    // A short take reserved some items before it gave up: they go back on sale.
    await releaseItems(tx, order.id);
    const creditable = order.userId !== null && order.cnyPerUsdtMicro !== null;
    if (creditable) {
      await credit(tx, {
        userId: order.userId!,
        currency: "USDT",
        amount: fenToMicroUsdt(order.amountFen, order.cnyPerUsdtMicro!),
        reason: "late_payment",
        reference: order.orderNo,
        idempotencyKey: `late-payment:${order.id}`,
      });
    }
    await tx.order.update({ where: { id: order.id }, data: raiseFlag(creditable ? "late_credited" : "late_undelivered", paidAt) });
    return "paid_undelivered";
  }
  await deliverOrder(tx, order, paidAt);
  await tx.order.update({ where: { id: order.id }, data: raiseFlag("paid_late", paidAt) });
  return order.kind === "manual" ? "awaiting_delivery" : "delivered_late";
}
