import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import { formatDateTime, formatPrice } from "@/lib/i18n/format";

export type OrderSummaryData = { order_no: string; status: string; amount: number; quantity: number; created_at: string };

const statusStyles: Record<string, string> = {
  completed: "bg-emerald-100 text-emerald-900",
  pending: "bg-amber-100 text-amber-900",
  paid: "bg-indigo-100 text-indigo-900",
};
const knownStatuses = ["pending", "paid", "completed", "expired", "cancelled", "refunded"] as const;

/** Number, status, amount and date of an order, as the locale writes them (not async: the lookup form renders it on the client too). */
export function OrderSummary({ order, locale }: { order: OrderSummaryData; locale: Locale }) {
  const t = useTranslations("Order");
  const ts = useTranslations("OrderStatus");
  const status = (knownStatuses as readonly string[]).includes(order.status) ? (order.status as (typeof knownStatuses)[number]) : "unknown";
  return (
    <section aria-labelledby="order-details-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-testid="order-summary">
      <h2 id="order-details-heading" className="text-base font-semibold">
        {t("details")}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("orderNo")}</dt>
          <dd className="break-all font-mono font-medium" data-testid="order-no">{order.order_no}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("status")}</dt>
          <dd>
            <span className={`inline-block rounded-full px-2.5 py-0.5 font-medium ${statusStyles[status] ?? "bg-slate-100 text-slate-800"}`} data-testid="order-status">
              {ts(status)}
            </span>
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("amount")}</dt>
          <dd className="font-semibold tabular-nums" data-testid="order-amount">{formatPrice(locale, order.amount)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("quantity")}</dt>
          <dd className="tabular-nums">{order.quantity}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("createdAt")}</dt>
          <dd data-testid="order-date">
            <time dateTime={order.created_at}>{formatDateTime(locale, order.created_at)}</time>
          </dd>
        </div>
      </dl>
    </section>
  );
}
