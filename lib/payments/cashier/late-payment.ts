import "server-only";
import { db, transaction } from "../../db";
import { credit } from "../../balance/ledger";
import { takeItems } from "../../stock/reservation";
import { invalidateCatalog } from "../../catalog/catalog";
import { AppError } from "../../api/app-error";
import { isUniqueViolation } from "../../db/errors";

const REOPEN_MS = 5 * 60_000;

/**
 * A payment for an order that expired first (EPay cannot tell the buyer's cashier when to
 * stop): the order is reopened if its items can still be reserved, so confirmPayment then
 * delivers it as usual. Guarded (expired -> pending, once) and all-or-nothing: without
 * enough stock nothing changes and the answer is false. The new expiry gives confirmPayment
 * time to run before the sweeper could expire it again.
 */
export async function reopenForLatePayment(orderId: string): Promise<boolean> {
  try {
    return await transaction(async (tx) => {
      const moved = await tx.order.updateMany({
        where: { id: orderId, status: "expired" },
        data: { status: "pending", expiresAt: new Date(Date.now() + REOPEN_MS) },
      });
      if (moved.count !== 1) return false;
      const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { productId: true, quantity: true } });
      await takeItems(tx, order.productId, orderId, order.quantity, "reserved");
      return true;
    });
  } catch (error) {
    // Not enough stock left: the order stays expired, and the payment is kept below.
    if (error instanceof AppError && error.code === "insufficient_stock") return false;
    throw error;
  } finally {
    invalidateCatalog();
  }
}

/**
 * A late payment that cannot be delivered: a shopper with an account gets it on the CNY
 * balance, once (the idempotency key is the payment's own). A guest's is left to the
 * operator, who sees the recorded `not_payable` payment event and refunds it.
 */
export async function keepUndeliverablePayment(
  orderId: string,
  eventKey: string,
  amountFen: bigint,
): Promise<"credited" | "needs_operator"> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { orderNo: true, userId: true } });
  if (!order.userId) return "needs_operator";
  const userId = order.userId;
  try {
    await transaction((tx) =>
      credit(tx, {
        userId,
        currency: "CNY",
        amount: amountFen,
        reason: "late_payment",
        reference: order.orderNo,
        idempotencyKey: `late:${eventKey}`,
      }),
    );
  } catch (error) {
    // Credited already (a repeated or concurrent notice of the same payment).
    if (!isUniqueViolation(error)) throw error;
  }
  return "credited";
}
