import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import { startBackgroundJob } from "../../jobs/background-jobs";
import { recoverCashierPayment } from "./recover-payment";
import { checkCashierRails } from "./rails";
import type { RailName } from "./rail";

// A notify gets this long to arrive before the provider is asked; expired payables are
// still asked about this long after expiry (a buyer may pay at an EPay cashier late).
const NOTIFY_GRACE_MS = 60_000;
const LATE_WINDOW_MS = 60 * 60_000;
const BATCH = 50;

/**
 * One reconciliation job per configured rail (CASHIER_RECONCILE_SECONDS; 0 turns it off): it
 * asks the provider about unpaid cashier orders and top-ups whose notify has not come, and
 * settles those that were paid. A lease per rail makes one instance ask at a time; settling
 * is idempotent anyway.
 */
export function startCashierReconciliation(): void {
  // Builds every configured rail now: a malformed key stops the start, naming its setting.
  const rails = checkCashierRails();
  if (env.CASHIER_RECONCILE_SECONDS === 0) return;
  for (const rail of rails) {
    startBackgroundJob({
      name: `cashier-reconcile-${rail}`,
      everyMs: env.CASHIER_RECONCILE_SECONDS * 1000,
      run: async () => void (await reconcileRail(rail)),
    });
  }
}

export async function reconcileRail(rail: RailName, now = new Date()): Promise<number> {
  const createdAt = { lte: new Date(now.getTime() - NOTIFY_GRACE_MS) };
  // Unpaid ones first; recently expired ones with what is left of the batch.
  const waiting = { payRail: rail, createdAt, status: "pending" };
  const late = { payRail: rail, createdAt, status: "expired", expiresAt: { gte: new Date(now.getTime() - LATE_WINDOW_MS) } };
  const numbers: string[] = [];
  for (const where of [waiting, late]) {
    const take = BATCH - numbers.length;
    if (take <= 0) break;
    const orders = await db.order.findMany({ where, select: { orderNo: true }, orderBy: { createdAt: "asc" }, take });
    const topups = await db.topup.findMany({ where, select: { topupNo: true }, orderBy: { createdAt: "asc" }, take: take - orders.length });
    numbers.push(...orders.map((order) => order.orderNo), ...topups.map((topup) => topup.topupNo));
  }
  let settled = 0;
  for (const number of numbers) if ((await recoverCashierPayment(rail, number)) === "settled") settled++;
  if (settled) console.log(`[stockline] ${rail}: ${settled} payment(s) recovered by query`);
  return settled;
}
