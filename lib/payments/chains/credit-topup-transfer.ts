import "server-only";
import { db } from "../../db";
import { confirmTopup } from "../../topups/confirm-topup";

/**
 * What a final transfer did to the top-up it matched: `credited`, `credited_late` (sent after
 * the top-up expired, inside its lock's grace window), `already_credited` (a second payment:
 * the operator's), `not_payable`.
 */
export type TopupTransferOutcome = "credited" | "credited_late" | "already_credited" | "not_payable";

/**
 * A final transfer credits the top-up its lock is held for through confirmTopup, the one path
 * that credits a top-up, under the transfer's own key: re-polls and concurrent instances
 * credit once, and a duplicate answers what was recorded. An expired top-up is credited all
 * the same: a balance is not stock, nothing was given away meanwhile, and the shopper paid
 * for exactly this. Lateness is read from the transfer's block time, so every instance
 * labels one transfer alike.
 */
export async function creditTopupTransfer(notice: {
  topupId: string;
  source: string;
  eventKey: string;
  amount: bigint;
  blockTime: Date;
}): Promise<TopupTransferOutcome> {
  const confirmed = await confirmTopup({ ...notice, amount: notice.amount.toString() });
  const outcome = confirmed === "duplicate" ? await recordedOutcome(notice.eventKey) : confirmed;
  if (outcome !== "credited") return outcome;
  const topup = await db.topup.findUniqueOrThrow({ where: { id: notice.topupId }, select: { expiresAt: true } });
  return notice.blockTime > topup.expiresAt ? "credited_late" : "credited";
}

/** Applied before (by another instance, or a crash cut the bookkeeping short): as it was recorded. */
async function recordedOutcome(eventKey: string): Promise<"credited" | "already_credited" | "not_payable"> {
  const event = await db.topupEvent.findUnique({ where: { eventKey }, select: { outcome: true } });
  return (event?.outcome as "credited" | "already_credited" | "not_payable" | undefined) ?? "credited";
}
