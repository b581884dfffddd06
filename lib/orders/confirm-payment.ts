import "server-only";
import { transaction } from "../db";
import { isUniqueViolation } from "../db/errors";
import { errors } from "../api/app-error";
import { invalidateCatalog } from "../catalog/catalog";
import { deliverOrder } from "./delivery";
import { recordPaymentEvent } from "./payment-events";

export type PaymentNotice = {
  orderId: string;
  /** Who says it was paid: `trc20_usdt`, `epay`, `admin`, ... */
  source: string;
  /** Unique per real payment: provider + event id, or chain + tx hash + log index. */
  eventKey: string;
  amount?: string;
};

export type ConfirmOutcome = "delivered" | "duplicate" | "already_completed" | "not_payable";

/**
 * The one path by which an external payment completes an order, whoever reports it. The
 * event is recorded under its unique key in the same transaction as the order's guarded
 * pending -> paid -> completed move, so however often a notice arrives, the order is
 * delivered once.
 */
export async function confirmPayment(notice: PaymentNotice): Promise<ConfirmOutcome> {
  try {
    return await transaction(async (tx) => {
      // The guarded write comes first: on SQLite it takes the write lock before anything
      // is read, so instances sharing the file cannot act on a stale snapshot.
      const paidAt = new Date();
      const moved = await tx.order.updateMany({ where: { id: notice.orderId, status: "pending" }, data: { status: "paid", paidAt } });
      const order = await tx.order.findUnique({ where: { id: notice.orderId }, select: { id: true, status: true, quantity: true } });
      if (!order) throw errors.orderNotFound();
      const outcome: ConfirmOutcome =
        moved.count === 1 ? "delivered" : order.status === "completed" || order.status === "paid" ? "already_completed" : "not_payable";
      await recordPaymentEvent(tx, { orderId: order.id, source: notice.source, eventKey: notice.eventKey, amount: notice.amount ?? null, outcome });
      if (outcome === "delivered") await deliverOrder(tx, order, paidAt);
      return outcome;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  } finally {
    invalidateCatalog();
  }
}
