/**
 * What the payment page shows of an order's state, as one string: the status and the
 * chain's progress. The page renders itself again when the status endpoint's answer has
 * another signature (only fields the answer carries without the token are used).
 */
export function statusSignature(answer: { status?: string; payment_progress?: { state?: string; confirmations?: number } }): string {
  const progress = answer.payment_progress;
  return [answer.status ?? "", progress?.state ?? "", progress?.confirmations ?? ""].join("|");
}
