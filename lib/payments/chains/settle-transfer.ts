import "server-only";
import { db } from "../../db";
import { confirmPayment, type ConfirmOutcome } from "../../orders/confirm-payment";
import type { ObservedTransfer } from "./observed-transfer";
import { matchTransfer, type TransferMatch } from "./match-transfer";

/**
 * What became of a final transfer: the confirmPayment outcomes, or `partial` (a Bitcoin
 * payment short of its amount so far), `over_paid` (more than asked, order delivered or
 * already complete), `unmatched` (no live order: kept for the operator).
 */
export type TransferOutcome = Exclude<ConfirmOutcome, "duplicate"> | "partial" | "over_paid" | "unmatched";

/** Transfers the operator should look at (listed by lib/payments/chains/operator-transfers.ts). */
export const NEEDS_OPERATOR: TransferOutcome[] = [
  "unmatched",
  "partial",
  "not_payable",
  "already_completed",
  "over_paid",
  "paid_undelivered",
];

/**
 * Applies one final transfer (its row is already recorded as final) through confirmPayment,
 * the one path that completes an order, under the transfer's own key: whichever instance
 * and however often, a transfer pays at most once.
 */
export async function settleTransfer(
  transfer: ObservedTransfer,
  key: string,
  rowId: string,
): Promise<{ outcome: TransferOutcome; orderId: string | null }> {
  const match = await matchTransfer(transfer);
  if (!match) return { outcome: "unmatched", orderId: null };
  if (match.sums) return { outcome: await settleSum(transfer, key, rowId, match), orderId: match.orderId };
  const outcome = await confirm({
    orderId: match.orderId,
    source: transfer.coin,
    eventKey: key,
    amount: transfer.amount.toString(),
    late: match.status === "expired",
  });
  return { outcome, orderId: match.orderId };
}

/** Per-order Bitcoin address: the order's final outputs add up; short is partial, more is over-paid. */
async function settleSum(transfer: ObservedTransfer, key: string, rowId: string, match: TransferMatch): Promise<TransferOutcome> {
  await db.chainTransfer.update({ where: { id: rowId }, data: { orderId: match.orderId } });
  const outputs = await db.chainTransfer.findMany({ where: { orderId: match.orderId, status: "final" }, select: { amount: true } });
  const received = outputs.reduce((sum, output) => sum + BigInt(output.amount), 0n);
  if (received < match.payAmount) return "partial";
  const over = received > match.payAmount;
  const outcome = await confirm({
    orderId: match.orderId,
    source: transfer.coin,
    eventKey: key,
    amount: received.toString(),
    late: match.status === "expired",
    ...(over ? { flag: "over_paid" } : {}),
  });
  if (outcome === "delivered" || outcome === "delivered_late" || outcome === "awaiting_delivery" || outcome === "paid_undelivered") {
    // The earlier partial outputs are part of this payment now.
    await db.chainTransfer.updateMany({ where: { orderId: match.orderId, outcome: "partial" }, data: { outcome: "counted" } });
  }
  if (outcome === "already_completed") {
    // One more output to an address whose order is already paid: more than was asked.
    await db.order.updateMany({ where: { id: match.orderId, paymentFlag: null }, data: { paymentFlag: "over_paid" } });
    return "over_paid";
  }
  return (outcome === "delivered" || outcome === "awaiting_delivery") && over ? "over_paid" : outcome;
}

/** confirmPayment, with a duplicate (applied before a crash cut the bookkeeping short) answered as it was recorded. */
async function confirm(notice: Parameters<typeof confirmPayment>[0]): Promise<TransferOutcome> {
  const outcome = await confirmPayment(notice);
  if (outcome !== "duplicate") return outcome;
  const event = await db.paymentEvent.findUnique({ where: { eventKey: notice.eventKey }, select: { outcome: true } });
  return (event?.outcome as TransferOutcome | undefined) ?? "delivered";
}
