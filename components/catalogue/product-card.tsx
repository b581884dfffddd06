import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/i18n/format";
import { lowestTierPrice } from "@/lib/catalog/browse";
import type { ProductDto } from "@/lib/catalog/product-dto";
import { localized } from "@/lib/i18n/localized";
import { StockBadge } from "@/components/ui/stock-badge";
import { PriceTag } from "@/components/product/price-tag";

export async function ProductCard({ product, locale }: { product: ProductDto; locale: Locale }) {
  const t = await getTranslations("ProductCard");
  const soldOut = product.stock <= 0;
  const from = lowestTierPrice(product);
  return (
    <article
      data-testid="product-card"
      data-sold-out={soldOut ? "true" : "false"}
      className={`relative flex w-full flex-col rounded-xl border border-slate-200 p-4 shadow-sm transition focus-within:ring-2 focus-within:ring-indigo-600 hover:border-indigo-300 hover:shadow-md ${soldOut ? "bg-slate-50" : "bg-white"}`}
    >
      <div className="flex items-start justify-between gap-2">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{product.category ? localized(product.category, "name", locale) : "\u00a0"}</p>
        <StockBadge stock={product.stock} locale={locale} />
      </div>
      <h2 className="mt-2 line-clamp-2 min-h-[2.75rem] text-base font-semibold leading-snug text-slate-900">
        <Link href={`/products/${product.slug}`} className="after:absolute after:inset-0 after:content-[''] focus:outline-none">
          {localized(product, "name", locale)}
        </Link>
      </h2>
      <div className="mt-auto pt-4">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span className="sr-only">{t("price")}</span>
          <PriceTag locale={locale} price={product.price} soldOut={soldOut} />
          {from !== null && (
            <span className="rounded bg-amber-50 px-1.5 py-0.5 text-sm font-medium text-amber-800" data-testid="from-price">
              {t("fromPrice", { price: formatPrice(locale, from) })}
            </span>
          )}
        </p>
        <p className="mt-1 text-sm text-slate-600" data-testid="min-quantity">
          {t("minQuantity", { count: product.min_quantity })}
        </p>
      </div>
    </article>
  );
}
