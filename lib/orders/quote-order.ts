import "server-only";
import { db } from "../db";
import { errors } from "../api/app-error";
import { unitPriceFen } from "../catalog/pricing";
import { productForSale } from "../catalog/product-for-sale";
import { quoteCoupon } from "../coupons/coupons";
import { productMaxQuantity } from "./quantity-limits";

export type QuoteInput = { productId: string; quantity: number; couponCode?: string | null };

/**
 * What an order of `quantity` would cost: the quantity rules, the tier's unit price and the
 * coupon's discount. Reads only; createOrder takes the coupon use in its transaction.
 */
export async function quoteOrder(input: QuoteInput) {
  const product = await productForSale(input.productId);
  if (!product) throw errors.productNotFound();
  if (input.quantity < product.minQuantity) throw errors.minQuantity(product.minQuantity);
  const maxQuantity = productMaxQuantity(product.maxQuantity);
  if (input.quantity > maxQuantity) throw errors.maxQuantity(maxQuantity);

  const unitFen = unitPriceFen(product.priceFen, product.tiers, input.quantity);
  const subtotalFen = unitFen * BigInt(input.quantity);
  const coupon = input.couponCode ? await quoteCoupon(db, input.couponCode, product.id, subtotalFen) : undefined;
  return { product, unitFen, subtotalFen, coupon, amountFen: subtotalFen - (coupon?.discountFen ?? 0n) };
}
