import "server-only";
import { transaction, type Tx } from "../db";
import { isUniqueViolation } from "../db/errors";
import { AppError, errors } from "../api/app-error";
import { invalidateCatalog } from "../catalog/catalog";
import { deliverOrder, type DeliverableOrder } from "./delivery";
import { deliverLate } from "./late-payment";
import { recordPaymentEvent } from "./payment-events";
import { raiseFlag, type PaymentFlag } from "./payment-flags";
import type { WithChange } from "./with-change";

export type PaymentNotice = {
  orderId: string;
  /** Who says it was paid: `trc20_usdt`, `epay`, `admin`, `demo`, ... */
  source: string;
  /** Unique per real payment: provider + event id, or chain + tx hash + log index. */
  eventKey: string;
  amount?: string;
  /**
   * The payment was made in time for the order's grace window though the order has expired
   * (a chain transfer, or one the operator attaches): it may still pay the expired order.
   */
  late?: boolean;
  /** Something the operator should look at, kept on the order (e.g. `over_paid`). */
  flag?: PaymentFlag;
};

/**
 * `awaiting_delivery`: a manual-delivery order is paid and waits for the operator to type its
 * items (lib/orders/delivery.ts, deliverByHand); nothing was delivered yet.
 */
export type ConfirmOutcome =
  | "delivered"
  | "delivered_late"
  | "awaiting_delivery"
  | "paid_undelivered"
  | "duplicate"
  | "already_completed"
  | "not_payable";

const NOT_MONEY = ["admin", "demo"];

/** What a confirmation changed: the status the order was paid from, and the outcome. */
export type ConfirmedChange = { from: "pending" | "expired"; outcome: ConfirmOutcome };

/**
 * The one path by which an external payment completes an order, whoever reports it. The
 * event is recorded under its unique key in the same transaction as the order's guarded
 * pending -> paid -> completed move, so however often a notice arrives, the order is
 * delivered once. A late payment moves an expired order the same way (expired -> paid)
 * and then delivers if its items can be reserved again, or stays paid, flagged, with the
 * money credited to the buyer's account when there is one (lib/orders/late-payment.ts).
 * Money the order could not take or deliver is flagged for the operator in the same
 * transaction (lib/orders/payment-flags.ts): `paid_undelivered`, `paid_after_close`.
 */
export async function confirmPayment(notice: PaymentNotice, withChange?: WithChange<ConfirmedChange>): Promise<ConfirmOutcome> {
  // Paying an order in time sells the items it reserved: the stock on sale stays as it was, and
  // the catalogue's copy is kept (a stream of confirmations would otherwise have it counted
  // again and again). A late payment takes items again; a failure may have committed.
  let stockMoved = true;
  try {
    const outcome = await transaction(async (tx) => {
      // The guarded write comes first: on SQLite it takes the write lock before anything
      // is read, so instances sharing the file cannot act on a stale snapshot.
      const paidAt = new Date();
      const flag = notice.flag ? raiseFlag(notice.flag, paidAt) : {};
      const moved = await tx.order.updateMany({
        where: { id: notice.orderId, status: "pending" },
        data: { status: "paid", paidAt, ...flag },
      });
      const movedLate =
        moved.count === 0 && notice.late
          ? await tx.order.updateMany({ where: { id: notice.orderId, status: "expired" }, data: { status: "paid", paidAt, ...flag } })
          : { count: 0 };
      const order = await tx.order.findUnique({
        where: { id: notice.orderId },
        select: {
          id: true,
          status: true,
          quantity: true,
          productId: true,
          userId: true,
          orderNo: true,
          amountFen: true,
          cnyPerUsdtMicro: true,
          kind: true,
        },
      });
      if (!order) throw errors.orderNotFound();
      const paidNow: ConfirmOutcome = order.kind === "manual" ? "awaiting_delivery" : "delivered";
      let outcome: ConfirmOutcome =
        moved.count === 1 ? paidNow : order.status === "completed" || order.status === "paid" ? "already_completed" : "not_payable";
      stockMoved = movedLate.count === 1;
      if (movedLate.count === 1) outcome = await deliverLate(tx, order, paidAt);
      if (moved.count === 1) outcome = await deliverInTime(tx, order, paidAt, paidNow);
      // A payment the closed order could not take (a provider's, or a transfer's whose order
      // closed as it was applied): the money arrived and nothing was delivered. The operator's
      // own confirmation, the demo wallet's and an attached transfer (`late`, handed back) are not money here.
      if (outcome === "not_payable" && !notice.late && !NOT_MONEY.includes(notice.source))
        await tx.order.updateMany({ where: { id: order.id, paymentFlag: null }, data: raiseFlag("paid_after_close", paidAt) });
      await recordPaymentEvent(tx, {
        orderId: order.id,
        source: notice.source,
        eventKey: notice.eventKey,
        amount: notice.amount ?? null,
        outcome,
      });
      if (withChange && (moved.count === 1 || movedLate.count === 1))
        await withChange(tx, { from: moved.count === 1 ? "pending" : "expired", outcome });
      return outcome;
    });
    if (stockMoved) invalidateCatalog();
    return outcome;
  } catch (error) {
    invalidateCatalog();
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

/**
 * Delivers an order paid in time. If its items are gone all the same (a reusable product whose
 * line the operator removed before the payment came), the payment is kept: the order stays
 * paid, flagged `paid_undelivered`, rather than the notice failing until the order expires.
 */
async function deliverInTime(tx: Tx, order: DeliverableOrder, paidAt: Date, paidNow: ConfirmOutcome): Promise<ConfirmOutcome> {
  try {
    await deliverOrder(tx, order, paidAt);
    return paidNow;
  } catch (error) {
    if (!(error instanceof AppError && error.code === "insufficient_stock")) throw error;
    // A short sale marked some of the order's items sold before it gave up: they stay its reserved ones.
    await tx.stockItem.updateMany({ where: { orderId: order.id, status: "sold" }, data: { status: "reserved" } });
    await tx.order.update({ where: { id: order.id }, data: raiseFlag("paid_undelivered", paidAt) });
    return "paid_undelivered";
  }
}
