// The order's status link: status for anyone; with the order's token, the payment page while it is
// unpaid, then the delivered items.
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { orderStatus } from "@/lib/orders/order-views";
import { hasDetails } from "@/lib/orders/status-answer";
import { AppError } from "@/lib/api/app-error";
import { OrderReceipt } from "@/components/orders/order-receipt";
import { StatusPill } from "@/components/orders/status-pill";
import { KeepLink } from "@/components/orders/keep-link";
import { ExpiredHelp } from "@/components/orders/expired-help";
import { coinOf } from "@/components/orders/coin-of";
import { orderProductView } from "@/lib/orders/order-product";
import { shopBrand } from "@/lib/brand/shop-brand";
import { orderMailState } from "@/lib/mail/order-mail-state";
import { siteOrigin } from "@/lib/site/origin";
import { OrderProgress } from "@/components/payment/order-progress";
import { LiveStatus } from "@/components/payment/live-status";
import { ResumeWithToken } from "@/components/payment/order-token-memory";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ token?: string | string[]; returned?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Order" });
  return { title: t("statusHeading"), robots: { index: false } };
}

async function statusOrNull(id: string, token: string | null) {
  try {
    return await orderStatus(id, token);
  } catch (caught) {
    if (caught instanceof AppError && caught.code === "order_not_found") notFound();
    if (caught instanceof AppError && caught.code === "invalid_order_token") return null;
    throw caught;
  }
}

export default async function OrderStatusPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Order");
  const tc = await getTranslations("Cashier");
  const query = await searchParams;
  const rawToken = query.token;
  const token = (Array.isArray(rawToken) ? rawToken[0] : rawToken) || null;
  // Back from the cashier (ResumeWithToken adds it): the payment is confirming, not awaited.
  const returned = query.returned !== undefined;
  const status = await statusOrNull(id, token);
  const lookupLink = (
    <Link href="/orders/lookup" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
      {t("toLookup")}
    </Link>
  );

  // A wrong token answers 403 with the forbidden.tsx page beside this one.
  if (status === null) forbidden();

  const known = hasDetails(status) ? status : undefined;
  const [product, brand, origin, mail] = known
    ? await Promise.all([orderProductView(known.order.product_id), shopBrand(), siteOrigin(), orderMailState(known.order.id)])
    : [null, null, "", null];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="break-words text-2xl font-bold tracking-tight sm:text-3xl">
          {known ? t("statusTitle", { orderNo: known.order.order_no }) : t("statusHeading")}
        </h1>
      </header>
      {known ? (
        <>
          <OrderReceipt order={known.order} product={product} coin={coinOf(known.payment)} locale={locale} />
          <OrderProgress status={known} token={token!} returned={returned} />
          {known.status === "expired" && !known.payment_progress && (
            <ExpiredHelp orderNo={known.order.order_no} contactEmail={brand!.contact.email} />
          )}
          {known.status !== "expired" && known.status !== "cancelled" && (
            <KeepLink
              link={`${origin}/${locale}/orders/${known.order.id}?token=${encodeURIComponent(token!)}`}
              orderNo={known.order.order_no}
              confirmationEmail={mail}
            />
          )}
        </>
      ) : (
        <section className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="order-summary">
          <p>
            {t("status")}: <StatusPill status={status.status} className="text-sm" />
          </p>
          {status.status === "pending" && (
            // Back from the cashier: the payment is being confirmed (the provider is asked too); the
            // token this browser remembers reopens the full page.
            <div className="mt-2">
              <LiveStatus orderId={id} token={null} current="pending" message={tc("confirming")} />
              <ResumeWithToken orderId={id} />
            </div>
          )}
          <p className="mt-2 text-sm text-slate-600">{t("statusOnly")}</p>
          <p className="mt-3 text-sm">{lookupLink}</p>
        </section>
      )}
    </div>
  );
}
