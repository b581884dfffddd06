"use server";
// The product page's server actions: adapters over lib/orders/checkout.ts (the page hands them to the form).
import { headers } from "next/headers";
import { hasLocale } from "next-intl";
import { clientIp } from "@/lib/api/client-ip";
import { redirect } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { currentUser } from "@/lib/auth/web-session";
import { checkout, previewCoupon, type CouponPreview } from "@/lib/orders/checkout";
import { checkoutQuote, type CheckoutQuote, type CheckoutQuoteInput } from "@/lib/orders/checkout-quote";
import type { CheckoutState } from "@/lib/orders/checkout-errors";
import { formText } from "@/lib/forms/form-text";

// The form's state comes back from the client: a count that is not one starts again at 0.
const attemptOf = (previous: CheckoutState) => (Number.isSafeInteger(previous?.attempt) ? previous.attempt : 0);

/** Places the order; on success the shopper lands on its status link (the payment page, or the items). */
export async function placeOrderAction(previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const user = await currentUser();
  const result = await checkout(form, { userId: user?.id ?? null, email: user?.email ?? null, clientIp: clientIp(await headers()) });
  if (!result.ok) return { error: result.error, attempt: attemptOf(previous) + 1 };
  const raw = formText(form, "locale");
  const locale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale;
  // Outside any try: redirect() works by throwing.
  redirect({ href: { pathname: `/orders/${result.orderId}`, query: { token: result.accessToken } }, locale });
  return { error: null, attempt: attemptOf(previous) + 1 };
}

export async function previewCouponAction(productId: string, code: string, quantity: number): Promise<CouponPreview> {
  return previewCoupon(String(productId), String(code), Number(quantity));
}

/** What the order would cost in the chosen coin or balance, before it is placed (reads only). */
export async function quoteCheckoutAction(input: CheckoutQuoteInput): Promise<CheckoutQuote> {
  const text = (value: unknown) => (typeof value === "string" ? value.slice(0, 100) : undefined);
  return checkoutQuote({
    productId: text(input?.productId) ?? "",
    quantity: Number.isInteger(input?.quantity) ? input.quantity : Number.NaN,
    couponCode: text(input?.couponCode),
    paymentMethod: text(input?.paymentMethod) ?? "",
    coin: text(input?.coin),
  });
}
