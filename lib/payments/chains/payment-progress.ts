import "server-only";
import { hotRead } from "../../db/sqlite-reader";
import { formatDecimal } from "../../money";
import { COINS, type Coin } from "../crypto/coins";

export type PaymentProgress = {
  /** `seen`: a matching transfer is on chain, not yet final; `partial`: final transfers short of the amount (Bitcoin). */
  state: "seen" | "partial";
  confirmations: number;
  confirmations_required: number;
  /** With the order's token: the amount seen, the final amount received so far, and what is left to send. */
  amount_seen?: string;
  received?: string;
  remaining?: string;
};

type ProgressOrder = { id: string; coin: string | null; payAmount: string | null };

/**
 * What the chain shows of an unpaid crypto order's payment: one indexed read of the
 * transfers matched to it (none for most orders). Null when nothing has been seen.
 */
export async function paymentProgress(order: ProgressOrder): Promise<PaymentProgress | null> {
  if (!order.coin || !order.payAmount) return null;
  // Asked at every status poll of an open crypto order: a hot read (lib/db/sqlite-reader.ts).
  const transfers = await hotRead<{ amount: string; status: string; confirmations: number; required: number }>(
    `SELECT "amount", "status", "confirmations", "required" FROM "chain_transfers" WHERE "orderId" = ? AND "status" IN ('seen', 'final')`,
    [order.id],
    (row) => ({
      amount: String(row.amount),
      status: String(row.status),
      confirmations: Number(row.confirmations),
      required: Number(row.required),
    }),
  );
  if (!transfers.length) return null;
  const decimals = COINS[order.coin as Coin].decimals;
  const received = transfers.filter((t) => t.status === "final").reduce((sum, t) => sum + BigInt(t.amount), 0n);
  const seen = transfers.filter((t) => t.status === "seen").sort((a, b) => b.confirmations - a.confirmations);
  const remaining = BigInt(order.payAmount) - received;
  const best = seen[0];
  return {
    state: best ? "seen" : "partial",
    confirmations: best?.confirmations ?? 0,
    confirmations_required: best?.required ?? transfers[0]!.required,
    amount_seen: formatDecimal(
      seen.reduce((sum, t) => sum + BigInt(t.amount), 0n),
      decimals,
    ),
    received: formatDecimal(received, decimals),
    remaining: formatDecimal(remaining > 0n ? remaining : 0n, decimals),
  };
}

/** The part anyone may see (the status without the order's token): the counts, no amounts. */
export function publicProgress({ state, confirmations, confirmations_required }: PaymentProgress): PaymentProgress {
  return { state, confirmations, confirmations_required };
}
