import "server-only";
import { db } from "../db";
import { AppError } from "../api/app-error";
import { quoteCoupon } from "../coupons/coupons";
import { productForSale } from "../catalog/product-for-sale";
import { unitPriceFen } from "../catalog/pricing";
import { formText } from "../forms/form-text";
import { placeOrder } from "./place-order";
import type { Buyer } from "./create-order";
import { createOrderSchema } from "./schemas";
import { checkoutErrorOf, checkoutValidationError, type CheckoutError } from "./checkout-errors";
import type { CouponTerms } from "./checkout-total";

export type CheckoutResult = { ok: true; orderId: string; accessToken: string } | { ok: false; error: CheckoutError };
export type CouponPreview = { ok: true; code: string; terms: CouponTerms } | { ok: false; error: CheckoutError };

const text = (form: FormData, name: string) => formText(form, name).trim();

/** The order form's fields in the API's request shape, so one schema validates both. */
export function orderInputOf(form: FormData) {
  const paymentMethod = text(form, "paymentMethod");
  const couponCode = text(form, "couponCode");
  const quantity = text(form, "quantity");
  const locale = text(form, "locale");
  return {
    productId: text(form, "productId"),
    quantity: /^\d+$/.test(quantity) ? Number(quantity) : Number.NaN,
    contactEmail: text(form, "contactEmail"),
    paymentMethod,
    ...(paymentMethod === "crypto" ? { coin: text(form, "coin") || undefined } : {}),
    ...(couponCode ? { couponCode } : {}),
    // The page's language, so the order's mails speak it.
    ...(locale ? { locale } : {}),
  };
}

/**
 * The storefront's order: the same placeOrder as POST /api/orders/create, with the web
 * session's user (balance methods need one) and the form's own idempotency key, so a
 * double submit answers the first order instead of making a second.
 */
export async function checkout(form: FormData, buyer: Buyer): Promise<CheckoutResult> {
  const parsed = createOrderSchema.safeParse(orderInputOf(form));
  if (!parsed.success) return { ok: false, error: checkoutValidationError(parsed.error) };
  const key = text(form, "idempotencyKey") || null;
  try {
    const answer = (await placeOrder(parsed.data, buyer, key)) as { order: { id: string }; access_token: string };
    return { ok: true, orderId: answer.order.id, accessToken: answer.access_token };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: checkoutErrorOf(error) };
    throw error;
  }
}

/** Checks a coupon for the form's live total (read only: the order takes the use, and decides). */
export async function previewCoupon(productId: string, code: string, quantity: number): Promise<CouponPreview> {
  const trimmed = code.trim();
  if (!trimmed || trimmed.length > 64) return { ok: false, error: { key: "couponInvalid", field: "couponCode" } };
  const product = await productForSale(productId);
  if (!product) return { ok: false, error: { key: "productGone" } };
  const safeQuantity = Number.isInteger(quantity) && quantity > 0 ? quantity : product.minQuantity;
  const subtotalFen = unitPriceFen(product.priceFen, product.tiers, safeQuantity) * BigInt(safeQuantity);
  try {
    const quote = await quoteCoupon(db, trimmed, product.id, subtotalFen);
    return { ok: true, code: trimmed.toUpperCase(), terms: { kind: quote.kind, value: quote.value } };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: checkoutErrorOf(error) };
    throw error;
  }
}
