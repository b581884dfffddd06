import "server-only";
import type { Tx } from "../db";
import { AppError } from "../api/app-error";
import { couponDiscountFen } from "./discount";
import type { SqlTx } from "../db/hot-transaction";

export type CouponQuote = { id: string; kind: string; value: number; discountFen: bigint };

const invalid = (message: string) => new AppError("coupon_invalid", message);

/**
 * Checks a coupon for this product and prices its discount (read only). The discount never
 * brings the amount below 0.01. The use itself is taken by `takeCouponUse` in the order's
 * transaction.
 */
export async function quoteCoupon(reader: Pick<Tx, "coupon">, code: string, productId: string, subtotalFen: bigint): Promise<CouponQuote> {
  const coupon = await reader.coupon.findUnique({ where: { code: code.trim().toUpperCase() } });
  if (!coupon || !coupon.active) throw invalid("Invalid coupon");
  if (coupon.productId && coupon.productId !== productId) throw invalid("Coupon does not apply to this product");
  if (coupon.expiresAt && coupon.expiresAt.getTime() <= Date.now()) throw invalid("Coupon expired");
  if (coupon.remainingUses !== null && coupon.remainingUses <= 0) throw invalid("Coupon used up");
  return { id: coupon.id, kind: coupon.kind, value: coupon.value, discountFen: couponDiscountFen(coupon.kind, coupon.value, subtotalFen) };
}

/** One guarded update: the usage limit holds under any concurrency. */
export async function takeCouponUse(tx: SqlTx, couponId: string): Promise<void> {
  // Hand-written: it runs in the order's transaction (lib/db/hot-transaction.ts).
  const taken = await tx.$executeRaw`
    UPDATE "coupons" SET "remainingUses" = "remainingUses" - 1, "usedCount" = "usedCount" + 1
    WHERE "id" = ${couponId} AND "active" = ${true} AND ("remainingUses" IS NULL OR "remainingUses" > 0)`;
  if (taken !== 1) throw invalid("Coupon used up");
}

/** An order that expired or was cancelled gives its use back. */
export async function returnCouponUse(tx: Tx, couponId: string): Promise<void> {
  await tx.coupon.updateMany({
    where: { id: couponId, remainingUses: { not: null } },
    data: { remainingUses: { increment: 1 } },
  });
  await tx.coupon.updateMany({ where: { id: couponId, usedCount: { gt: 0 } }, data: { usedCount: { decrement: 1 } } });
}
