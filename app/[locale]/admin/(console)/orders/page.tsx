// /{locale}/admin/orders — orders newest first; filters by status, email, order number, method,
// product and date range ride the orders table's indexes; keyset paging.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consolePage, param } from "@/lib/admin/console-page";
import { listAdminOrders, orderListQuerySchema } from "@/lib/admin/orders/order-list";
import { ORDER_STATUSES } from "@/lib/orders/order-statuses";
import { listAdminProducts } from "@/lib/admin/products/products";
import { PAYMENT_METHODS } from "@/lib/orders/schemas";
import { formatDateTime, formatPrice } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { TextField } from "@/components/ui/text-field";
import { formAlert } from "@/components/ui/styles";
import { Select } from "@/components/admin/fields";
import { Pager } from "@/components/admin/pager";
import { OrderStatusBadge } from "@/components/account/order-status-badge";
import { link, secondaryButton, table, tableWrap, td, th } from "@/components/admin/styles";
import { gapAfter } from "@/lib/i18n/gap";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS = ["status", "email", "order_no", "method", "product_id", "from", "to", "cursor"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.orders" });
  return { title: t("title"), robots: { index: false } };
}

export default async function OrdersPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const search = await searchParams;
  // Empty form fields are "no filter".
  const query = Object.fromEntries(FILTERS.map((name) => [name, param(search[name]).trim()]).filter(([, value]) => value)) as Record<
    string,
    string
  >;
  const parsed = orderListQuerySchema.safeParse(query);
  const [t, methodsT, products] = await Promise.all([
    getTranslations("Admin.orders"),
    getTranslations("Checkout.methods"),
    listAdminProducts(),
  ]);
  const statusT = await getTranslations("OrderStatus");
  const page = parsed.success ? await listAdminOrders(parsed.data) : { items: [], next_cursor: null };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <form className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-4" role="search" data-testid="orders-filters">
        <Select id="orders-status" name="status" label={t("status")} defaultValue={query.status ?? ""}>
          <option value="">{t("any")}</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusT(status)}
            </option>
          ))}
        </Select>
        <Select id="orders-method" name="method" label={t("method")} defaultValue={query.method ?? ""}>
          <option value="">{t("any")}</option>
          {PAYMENT_METHODS.map((method) => (
            <option key={method} value={method}>
              {methodsT(method)}
            </option>
          ))}
        </Select>
        <Select id="orders-product" name="product_id" label={t("product")} defaultValue={query.product_id ?? ""}>
          <option value="">{t("any")}</option>
          {products.map((product) => (
            <option key={product.id} value={product.id}>
              {locale === "zh" ? product.name_zh : product.name_en}
            </option>
          ))}
        </Select>
        <TextField id="orders-email" name="email" type="email" label={t("email")} defaultValue={query.email} />
        <TextField id="orders-no" name="order_no" label={t("orderNo")} defaultValue={query.order_no} />
        <TextField id="orders-from" name="from" type="date" label={t("from")} defaultValue={query.from} />
        <TextField id="orders-to" name="to" type="date" label={t("to")} hint={t("toHint")} defaultValue={query.to} />
        <div className="flex gap-2">
          <button type="submit" className={secondaryButton} data-testid="orders-filter">
            {t("filter")}
          </button>
          <Link href="/admin/orders" className={secondaryButton}>
            {t("reset")}
          </Link>
        </div>
      </form>
      {!parsed.success && (
        <p role="alert" className={formAlert}>
          {t("badFilter")}
          {gapAfter(t("badFilter"))}
          <span className="font-mono text-xs" lang="en">
            {parsed.error.issues[0]?.message}
          </span>
        </p>
      )}
      <div className={tableWrap}>
        <table className={table} data-testid="orders-table">
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("orderNo")}</th>
              <th className={th}>{t("status")}</th>
              <th className={th}>{t("product")}</th>
              <th className={th}>{t("amount")}</th>
              <th className={th}>{t("method")}</th>
              <th className={th}>{t("email")}</th>
              <th className={th}>{t("created")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.items.map((order) => (
              <tr key={order.id}>
                <td className={`${td} font-mono`}>
                  <Link href={`/admin/orders/${order.id}`} className={link}>
                    {order.order_no}
                  </Link>
                </td>
                <td className={td}>
                  <OrderStatusBadge status={order.status} />
                </td>
                <td className={td}>
                  {locale === "zh" ? order.product.name_zh : order.product.name_en} × {order.quantity}
                </td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>{formatPrice(locale, order.amount)}</td>
                <td className={`${td} whitespace-nowrap`}>{methodsT(order.payment_method as (typeof PAYMENT_METHODS)[number])}</td>
                <td className={`${td} break-all`}>{order.contact_email}</td>
                <td className={`${td} whitespace-nowrap text-xs text-slate-600`}>{formatDateTime(locale, order.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.items.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
      <Pager pathname="/admin/orders" query={query} nextCursor={page.next_cursor} />
    </div>
  );
}
