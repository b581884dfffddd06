import "server-only";
import { db } from "../../db";
import { confirmPayment, type ConfirmOutcome } from "../../orders/confirm-payment";
import type { ObservedTransfer } from "./observed-transfer";
import { matchTransfer, payableOf, type TransferMatch, type TransferPayable } from "./match-transfer";
import { creditTopupTransfer, type TopupTransferOutcome } from "./credit-topup-transfer";
import { raiseFlag } from "../../orders/payment-flags";

/**
 * What became of a final transfer: the confirmPayment outcomes (an order), the top-up ones
 * (lib/payments/chains/credit-topup-transfer.ts), or `partial` (a Bitcoin payment short of
 * its amount so far), `over_paid` (more than asked, order delivered or top-up credited, or
 * already so), `unmatched` (no live order or top-up: kept for the operator).
 */
export type TransferOutcome = Exclude<ConfirmOutcome, "duplicate"> | TopupTransferOutcome | "partial" | "over_paid" | "unmatched";

/** Transfers the operator should look at (listed by lib/payments/chains/operator-transfers.ts). */
export const NEEDS_OPERATOR: TransferOutcome[] = [
  "unmatched",
  "partial",
  "not_payable",
  "already_completed",
  "already_credited",
  "over_paid",
  "paid_undelivered",
];

/** Outcomes by which a payment was taken: the Bitcoin outputs before it count towards it. */
const PAID: TransferOutcome[] = ["delivered", "delivered_late", "awaiting_delivery", "paid_undelivered", "credited", "credited_late"];

/**
 * Applies one final transfer (its row is already recorded as final; `createdAt`: when it was
 * first seen) to what its lock is held for: an order through confirmPayment, a top-up
 * through confirmTopup, each the one path that completes it, under the transfer's own key:
 * whichever instance and however often, a transfer pays at most once.
 */
export async function settleTransfer(
  transfer: ObservedTransfer,
  key: string,
  row: { id: string; createdAt: Date },
): Promise<{ outcome: TransferOutcome } & TransferPayable> {
  const match = await matchTransfer(transfer, row.createdAt);
  if (!match) return { outcome: "unmatched", orderId: null, topupId: null };
  const payable = payableOf(match);
  if (match.sums) return { outcome: await settleSum(transfer, key, row.id, match), ...payable };
  return { outcome: await pay(match, transfer, key, transfer.amount, false), ...payable };
}

/** Per-order Bitcoin address: the payable's final outputs add up; short is partial, more is over-paid. */
async function settleSum(transfer: ObservedTransfer, key: string, rowId: string, match: TransferMatch): Promise<TransferOutcome> {
  const payable = payableOf(match);
  const ownOutputs = match.payable === "order" ? { orderId: match.id } : { topupId: match.id };
  await db.chainTransfer.update({ where: { id: rowId }, data: payable });
  const outputs = await db.chainTransfer.findMany({ where: { ...ownOutputs, status: "final" }, select: { amount: true } });
  const received = outputs.reduce((sum, output) => sum + BigInt(output.amount), 0n);
  if (received < match.payAmount) return "partial";
  const over = received > match.payAmount;
  const outcome = await pay(match, transfer, key, received, over);
  // The earlier partial outputs are part of this payment now.
  if (PAID.includes(outcome))
    await db.chainTransfer.updateMany({ where: { ...ownOutputs, outcome: "partial" }, data: { outcome: "counted" } });
  if (outcome === "already_completed" || outcome === "already_credited") {
    // One more output to an address whose order or top-up is already paid: more than was asked.
    if (match.payable === "order") {
      await db.order.updateMany({ where: { id: match.id, paymentFlag: null }, data: raiseFlag("over_paid") });
    }
    return "over_paid";
  }
  return (outcome === "delivered" || outcome === "awaiting_delivery" || outcome === "credited") && over ? "over_paid" : outcome;
}

/** Pays the matched order (an expired one counts as paid late) or credits the matched top-up. */
async function pay(match: TransferMatch, transfer: ObservedTransfer, eventKey: string, amount: bigint, over: boolean) {
  if (match.payable === "topup") {
    return creditTopupTransfer({ topupId: match.id, source: transfer.coin, eventKey, amount, blockTime: transfer.blockTime });
  }
  return confirm({
    orderId: match.id,
    source: transfer.coin,
    eventKey,
    amount: amount.toString(),
    late: match.status === "expired",
    ...(over ? { flag: "over_paid" as const } : {}),
  });
}

/** confirmPayment, with a duplicate (applied before a crash cut the bookkeeping short) answered as it was recorded. */
async function confirm(notice: Parameters<typeof confirmPayment>[0]): Promise<TransferOutcome> {
  const outcome = await confirmPayment(notice);
  if (outcome !== "duplicate") return outcome;
  const event = await db.paymentEvent.findUnique({ where: { eventKey: notice.eventKey }, select: { outcome: true } });
  return (event?.outcome as TransferOutcome | undefined) ?? "delivered";
}
