import "server-only";
import { db } from "../../db";
import { confirmPayment, type ConfirmOutcome } from "../../orders/confirm-payment";
import { confirmTopup, type TopupOutcome } from "../../topups/confirm-topup";
import { findPayable, type Payable } from "./payables";
import { keepUndeliverablePayment, reopenForLatePayment } from "./late-payment";
import type { ProviderPayment, RailName } from "./rail";

export type Settlement =
  | { accepted: true; outcome: ConfirmOutcome | TopupOutcome; late?: "credited" | "needs_operator" }
  | { accepted: false; reason: string };

/**
 * A verified provider payment (from a notify or a query) applied to what it pays for. It
 * must name one of the shop's payables, made through this rail, for exactly its amount;
 * then the order goes through confirmPayment (the top-up through confirmTopup) under the
 * event key `<rail>:<provider trade number>`, so the notify, its duplicates and a query
 * that finds the same trade are one payment, and one trade never pays two payables.
 */
export async function settleCashierPayment(rail: RailName, payment: ProviderPayment): Promise<Settlement> {
  const payable = await findPayable(payment.outTradeNo);
  if (!payable) return { accepted: false, reason: "out_trade_no is none of the shop's orders or top-ups" };
  if (payable.payRail !== rail) return { accepted: false, reason: `${payable.number} was not sent to ${rail}` };
  if (payable.amountFen !== payment.amountFen)
    return { accepted: false, reason: `${payable.number}: paid amount differs from the amount due` };
  const notice = { source: rail, eventKey: `${rail}:${payment.tradeNo}`, amount: payment.amountFen.toString() };

  const earlier = await recordedEvent(notice.eventKey);
  if (earlier && earlier.payableId !== payable.id)
    return { accepted: false, reason: `${payable.number}: this trade already paid another order or top-up` };
  if (payable.kind === "topup") return { accepted: true, outcome: await confirmTopup({ topupId: payable.id, ...notice }) };
  if (earlier) {
    // A repeat. If the first could not deliver, make sure its money was kept (idempotent), in case it stopped halfway.
    if (earlier.outcome === "not_payable") await keepLatePayment(rail, payable, notice.eventKey, payment.amountFen);
    return { accepted: true, outcome: "duplicate" };
  }

  if (payable.status === "expired") await reopenForLatePayment(payable.id);
  const outcome = await confirmPayment({ orderId: payable.id, ...notice });
  if (outcome !== "not_payable") return { accepted: true, outcome };
  return { accepted: true, outcome, late: await keepLatePayment(rail, payable, notice.eventKey, payment.amountFen) };
}

async function keepLatePayment(rail: RailName, payable: Payable, eventKey: string, amountFen: bigint) {
  const late = await keepUndeliverablePayment(payable.id, eventKey, amountFen);
  console.warn(
    `[stockline] ${rail} payment for ${payable.number} arrived after the order closed: ${late === "credited" ? "credited to the buyer's CNY balance" : "needs a refund by the operator"}`,
  );
  return late;
}

/** The payable an event key was already recorded for, across orders and top-ups. */
async function recordedEvent(eventKey: string): Promise<{ payableId: string; outcome: string } | null> {
  const [orderEvent, topupEvent] = await Promise.all([
    db.paymentEvent.findUnique({ where: { eventKey }, select: { orderId: true, outcome: true } }),
    db.topupEvent.findUnique({ where: { eventKey }, select: { topupId: true, outcome: true } }),
  ]);
  if (orderEvent) return { payableId: orderEvent.orderId, outcome: orderEvent.outcome };
  if (topupEvent) return { payableId: topupEvent.topupId, outcome: topupEvent.outcome };
  return null;
}
