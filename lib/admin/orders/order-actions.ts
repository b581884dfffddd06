import "server-only";
// The operator's order actions over the order core's own services (confirmPayment, the one
// path that completes an order; cancel; refund), each with its audit entry. A repeated
// action is answered like the first, with `changed: false`, and changes nothing.
import { randomUUID } from "node:crypto";
import { db } from "../../db";
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

const audit = (actor: Actor, action: string, orderId: string, before: string, after: string, extra: object = {}) =>
  recordAudit(db, actor, {
    action,
    entityType: "order",
    entityId: orderId,
    before: { status: before },
    after: { status: after, ...extra },
  });

/** Marks a missed payment as received and delivers (a manual order then waits for its items), through confirmPayment (source `admin`). */
export async function confirmAsOperator(
  actor: Actor,
  orderId: string,
  input: OrderActionInput = {},
): Promise<{ outcome: ConfirmOutcome; changed: boolean }> {
  const before = await statusOf(orderId);
  // Each confirmation is its own event: a second click answers "already_completed".
  const outcome = await confirmPayment({ orderId, source: "admin", eventKey: `admin:${orderId}:${randomUUID()}` });
  await audit(actor, "order.confirm", orderId, before, await statusOf(orderId), { outcome, ...(input.note ? { note: input.note } : {}) });
  return { outcome, changed: outcome === "delivered" || outcome === "awaiting_delivery" };
}

export async function cancelAsOperator(
  actor: Actor,
  orderId: string,
  input: OrderActionInput = {},
): Promise<{ status: "cancelled"; changed: boolean }> {
  const before = await statusOf(orderId);
  if (before === "cancelled") return { status: "cancelled", changed: false };
  try {
    await cancelOrder(orderId);
  } catch (error) {
    // Another click got there first: the order is cancelled either way.
    if (error instanceof AppError && (await statusOf(orderId)) === "cancelled") return { status: "cancelled", changed: false };
    throw error;
  }
  await audit(actor, "order.cancel", orderId, before, "cancelled", input.note ? { note: input.note } : {});
  return { status: "cancelled", changed: true };
}

export async function refundAsOperator(actor: Actor, orderId: string, input: RefundActionInput = {}) {
  const before = await statusOf(orderId);
  if (before === "refunded") return { status: "refunded" as const, credited: null, changed: false };
  let refunded;
  try {
    refunded = refundDto(await refundOrder(orderId, input.to));
  } catch (error) {
    if (error instanceof AppError && (await statusOf(orderId)) === "refunded")
      return { status: "refunded" as const, credited: null, changed: false };
    throw error;
  }
  await audit(actor, "order.refund", orderId, before, "refunded", {
    credited: refunded.credited,
    ...(input.note ? { note: input.note } : {}),
  });
  return { ...refunded, changed: true };
}
