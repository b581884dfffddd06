/** The coin and network of a crypto payment answer, for the receipt's method line. */
export function coinOf(payment: object | undefined): { asset: string; network: string } | undefined {
  if (!payment || !("asset" in payment) || !("network" in payment)) return undefined;
  return { asset: String(payment.asset), network: String(payment.network) };
}
