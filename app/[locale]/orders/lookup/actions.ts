"use server";
// The lookup form posts here, so the email never lands in the address bar, history or logs.
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { lookupOrderLimited } from "@/lib/orders/lookup-limited";
import { lookupOrder } from "@/lib/orders/order-views";
import { issueLookupGrant, openLookupGrant } from "@/lib/orders/lookup-grant";
import { orderProductView } from "@/lib/orders/order-product";
import { clientIp } from "@/lib/api/client-ip";
import { AppError } from "@/lib/api/app-error";
import { formText } from "@/lib/forms/form-text";
import { qrForPayment } from "@/components/payment/payment-qr";
import type { LookupFound, LookupState, LookupView } from "@/components/orders/lookup-state";

async function viewOf(found: LookupFound, grant: string): Promise<LookupView> {
  const [product, qr] = await Promise.all([orderProductView(found.order.product_id), qrForPayment(found.payment)]);
  return { found, product, grant, ...(qr ? { qr } : {}) };
}

export async function lookUpOrder(locale: string, _previous: LookupState, form: FormData): Promise<LookupState> {
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const t = await getTranslations({ locale: lang, namespace: "Order" });
  const orderNo = formText(form, "no");
  const email = formText(form, "email");
  try {
    const found = await lookupOrderLimited(orderNo, email, clientIp(await headers()));
    return { orderNo, email, view: await viewOf(found, issueLookupGrant(orderNo, email)) };
  } catch (caught) {
    if (!(caught instanceof AppError)) throw caught;
    if (caught.code === "lookup_params") return { orderNo, email, error: t("errorParams") };
    if (caught.code === "order_not_found") return { orderNo, email, error: t("errorNotFound") };
    if (caught.code === "rate_limited") {
      const seconds = caught.details.retryAfterSeconds ?? 60;
      return { orderNo, email, error: t("errorRateLimited", { seconds }), retryAt: Date.now() + seconds * 1000 };
    }
    throw caught;
  }
}

/** The looked-up order again, by the grant its lookup answered (no lookup limit spent); null once the grant ran out. */
export async function refreshLookup(grant: string): Promise<LookupView | null> {
  const pair = typeof grant === "string" ? openLookupGrant(grant) : null;
  if (!pair) return null;
  try {
    return await viewOf(await lookupOrder(pair.orderNo, pair.email), grant);
  } catch (caught) {
    if (caught instanceof AppError && caught.code === "order_not_found") return null;
    throw caught;
  }
}
