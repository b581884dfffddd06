import "server-only";
import { db } from "../../db";
import { AppError, errors } from "../../api/app-error";
import { formatDecimal } from "../../money";
import { confirmPayment, type ConfirmOutcome } from "../../orders/confirm-payment";
import { COINS, type Coin } from "../crypto/coins";
import { NEEDS_OPERATOR } from "./settle-transfer";

// What the operator's console calls: final chain transfers that paid nothing (or not
// cleanly), and the two things to do with such a transfer. Orders a payment flagged are
// listed by lib/admin/payments/flagged-payments.ts.

export type OperatorTransfer = Awaited<ReturnType<typeof listOperatorTransfers>>[number];

/**
 * Final transfers waiting for the operator, newest first: `unmatched` (no live order or
 * top-up had that address and amount), `partial`, `over_paid`, `already_completed` /
 * `already_credited` (a second payment), `not_payable`, `paid_undelivered`. Resolved ones
 * are left out unless asked for.
 */
export async function listOperatorTransfers(options: { includeResolved?: boolean; outcomes?: string[]; take?: number } = {}) {
  const rows = await db.chainTransfer.findMany({
    where: {
      status: "final",
      outcome: { in: options.outcomes ?? NEEDS_OPERATOR },
      ...(options.includeResolved ? {} : { resolvedAt: null }),
    },
    orderBy: { blockTime: "desc" },
    take: options.take ?? 100,
  });
  return rows.map((row) => ({
    id: row.id,
    chain: row.chain,
    coin: row.coin,
    tx_hash: row.txHash,
    address: row.address,
    amount: formatDecimal(BigInt(row.amount), COINS[row.coin as Coin].decimals),
    amount_atomic: row.amount,
    time: row.blockTime.toISOString(),
    outcome: row.outcome,
    order_id: row.orderId,
    topup_id: row.topupId,
    resolved_at: row.resolvedAt?.toISOString() ?? null,
    resolution: row.resolution,
  }));
}

/** Unmatched transfers only: the list the issue names. */
export const listUnmatchedTransfers = (take = 100) => listOperatorTransfers({ outcomes: ["unmatched"], take });

/**
 * The operator says an unmatched (or otherwise unapplied) final transfer paid this order:
 * it goes through confirmPayment like any payment (an expired order counts as paid late).
 * The transfer is claimed first with a guarded update, so it can pay one order only; its
 * payment event key (`attach:` + the transfer's key + the order) makes a retry harmless. If the order
 * cannot take it (already paid, cancelled), the claim is handed back.
 */
export async function attachTransferToOrder(transferId: string, orderId: string): Promise<ConfirmOutcome> {
  const transfer = await db.chainTransfer.findUnique({ where: { id: transferId } });
  if (!transfer) throw new AppError("not_found", "Transfer not found");
  if (!(await db.order.findUnique({ where: { id: orderId }, select: { id: true } }))) throw errors.orderNotFound();
  if (transfer.status !== "final" || !NEEDS_OPERATOR.includes(transfer.outcome as never) || transfer.outcome === "paid_undelivered") {
    throw new AppError("validation", "Only a final transfer that paid no order can be attached");
  }
  const claimed = await db.chainTransfer.updateMany({
    where: { id: transferId, resolvedAt: null },
    data: { resolvedAt: new Date(), resolution: `attached:${orderId}` },
  });
  if (claimed.count !== 1) throw new AppError("validation", "This transfer has already been resolved");
  const eventKey = `attach:${transfer.eventKey}:${orderId}`;
  let outcome = await confirmPayment({ orderId, source: `${transfer.coin}:attached`, eventKey, amount: transfer.amount, late: true });
  // Tried before and handed back (the order could not take it then): what was recorded decides.
  if (outcome === "duplicate") {
    const recorded = await db.paymentEvent.findUnique({ where: { eventKey }, select: { outcome: true } });
    outcome = (recorded?.outcome as ConfirmOutcome | undefined) ?? "duplicate";
  }
  if (outcome === "already_completed" || outcome === "not_payable") {
    await db.chainTransfer.updateMany({
      where: { id: transferId, resolution: `attached:${orderId}` },
      data: { resolvedAt: null, resolution: null },
    });
  }
  return outcome;
}

/** The operator sets a transfer aside (refunded outside the shop, a test, a gift), with a note. */
export async function dismissTransfer(transferId: string, note: string): Promise<boolean> {
  const result = await db.chainTransfer.updateMany({
    where: { id: transferId, resolvedAt: null },
    data: { resolvedAt: new Date(), resolution: `dismissed:${note.slice(0, 200)}` },
  });
  return result.count === 1;
}
