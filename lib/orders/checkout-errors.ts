// What the checkout form tells the shopper when the core refuses an order: the AppError's
// code (and, for coupons, which published reason) becomes a key of the "Checkout.errors"
// messages, with the numbers the sentence needs.
import type { z } from "zod";
import { AppError } from "../api/app-error";
import { MAX_ORDER_QUANTITY } from "./quantity-limits";

export type CheckoutErrorKey =
  | "emailInvalid"
  | "quantityInvalid"
  | "methodRequired"
  | "coinRequired"
  | "minQuantity"
  | "maxQuantity"
  | "insufficientStock"
  | "soldOut"
  | "insufficientBalance"
  | "methodUnavailable"
  | "couponInvalid"
  | "couponWrongProduct"
  | "couponExpired"
  | "couponUsedUp"
  | "signInRequired"
  | "productGone"
  | "alreadySubmitted"
  | "tooManyUnpaid"
  | "orderRefused"
  | "unexpected";

export type CheckoutError = {
  key: CheckoutErrorKey;
  field?: "quantity" | "contactEmail" | "paymentMethod" | "coin" | "couponCode";
  values?: Record<string, number>;
};

/** What the checkout's server action answers when it does not redirect (attempt counts the refusals). */
export type CheckoutState = { error: CheckoutError | null; attempt: number };

const couponReasons: Record<string, CheckoutErrorKey> = {
  "Coupon does not apply to this product": "couponWrongProduct",
  "Coupon expired": "couponExpired",
  "Coupon used up": "couponUsedUp",
};

// The contract's messages carry the limit ("Minimum quantity is 5"): the number is read back from it.
const numberIn = (message: string) => Number(/(\d+)/.exec(message)?.[1] ?? 0);

/** The shopper-facing reason for a refused order; anything unforeseen is "unexpected", never internals. */
export function checkoutErrorOf(error: AppError): CheckoutError {
  switch (error.code) {
    case "min_quantity":
      return { key: "minQuantity", field: "quantity", values: { min: numberIn(error.message) } };
    case "max_quantity":
      return { key: "maxQuantity", field: "quantity", values: { max: numberIn(error.message) } };
    case "insufficient_stock":
      return { key: "insufficientStock", field: "quantity" };
    case "insufficient_balance":
      return { key: "insufficientBalance", field: "paymentMethod" };
    case "payment_method_unavailable":
    case "coin_unavailable":
      return { key: "methodUnavailable", field: "paymentMethod" };
    case "coupon_invalid":
      return { key: couponReasons[error.message] ?? "couponInvalid", field: "couponCode" };
    case "unauthorized":
      return { key: "signInRequired", field: "paymentMethod" };
    case "product_not_found":
      return { key: "productGone" };
    case "idempotency_conflict":
      return { key: "alreadySubmitted" };
    case "order_refused":
      return { key: "orderRefused" };
    case "rate_limited":
      return { key: "tooManyUnpaid", values: { minutes: Math.max(1, Math.ceil((error.details.retryAfterSeconds ?? 60) / 60)) } };
    default:
      return { key: "unexpected" };
  }
}

const fieldErrors: Record<string, CheckoutError> = {
  contactEmail: { key: "emailInvalid", field: "contactEmail" },
  quantity: { key: "quantityInvalid", field: "quantity" },
  paymentMethod: { key: "methodRequired", field: "paymentMethod" },
  coin: { key: "coinRequired", field: "coin" },
  couponCode: { key: "couponInvalid", field: "couponCode" },
};

/** The first invalid field of the order form. */
export function checkoutValidationError(error: z.ZodError): CheckoutError {
  const field = String(error.issues[0]?.path[0] ?? "");
  if (field === "quantity" && error.issues[0]?.code === "too_big")
    return { key: "maxQuantity", field: "quantity", values: { max: MAX_ORDER_QUANTITY } };
  return fieldErrors[field] ?? { key: "unexpected" };
}
