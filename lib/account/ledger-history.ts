import "server-only";
import { db } from "../db";
import type { Currency } from "../balance/ledger";

export type LedgerLine = {
  id: string;
  currency: Currency;
  /** Signed minor units: negative for a debit. */
  amount: bigint;
  balanceAfter: bigint;
  reason: string;
  reference: string | null;
  createdAt: Date;
};

export const LEDGER_SHOWN = 20;

/** The newest ledger rows of one user (capped) and how many there are in all. */
export async function recentLedger(userId: string, limit = LEDGER_SHOWN): Promise<{ lines: LedgerLine[]; total: number }> {
  const where = { userId };
  const [rows, total] = await Promise.all([
    db.ledgerEntry.findMany({
      where,
      select: { id: true, currency: true, amount: true, balanceAfter: true, reason: true, reference: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
    }),
    db.ledgerEntry.count({ where }),
  ]);
  return { lines: rows.map((row) => ({ ...row, currency: row.currency as Currency })), total };
}
