// The checkout form's live total, pure so it runs in the browser: the same tier rule
// (lib/catalog/pricing.ts) and coupon maths (lib/coupons/discount.ts) as the order itself,
// in integer fen. The server recomputes everything when the order is placed.
import { unitPriceFen } from "../catalog/pricing";
import { couponDiscountFen } from "../coupons/discount";
import { fenToYuan, yuanToFen } from "../money";

export type PricedProduct = {
  price: number;
  price_tiers: { min_quantity: number; price: number }[];
  min_quantity: number;
  max_quantity: number;
  stock: number;
};
export type CouponTerms = { kind: string; value: number };
export type CheckoutTotal = { unitPrice: number; subtotal: number; discount: number; total: number; tierApplied: boolean };

// DTO prices are exact two-decimal numbers (fenToYuan), so their decimal text is exact too.
const fen = (yuan: number) => yuanToFen(yuan.toFixed(2));

export function checkoutTotal(product: PricedProduct, quantity: number, coupon?: CouponTerms): CheckoutTotal {
  const baseFen = fen(product.price);
  const tiers = product.price_tiers.map((tier) => ({ minQuantity: tier.min_quantity, priceFen: fen(tier.price) }));
  const unitFen = unitPriceFen(baseFen, tiers, quantity);
  const subtotalFen = unitFen * BigInt(quantity);
  const discountFen = coupon ? couponDiscountFen(coupon.kind, coupon.value, subtotalFen) : 0n;
  return {
    unitPrice: fenToYuan(unitFen),
    subtotal: fenToYuan(subtotalFen),
    discount: fenToYuan(discountFen),
    total: fenToYuan(subtotalFen - discountFen),
    tierApplied: unitFen !== baseFen,
  };
}
