import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime, formatPrice } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/localized";
import type { OrderProductView } from "@/lib/orders/order-product";
import { coverWidth, ShopImage } from "@/components/product/shop-image";
import { CategoryArt } from "@/components/product/category-art";
import { StatusPill } from "./status-pill";

// The product's picture covers a 5rem-wide 4:3 box (w-20 aspect-[4/3] below).
const PICTURE_BOX = { width: 80, height: 60 };

export type ReceiptOrder = {
  order_no: string;
  status: string;
  quantity: number;
  unit_price: number;
  discount: number;
  amount: number;
  payment_method: string;
  created_at: string;
};

const METHODS = ["crypto", "balance_cny", "balance_crypto", "alipay", "wechat"] as const;

/**
 * What was bought and what it cost: the product with its picture, quantity, unit price,
 * discount, total, how it is paid, and the order's number, status and time. Not async: the
 * lookup result renders it in the browser too.
 */
export function OrderReceipt({
  order,
  product,
  coin,
  locale,
}: {
  order: ReceiptOrder;
  product: OrderProductView | null;
  coin?: { asset: string; network: string };
  locale: Locale;
}) {
  const t = useTranslations("Receipt");
  const tm = useTranslations("Account.methods");
  const name = product ? localized(product, "name", locale) : t("unknownProduct");
  const method = (METHODS as readonly string[]).includes(order.payment_method)
    ? (order.payment_method as (typeof METHODS)[number])
    : "other";
  const cover = product?.images[0];
  const row = "flex items-baseline justify-between gap-4";
  return (
    <section
      aria-labelledby="order-details-heading"
      className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
      data-testid="order-summary"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="order-details-heading" className="text-base font-semibold">
          {t("title")}
        </h2>
        <StatusPill status={order.status} className="text-sm" />
      </div>
      <div className="mt-4 flex items-center gap-3" data-testid="order-product">
        <div className="relative aspect-[4/3] w-20 shrink-0 overflow-hidden rounded-lg border border-slate-200 bg-slate-100">
          {cover ? (
            <ShopImage
              src={cover.url}
              width={cover.width}
              height={cover.height}
              alt=""
              displayWidth={coverWidth(PICTURE_BOX, cover)}
              className="absolute inset-0 h-full w-full object-cover"
            />
          ) : (
            <CategoryArt
              slug={product?.category?.slug ?? null}
              label={product?.category ? localized(product.category, "name", locale) : null}
              className="absolute inset-0 h-full w-full"
            />
          )}
        </div>
        <p className="min-w-0 flex-1 break-words font-medium">
          {product?.listed ? (
            <Link
              href={`/products/${product.slug}`}
              className="text-slate-900 underline decoration-slate-300 underline-offset-2 hover:text-indigo-700"
            >
              {name}
            </Link>
          ) : (
            name
          )}
          <span className="ml-2 whitespace-nowrap font-normal text-slate-600 tabular-nums">× {order.quantity}</span>
        </p>
      </div>
      <dl className="mt-4 space-y-1.5 border-t border-slate-100 pt-3 text-sm">
        <div className={row}>
          <dt className="text-slate-600">{t("unitPrice")}</dt>
          <dd className="tabular-nums" data-testid="order-unit-price">
            {formatPrice(locale, order.unit_price)}
          </dd>
        </div>
        <div className={row}>
          <dt className="text-slate-600">{t("quantity")}</dt>
          <dd className="tabular-nums" data-testid="order-quantity">
            {order.quantity}
          </dd>
        </div>
        {order.discount > 0 && (
          <div className={row}>
            <dt className="text-slate-600">{t("discount")}</dt>
            <dd className="tabular-nums text-emerald-700" data-testid="order-discount">
              −{formatPrice(locale, order.discount)}
            </dd>
          </div>
        )}
        <div className={row}>
          <dt className="font-medium">{t("total")}</dt>
          <dd className="text-lg font-bold tabular-nums" data-testid="order-amount">
            {formatPrice(locale, order.amount)}
          </dd>
        </div>
        <div className={row}>
          <dt className="text-slate-600">{t("method")}</dt>
          <dd className="text-right" data-testid="order-method">
            {tm(method)}
            {coin && ` · ${t("coin", coin)}`}
          </dd>
        </div>
      </dl>
      <dl className="mt-3 grid gap-x-6 gap-y-2 border-t border-slate-100 pt-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("orderNo")}</dt>
          <dd className="break-all font-mono font-medium" data-testid="order-no">
            {order.order_no}
          </dd>
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
