import "server-only";
import { db, transaction } from "../db";
import { AppError, errors } from "../api/app-error";
import { credit } from "../balance/ledger";
import { fenToYuan, formatDecimal } from "../money";
import { announceOrderRefunded } from "./order-notices";

export type RefundOutcome = { status: "refunded"; credited: { currency: "CNY" | "USDT"; amount: bigint } | null };

/**
 * The operator refunds a completed order. The delivered items stay sold (they were
 * delivered and cannot be taken back). A balance-paid order's money goes back to the same
 * balance, once: the guarded completed -> refunded move and the ledger credit share one
 * transaction. Other methods are refunded outside the shop; the order only records it.
 */
export async function refundOrder(orderId: string): Promise<RefundOutcome> {
  const outcome = await transaction(async (tx) => {
    const moved = await tx.order.updateMany({ where: { id: orderId, status: "completed" }, data: { status: "refunded" } });
    if (moved.count !== 1) return null;
    await announceOrderRefunded(tx, orderId);
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { orderNo: true, userId: true, paymentMethod: true, payDebit: true },
    });
    const currency: "CNY" | "USDT" | null =
      order.paymentMethod === "balance_cny" ? "CNY" : order.paymentMethod === "balance_crypto" ? "USDT" : null;
    if (!currency || !order.userId || !order.payDebit) return { status: "refunded" as const, credited: null };
    await credit(tx, {
      userId: order.userId,
      currency,
      amount: order.payDebit,
      reason: "refund",
      reference: order.orderNo,
      idempotencyKey: `refund:${orderId}`,
    });
    return { status: "refunded" as const, credited: { currency, amount: order.payDebit } };
  });
  if (outcome) return outcome;
  const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true } });
  if (!order) throw errors.orderNotFound();
  throw new AppError("validation", `Only a completed order can be refunded; this one is ${order.status}`);
}

/** The API's answer: the credit in the balance's own units (CNY number, USDT decimal string). */
export function refundDto({ status, credited }: RefundOutcome) {
  if (!credited) return { status, credited: null };
  return {
    status,
    credited:
      credited.currency === "CNY"
        ? { currency: "CNY", amount: fenToYuan(credited.amount) }
        : { currency: "USDT", amount: formatDecimal(credited.amount, 6) },
  };
}
