import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import { startBackgroundJob } from "../../jobs/background-jobs";
import { recoverCashierPayment } from "./recover-payment";
import { checkCashierRails, platformCertificateExpiry } from "./rails";
import { certificateExpiryText } from "./certificate-expiry";
import type { RailName } from "./rail";

// A notify gets this long to arrive before the provider is asked; expired payables are
// still asked about this long after expiry (a buyer may pay at an EPay cashier late).
const NOTIFY_GRACE_MS = 60_000;
const LATE_WINDOW_MS = 60 * 60_000;
// Per table and run: each candidate is one query to the provider.
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
  // A platform certificate near or past its date is said at every start, not only in the console.
  const expiry = rails.includes("wechat") ? platformCertificateExpiry() : null;
  if (expiry) console.warn(`[stockline] ${certificateExpiryText(expiry)}`);
  if (env.CASHIER_RECONCILE_SECONDS === 0) return;
  for (const rail of rails) {
    startBackgroundJob({
      name: `cashier-reconcile-${rail}`,
      everyMs: env.CASHIER_RECONCILE_SECONDS * 1000,
      run: async () => void (await reconcileRail(rail)),
    });
  }
}

/** Where the last run of a rail stopped, per table: the next run goes on from there. */
type Cursor = { createdAt: Date; id: string };
const cursors = new Map<string, Cursor>();

type Candidate = Cursor & { number: string };
type Find = (where: object, take: number) => Promise<Candidate[]>;

const findOrders: Find = async (where, take) =>
  (
    await db.order.findMany({
      where,
      select: { id: true, createdAt: true, orderNo: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
    })
  ).map((row) => ({ id: row.id, createdAt: row.createdAt, number: row.orderNo }));
const findTopups: Find = async (where, take) =>
  (
    await db.topup.findMany({
      where,
      select: { id: true, createdAt: true, topupNo: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
    })
  ).map((row) => ({ id: row.id, createdAt: row.createdAt, number: row.topupNo }));

/**
 * The next batch of a table's candidates in (createdAt, id) order, going round: on from where
 * the last run stopped, then from the start again. However many payments are abandoned at
 * the cashier, every overdue one is asked about within ceil(count / BATCH) runs (the oldest
 * 50 alone would starve a newer, paid one). The cursor lives in the instance: another
 * instance holding the lease later starts its own round, which only repeats questions.
 */
async function nextRound(key: string, candidates: object, find: Find): Promise<string[]> {
  const after = cursors.get(key);
  const batch = after
    ? await find(
        {
          AND: [candidates, { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] }],
        },
        BATCH,
      )
    : [];
  if (batch.length < BATCH) {
    const seen = new Set(batch.map((row) => row.id));
    const fromStart = await find(candidates, BATCH - batch.length);
    batch.push(...fromStart.filter((row) => !seen.has(row.id)));
  }
  const last = batch.at(-1);
  if (last) cursors.set(key, { createdAt: last.createdAt, id: last.id });
  else cursors.delete(key);
  return batch.map((row) => row.number);
}

export async function reconcileRail(rail: RailName, now = new Date()): Promise<number> {
  const createdAt = { lte: new Date(now.getTime() - NOTIFY_GRACE_MS) };
  // Unpaid ones, and expired ones still within the window a late cashier payment may come in.
  const candidates = {
    payRail: rail,
    createdAt,
    OR: [{ status: "pending" }, { status: "expired", expiresAt: { gte: new Date(now.getTime() - LATE_WINDOW_MS) } }],
  };
  const numbers = [
    ...(await nextRound(`${rail}:orders`, candidates, findOrders)),
    ...(await nextRound(`${rail}:topups`, candidates, findTopups)),
  ];
  let settled = 0;
  for (const number of numbers) if ((await recoverCashierPayment(rail, number)) === "settled") settled++;
  if (settled) console.log(`[stockline] ${rail}: ${settled} payment(s) recovered by query`);
  return settled;
}
