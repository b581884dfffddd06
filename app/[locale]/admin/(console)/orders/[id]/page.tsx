// /{locale}/admin/orders/:id — one order: what was bought and paid, the payment trail (every
// payment event and operator action), the items, and the operator's actions on it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/api/app-error";
import { consolePage, param } from "@/lib/admin/console-page";
import { getAdminOrderOrThrow } from "@/lib/admin/orders/order-detail";
import { PAYMENT_METHODS } from "@/lib/orders/schemas";
import type { ProductKind } from "@/lib/catalog/product-kinds";
import { formatDateTime, formatPrice } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { OrderStatusBadge } from "@/components/account/order-status-badge";
import { OrderActionsForm } from "@/components/admin/order-actions-form";
import { refundDestinations } from "@/lib/orders/refund-destinations";
import { isRefundable } from "@/lib/orders/refundable";
import { ResendMailForm } from "@/components/admin/resend-mail-form";
import { randomUUID } from "node:crypto";
import { ManualDeliveryForm } from "@/components/admin/manual-delivery-form";
import { card, link, successNote } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.orders" });
  return { title: t("detailTitle"), robots: { index: false } };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  let order;
  try {
    order = await getAdminOrderOrThrow((await params).id);
  } catch (error) {
    if (error instanceof AppError && error.code === "order_not_found") notFound();
    throw error;
  }
  const delivered = param((await searchParams).delivered);
  const [t, methodsT, kindsT] = await Promise.all([
    getTranslations("Admin.orders"),
    getTranslations("Checkout.methods"),
    getTranslations("AdminKinds"),
  ]);
  const trail = [
    ...order.payments.map((event) => ({
      at: event.created_at,
      what: t("trail.payment", { source: event.source, outcome: event.outcome }),
      detail: event.amount ?? "",
    })),
    ...order.operator_actions.map((entry) => ({
      at: entry.created_at,
      what: t("trail.operator", { action: entry.action, actor: entry.actor_email }),
      detail: entry.note ?? "",
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const facts: [string, React.ReactNode][] = [
    [
      t("product"),
      <Link key="p" href={`/admin/products/${order.product.id}`} className={link}>
        {locale === "zh" ? order.product.name_zh : order.product.name_en}
      </Link>,
    ],
    [t("quantity"), order.quantity],
    [t("unitPrice"), formatPrice(locale, order.unit_price)],
    [t("discount"), order.discount ? `${formatPrice(locale, order.discount)}${order.coupon_code ? ` (${order.coupon_code})` : ""}` : "—"],
    [t("amount"), formatPrice(locale, order.amount)],
    [t("method"), `${methodsT(order.payment_method as (typeof PAYMENT_METHODS)[number])}${order.coin ? ` · ${order.coin}` : ""}`],
    [t("payAddress"), order.pay_address ?? "—"],
    [t("email"), order.contact_email],
    [t("account"), order.account_email ?? "—"],
    [t("created"), formatDateTime(locale, order.created_at)],
    [t("expires"), formatDateTime(locale, order.expires_at)],
    [t("paid"), order.paid_at ? formatDateTime(locale, order.paid_at) : "—"],
    [kindsT("kind"), kindsT(`kinds.${order.kind as ProductKind}`)],
  ];
  return (
    <div className="space-y-4">
      <div>
        <Link href="/admin/orders" className={link}>
          ← {t("title")}
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-2xl font-bold tracking-tight" data-testid="order-no">
            {order.order_no}
          </h1>
          <OrderStatusBadge status={order.status} />
        </div>
      </div>
      {delivered && (
        <p role="status" className={successNote} data-testid="delivered-note">
          {kindsT(delivered === "1" ? "deliver.done" : "deliver.already")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <dl className={`${card} grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]`}>
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
        <div className="space-y-4">
          {order.kind === "manual" && order.status === "paid" && (
            <ManualDeliveryForm orderId={order.id} quantity={order.quantity} delimiter={order.delimiter} />
          )}
          <OrderActionsForm
            orderId={order.id}
            refundable={isRefundable({ status: order.status, kind: order.kind, paymentFlag: order.payment_flag })}
            status={order.status}
            refundTo={refundDestinations({
              payRail: order.pay_rail,
              paymentMethod: order.payment_method,
              hasAccount: Boolean(order.account_email),
            })}
          />
          {order.status === "completed" && <ResendMailForm orderId={order.id} email={order.contact_email} resendKey={randomUUID()} />}
          <section aria-labelledby="trail-heading" className={card} data-testid="payment-trail">
            <h2 id="trail-heading" className="font-semibold">
              {t("trail.title")}
            </h2>
            {trail.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t("trail.none")}</p>
            ) : (
              <ol className="mt-2 space-y-2 text-sm">
                {trail.map((entry, index) => (
                  <li key={index}>
                    <time dateTime={entry.at} className="text-xs text-slate-600">
                      {formatDateTime(locale, entry.at)}
                    </time>
                    <p className="font-mono text-xs">{entry.what}</p>
                    {entry.detail && <p className="break-words text-slate-700">{entry.detail}</p>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </div>
      <section aria-labelledby="items-heading" className={card}>
        <h2 id="items-heading" className="font-semibold">
          {t("items", { count: order.items.length + order.delivered_lines.length })}
        </h2>
        <ul className="mt-2 space-y-1 font-mono text-xs">
          {order.delivered_lines.map((line, index) => (
            <li key={`line-${index}`} className="break-all" data-testid="delivered-line">
              <span className="mr-2 rounded bg-slate-100 px-1">{kindsT(`kinds.${order.kind as ProductKind}`)}</span>
              {line}
            </li>
          ))}
          {order.items.map((item) => (
            <li key={item.id} className="break-all">
              <span className="mr-2 rounded bg-slate-100 px-1">{item.status}</span>
              {item.content}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
