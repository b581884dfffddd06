// Order lookup by number + email: the published lookup with its rate limits, as a page.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { lookupOrderLimited } from "@/lib/orders/lookup-limited";
import { clientIp } from "@/lib/api/client-ip";
import { AppError } from "@/lib/api/app-error";
import { LookupForm } from "@/components/orders/lookup-form";
import { OrderSummary } from "@/components/orders/order-summary";
import { DeliveryView } from "@/components/orders/delivery-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ no?: string | string[]; email?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Order" });
  return { title: t("lookupTitle") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function OrderLookupPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("Order");
  const query = await searchParams;
  const orderNo = first(query.no) ?? "";
  const email = first(query.email) ?? "";
  const submitted = query.no !== undefined || query.email !== undefined;

  let result: Awaited<ReturnType<typeof lookupOrderLimited>> | undefined;
  let error: string | undefined;
  if (submitted) {
    try {
      result = await lookupOrderLimited(orderNo, email, clientIp(await headers()));
    } catch (caught) {
      if (!(caught instanceof AppError)) throw caught;
      if (caught.code === "lookup_params") error = t("errorParams");
      else if (caught.code === "order_not_found") error = t("errorNotFound");
      else if (caught.code === "rate_limited") error = t("errorRateLimited", { seconds: caught.details.retryAfterSeconds ?? 60 });
      else throw caught;
    }
  }

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("lookupTitle")}</h1>
        <p className="mt-1 text-slate-600">{t("lookupIntro")}</p>
      </header>
      <LookupForm orderNo={orderNo} email={email} error={error} />
      {result && <OrderSummary order={result.order} locale={locale} />}
      {result?.accounts && <DeliveryView accounts={result.accounts} orderNo={result.order.order_no} />}
      {result && !result.accounts && result.order.status === "pending" && (
        <p className="rounded-lg bg-indigo-50 p-3 text-sm text-indigo-900">{t("notDelivered")}</p>
      )}
    </div>
  );
}
