// The discount maths of a coupon, pure: the order's quote and the checkout form's live
// total run the same function, so the preview never disagrees with the charge.
export type CouponKind = "percent" | "fixed";

/** A percent (whole number) or a fixed amount in fen; the amount never drops below 0.01. */
export function couponDiscountFen(kind: string, value: number, subtotalFen: bigint): bigint {
  const raw = kind === "percent" ? (subtotalFen * BigInt(value)) / 100n : BigInt(value);
  const ceiling = subtotalFen - 1n;
  if (ceiling <= 0n) return 0n;
  return raw > ceiling ? ceiling : raw;
}
