"use server";
// The lookup form posts here, so the email never lands in the address bar, history or logs.
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { lookupOrderLimited } from "@/lib/orders/lookup-limited";
import { clientIp } from "@/lib/api/client-ip";
import { AppError } from "@/lib/api/app-error";
import { formText } from "@/lib/forms/form-text";
import { addressQrSvg } from "@/lib/payments/address-qr";
import { cashierQrText, isCashier } from "@/components/payment/is-cashier";
import type { LookupState } from "@/components/orders/lookup-state";

export async function lookUpOrder(locale: string, _previous: LookupState, form: FormData): Promise<LookupState> {
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const t = await getTranslations({ locale: lang, namespace: "Order" });
  const orderNo = formText(form, "no");
  const email = formText(form, "email");
  try {
    const found = await lookupOrderLimited(orderNo, email, clientIp(await headers()));
    // The QR code of a crypto address, or of a cashier's QR text / link.
    const payTo = !found.payment ? undefined : "address" in found.payment ? found.payment.address : isCashier(found.payment) ? cashierQrText(found.payment) : undefined;
    return { orderNo, email, found, ...(payTo ? { qrSvg: await addressQrSvg(payTo) } : {}) };
  } catch (caught) {
    if (!(caught instanceof AppError)) throw caught;
    if (caught.code === "lookup_params") return { orderNo, email, error: t("errorParams") };
    if (caught.code === "order_not_found") return { orderNo, email, error: t("errorNotFound") };
    if (caught.code === "rate_limited") return { orderNo, email, error: t("errorRateLimited", { seconds: caught.details.retryAfterSeconds ?? 60 }) };
    throw caught;
  }
}
