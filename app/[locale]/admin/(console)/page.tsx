// /{locale}/admin — the dashboard: revenue and orders by payment method (today, 7, 30 days,
// with daily charts), products low on stock or sold out, and orders that need the operator.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireConsoleAdmin } from "@/lib/auth/admin-session";
import { dashboardFigures, ordersNeedingAttention, stockAlerts, type MethodTotals } from "@/lib/admin/dashboard";
import { PAYMENT_METHODS } from "@/lib/orders/schemas";
import { formatCount, formatDateTime, formatPrice } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { MethodChart, type ChartRow } from "@/components/admin/method-chart";
import { OrderStatusBadge } from "@/components/account/order-status-badge";
import { card, link } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.dashboard" });
  return { title: t("title"), robots: { index: false } };
}

export default async function DashboardPage({ params }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  await requireConsoleAdmin(locale);
  const [t, methodsT, figures, alerts, attention] = await Promise.all([
    getTranslations("Admin.dashboard"),
    getTranslations("Checkout.methods"),
    dashboardFigures(),
    stockAlerts(),
    ordersNeedingAttention(),
  ]);
  const labels = Object.fromEntries(PAYMENT_METHODS.map((method) => [method, methodsT(method)]));
  const methods = PAYMENT_METHODS.filter((method) => figures.series.some((point) => point.byMethod[method]));
  const rows = (metric: "revenue" | "orders"): ChartRow[] =>
    figures.series.map((point) => ({
      day: point.day.slice(5),
      ...Object.fromEntries(methods.map((method) => [method, point.byMethod[method]?.[metric] ?? 0])),
    }));
  const periods = [
    ["today", figures.totals.today],
    ["week", figures.totals.week],
    ["month", figures.totals.month],
  ] as const;
  const sum = (totals: MethodTotals[], key: "orders" | "revenue") =>
    totals.reduce((acc, entry) => acc + (key === "revenue" ? Math.round(entry.revenue * 100) : entry.orders), 0);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <section aria-labelledby="totals-heading" className="space-y-3">
        <h2 id="totals-heading" className="sr-only">
          {t("totals")}
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          {periods.map(([period, totals]) => (
            <div key={period} className={card} data-testid={`totals-${period}`}>
              <h3 className="text-sm font-medium text-slate-600">{t(`periods.${period}`)}</h3>
              <p className="mt-1 text-2xl font-semibold tabular-nums">{formatPrice(locale, sum(totals, "revenue") / 100)}</p>
              <p className="text-sm text-slate-600">{t("ordersCount", { count: sum(totals, "orders") })}</p>
              {totals.length > 0 && (
                <ul className="mt-3 space-y-1 border-t border-slate-100 pt-2 text-sm">
                  {totals.map((entry) => (
                    <li key={entry.method} className="flex justify-between gap-2">
                      <span>{labels[entry.method] ?? entry.method}</span>
                      <span className="tabular-nums">
                        {formatPrice(locale, entry.revenue)} · {formatCount(locale, entry.orders)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        {(["revenue", "orders"] as const).map((metric) => (
          <figure key={metric} className={card}>
            <figcaption className="mb-2 font-semibold">{t(`chart.${metric}`)}</figcaption>
            {methods.length ? (
              <MethodChart rows={rows(metric)} methods={methods} labels={labels} format={metric === "revenue" ? "money" : "count"} />
            ) : (
              <p className="text-sm text-slate-600">{t("chart.empty")}</p>
            )}
          </figure>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="stock-heading" className={card} data-testid="stock-alerts">
          <h2 id="stock-heading" className="font-semibold">
            {t("stockAlerts")}
          </h2>
          {alerts.soldOut.length + alerts.low.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("stockOk")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {[...alerts.soldOut, ...alerts.low].map((product) => (
                <li key={product.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link href={`/admin/products/${product.id}/stock`} className={link}>
                    {locale === "zh" ? product.name_zh : product.name_en}
                  </Link>
                  <span
                    className={
                      product.available === 0
                        ? "rounded-full bg-rose-100 px-2 py-0.5 text-xs font-medium text-rose-900"
                        : "rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900"
                    }
                  >
                    {product.available === 0 ? t("soldOut") : t("lowStock", { available: product.available, threshold: product.threshold })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="attention-heading" className={card} data-testid="attention">
          <h2 id="attention-heading" className="font-semibold">
            {t("attention")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            <Link href={{ pathname: "/admin/orders", query: { status: "pending" } }} className={link}>
              {t("pending", { count: attention.pending })}
            </Link>
          </p>
          {attention.orders.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("attentionNone")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {attention.orders.map((order) => (
                <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link href={`/admin/orders/${order.id}`} className={`${link} font-mono`}>
                    {order.order_no}
                  </Link>
                  <span className="text-slate-600">{t(`reasons.${order.reason}`)}</span>
                  <OrderStatusBadge status={order.status} />
                  <time dateTime={order.created_at} className="text-xs text-slate-600">
                    {formatDateTime(locale, order.created_at)}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
