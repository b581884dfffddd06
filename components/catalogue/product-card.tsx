import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatCount, formatPrice } from "@/lib/i18n/format";
import { lowestTierPrice } from "@/lib/catalog/browse";
import type { ProductDto } from "@/lib/catalog/product-dto";
import { localized } from "@/lib/i18n/localized";
import { StockBadge } from "@/components/ui/stock-badge";
import { PriceTag } from "@/components/product/price-tag";
import { ProductVisual } from "@/components/product/product-visual";

// The grid is one column on phones, two from 640 px and three from 1024 px (at most 1152 px wide).
const CARD_SIZES = "(min-width: 1024px) 360px, (min-width: 640px) 45vw, 92vw";

/** `eager`: the first cards are above the fold on a phone; the rest load as they scroll in. */
export async function ProductCard({
  product,
  locale,
  sold,
  eager = false,
}: {
  product: ProductDto;
  locale: Locale;
  sold: number;
  eager?: boolean;
}) {
  const t = await getTranslations("ProductCard");
  const ts = await getTranslations("Storefront");
  const soldOut = product.stock <= 0;
  const from = lowestTierPrice(product);
  const name = localized(product, "name", locale);
  return (
    <article
      data-testid="product-card"
      data-sold-out={soldOut ? "true" : "false"}
      className={`relative flex w-full flex-col overflow-hidden rounded-xl border border-slate-200 shadow-sm transition focus-within:ring-2 focus-within:ring-indigo-600 hover:border-indigo-300 hover:shadow-md ${soldOut ? "bg-slate-50" : "bg-white"}`}
    >
      <ProductVisual
        product={product}
        locale={locale}
        alt=""
        sizes={CARD_SIZES}
        eager={eager}
        className={`border-b border-slate-100 ${soldOut ? "opacity-70 grayscale" : ""}`}
      />
      <div className="flex flex-1 flex-col p-4">
        <div className="flex items-start justify-between gap-2">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
            {product.category ? localized(product.category, "name", locale) : "\u00a0"}
          </p>
          <StockBadge stock={product.stock} locale={locale} />
        </div>
        <h2 className="mt-2 line-clamp-2 min-h-[2.75rem] text-base font-semibold leading-snug text-slate-900">
          <Link href={`/products/${product.slug}`} className="after:absolute after:inset-0 after:content-[''] focus:outline-none">
            {name}
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
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-600">
            <span data-testid="min-quantity">{t("minQuantity", { count: product.min_quantity })}</span>
            {sold > 0 && <span data-testid="sold-count">{ts("sold", { count: formatCount(locale, sold) })}</span>}
          </p>
        </div>
      </div>
    </article>
  );
}
