// Why a balance moved, as the Account.reasons messages name it (the shopper's ledger and the
// console's): a reason the messages do not know reads as "other", never as the raw word.
const reasons = ["order", "refund", "demo_grant", "top_up", "late_payment", "adjustment"] as const;

export type LedgerReasonKey = (typeof reasons)[number] | "other";

export function ledgerReasonKey(reason: string): LedgerReasonKey {
  return (reasons as readonly string[]).includes(reason) ? (reason as LedgerReasonKey) : "other";
}
