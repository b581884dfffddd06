// Order lookup by number + email: the published lookup with its rate limits, as a page (a POST form).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LookupForm } from "@/components/orders/lookup-form";
import { pageLocale } from "@/lib/i18n/page-locale";
import { shopBrand } from "@/lib/brand/shop-brand";
import { lookUpOrder, refreshLookup } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ no?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Order" });
  return { title: t("lookupTitle") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function OrderLookupPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations("Order");
  // A link may carry the order number (not secret on its own); the email is only ever posted.
  const orderNo = first((await searchParams).no) ?? "";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("lookupTitle")}</h1>
        <p className="mt-1 text-slate-600">{t("lookupIntro")}</p>
      </header>
      <LookupForm
        action={lookUpOrder.bind(null, locale)}
        refresh={refreshLookup}
        orderNo={orderNo}
        contactEmail={(await shopBrand()).contact.email}
      />
    </div>
  );
}
