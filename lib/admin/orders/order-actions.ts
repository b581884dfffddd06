import "server-only";
// The operator's order actions over the order core's own services (confirmPayment, the one
// path that completes an order; cancel; refund), each with its audit entry written in the
// transaction of the change itself. A repeated action is answered like the first, with
// `changed: false`, changes nothing and leaves no audit entry.
import { randomUUID } from "node:crypto";
import { db, type Tx } from "../../db";
import { AppError, errors } from "../../api/app-error";
import { confirmPayment, type ConfirmOutcome } from "../../orders/confirm-payment";
import { cancelOrder } from "../../orders/cancel-order";
import { refundDto, refundOrder } from "../../orders/refund-order";
import { recordAudit } from "../audit";
import type { Actor } from "../actor";
import type { OrderActionInput, RefundActionInput } from "../request-schemas";

async function statusOf(orderId: string): Promise<string> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true } });
  if (!order) throw errors.orderNotFound();
  return order.status;
}

const audit = (tx: Tx, actor: Actor, action: string, orderId: string, before: object, after: object, note?: string) =>
  recordAudit(tx, actor, {
    action,
    entityType: "order",
    entityId: orderId,
    before,
    after: { ...after, ...(note ? { note } : {}) },
  });

/** Outcomes in which the confirmation moved the order (the rest answer a repeat or a closed order). */
const CHANGED: readonly ConfirmOutcome[] = ["delivered", "delivered_late", "awaiting_delivery", "paid_undelivered"];

export const noteRequiredForExpired = "Confirming an expired order needs a note saying which payment was seen";

/**
 * Marks a missed payment as received and delivers (a manual order then waits for its items),
 * through confirmPayment (source `admin`). An expired order is confirmed as a late payment:
 * delivered if its items can be reserved again, otherwise paid, flagged and (for a buyer with
 * an account) credited, as a late transfer would be; the operator says in a note what was seen.
 */
export async function confirmAsOperator(
  actor: Actor,
  orderId: string,
  input: OrderActionInput = {},
): Promise<{ outcome: ConfirmOutcome; changed: boolean }> {
  const late = (await statusOf(orderId)) === "expired";
  if (late && !input.note) throw new AppError("validation", noteRequiredForExpired);
  // Each confirmation is its own event: a second click answers "already_completed".
  const notice = { orderId, source: "admin", eventKey: `admin:${orderId}:${randomUUID()}`, late };
  const outcome = await confirmPayment(notice, async (tx, change) => {
    const after = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, paymentFlag: true } });
    const flag = after.paymentFlag ? { flag: after.paymentFlag } : {};
    await audit(
      tx,
      actor,
      "order.confirm",
      orderId,
      { status: change.from },
      { status: after.status, outcome: change.outcome, ...flag },
      input.note,
    );
  });
  return { outcome, changed: CHANGED.includes(outcome) };
}

export async function cancelAsOperator(
  actor: Actor,
  orderId: string,
  input: OrderActionInput = {},
): Promise<{ status: "cancelled"; changed: boolean }> {
  if ((await statusOf(orderId)) === "cancelled") return { status: "cancelled", changed: false };
  try {
    await cancelOrder(orderId, (tx) =>
      audit(tx, actor, "order.cancel", orderId, { status: "pending" }, { status: "cancelled" }, input.note),
    );
  } catch (error) {
    // Another click got there first: the order is cancelled either way.
    if (error instanceof AppError && (await statusOf(orderId)) === "cancelled") return { status: "cancelled", changed: false };
    throw error;
  }
  return { status: "cancelled", changed: true };
}

export async function refundAsOperator(actor: Actor, orderId: string, input: RefundActionInput = {}) {
  if ((await statusOf(orderId)) === "refunded") return { status: "refunded" as const, credited: null, changed: false };
  let refunded;
  try {
    const outcome = await refundOrder(orderId, input.to, async (tx, change) => {
      const { credited } = refundDto(change);
      const via = change.provider ? { provider: change.provider, ...(change.unconfirmed ? { unconfirmed: true } : {}) } : {};
      await audit(tx, actor, "order.refund", orderId, { status: change.from }, { status: "refunded", credited, ...via }, input.note);
    });
    refunded = refundDto(outcome);
  } catch (error) {
    // Another click got there first: the order is refunded either way. A provider that did not
    // answer leaves it refunded too, but unconfirmed: that the operator must hear.
    const unanswered = error instanceof AppError && error.code === "payment_provider_unavailable";
    if (error instanceof AppError && !unanswered && (await statusOf(orderId)) === "refunded")
      return { status: "refunded" as const, credited: null, changed: false };
    throw error;
  }
  return { ...refunded, changed: true };
}
