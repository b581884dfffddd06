import { gapAfter } from "@/lib/i18n/gap";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import type { HistoryOrder } from "@/lib/account/order-history";
import { formatDateTime, formatPrice } from "@/lib/i18n/format";
import { fenToYuan } from "@/lib/money";
import { OrderStatusBadge } from "./order-status-badge";

const pageLink =
  "rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

type Props = { orders: HistoryOrder[]; page: number; pages: number; locale: Locale };

/** The user's orders, newest first: each a card that opens the order; pages of ten. */
export async function OrderHistoryList({ orders, page, pages, locale }: Props) {
  const t = await getTranslations("Account");
  return (
    <section
      aria-labelledby="orders-heading"
      className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
      data-testid="order-history"
    >
      <h2 id="orders-heading" className="text-base font-semibold">
        {t("orders")}
      </h2>
      {orders.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          {t("noOrders")}
          {gapAfter(t("noOrders"))}
          <Link href="/" className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
            {t("browse")}
          </Link>
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {orders.map((order) => (
            <li key={order.id} className="py-3" data-testid="history-order">
              <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
                <Link
                  href={`/account/orders/${order.id}`}
                  aria-label={t("viewOrder", { orderNo: order.orderNo })}
                  className="break-all rounded font-mono text-sm font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                >
                  {order.orderNo}
                </Link>
                <OrderStatusBadge status={order.status} />
              </div>
              <p className="mt-1 text-sm font-medium text-slate-900">
                {locale === "zh" ? order.productNameZh : order.productNameEn}{" "}
                <span className="font-normal text-slate-600">× {order.quantity}</span>
              </p>
              <div className="mt-0.5 flex flex-wrap justify-between gap-x-4 text-sm text-slate-600">
                <time dateTime={order.createdAt.toISOString()}>{formatDateTime(locale, order.createdAt.toISOString())}</time>
                <span className="font-semibold tabular-nums text-slate-900">{formatPrice(locale, fenToYuan(order.amountFen))}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t("pagination")} className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-3">
          {page > 1 ? (
            <Link href={{ pathname: "/account", query: { page: page - 1 } }} className={pageLink} rel="prev">
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-slate-600">{t("pageOf", { page, pages })}</span>
          {page < pages ? (
            <Link href={{ pathname: "/account", query: { page: page + 1 } }} className={pageLink} rel="next">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}
