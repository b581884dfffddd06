import "server-only";
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

/** One transfer matched to the order, `seen` (not yet final) or `final`. */
export type MatchedTransfer = { amount: string; status: string; confirmations: number; required: number };

type ProgressOrder = { coin: string | null; payAmount: string | null; transfers: MatchedTransfer[] | null };

/**
 * What the chain shows of an unpaid crypto order's payment, from the transfers matched to it
 * (none for most orders; read with the order itself, lib/orders/order-views.ts). Null when
 * nothing has been seen.
 */
export function paymentProgress({ coin, payAmount, transfers }: ProgressOrder): PaymentProgress | null {
  if (!coin || !payAmount || !transfers?.length) return null;
  const decimals = COINS[coin as Coin].decimals;
  const received = transfers.filter((t) => t.status === "final").reduce((sum, t) => sum + BigInt(t.amount), 0n);
  const seen = transfers.filter((t) => t.status === "seen").sort((a, b) => b.confirmations - a.confirmations);
  const remaining = BigInt(payAmount) - received;
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
