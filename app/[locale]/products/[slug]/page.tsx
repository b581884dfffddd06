// A product: description, price, bulk tiers, live stock and quantity limits, and its checkout.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { findProduct } from "@/lib/catalog/storefront";
import { StockBadge } from "@/components/ui/stock-badge";
import { PriceTiersTable } from "@/components/product/price-tiers-table";
import { ProductDescription } from "@/components/product/product-description";
import { markdownToPlainText } from "@/lib/content/plain-text";
import { pageMetadata } from "@/lib/site/metadata";
import { PriceTag } from "@/components/product/price-tag";
import { ProductCheckout } from "@/components/checkout/product-checkout";
import { SoldOutPanel } from "@/components/checkout/sold-out-panel";
import { ProductGallery } from "@/components/product/product-gallery";
import { TrustPanel } from "@/components/brand/trust-panel";
import { BuyPromise } from "@/components/brand/buy-promise";
import { shopName } from "@/lib/brand/shop-brand";
import { soldCounts } from "@/lib/catalog/sold-counts";
import { formatCount } from "@/lib/i18n/format";
import { placeOrderAction, previewCouponAction, quoteCheckoutAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const product = await findProduct((await params).slug);
  if (!product) return {};
  return pageMetadata({
    locale: locale,
    path: `/products/${product.slug}`,
    title: localized(product, "name", locale),
    description: markdownToPlainText(localized(product, "description", locale)),
    siteName: await shopName(locale),
  });
}

export default async function ProductPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  setRequestLocale(locale);
  const product = await findProduct(slug);
  if (!product) notFound();
  const [t, ts, sold] = await Promise.all([getTranslations("Product"), getTranslations("Storefront"), soldCounts()]);
  const soldOut = product.stock <= 0;
  const name = localized(product, "name", locale);
  const soldCount = sold.get(product.id) ?? 0;
  // One grid: on phones the pictures, then price and checkout, then the description; from
  // 1024 px the checkout column sits beside pictures and description.
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/" className="text-indigo-700 underline-offset-2 hover:underline">
          ← {t("back")}
        </Link>
      </nav>
      <header>
        {product.category && (
          <p className="text-sm font-medium text-slate-600">
            <span className="sr-only">{t("category")}: </span>
            {localized(product.category, "name", locale)}
          </p>
        )}
        <h1 className="mt-1 break-words text-2xl font-bold tracking-tight sm:text-3xl">{name}</h1>
      </header>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem] lg:grid-rows-[auto_1fr] lg:items-start">
        <div className="lg:col-start-1 lg:row-start-1">
          <ProductGallery product={product} locale={locale} name={name} />
        </div>
        <aside className="space-y-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
            <dl className="space-y-3">
              <div className="flex items-baseline justify-between gap-4">
                <dt className="text-sm text-slate-600">{t("price")}</dt>
                <dd>
                  <PriceTag locale={locale} price={product.price} soldOut={soldOut} size="lg" />
                </dd>
              </div>
              <div className="flex items-center justify-between gap-4">
                <dt className="text-sm text-slate-600">{t("stock")}</dt>
                <dd data-testid="stock">
                  <StockBadge stock={product.stock} locale={locale} />
                </dd>
              </div>
              {soldCount > 0 && (
                <div className="flex items-center justify-between gap-4">
                  <dt className="text-sm text-slate-600">{ts("soldLabel")}</dt>
                  <dd className="text-sm font-medium tabular-nums" data-testid="sold-count">
                    {formatCount(locale, soldCount)}
                  </dd>
                </div>
              )}
              <div className="flex items-center justify-between gap-4">
                <dt className="text-sm text-slate-600">{t("quantityLimits")}</dt>
                <dd className="text-sm font-medium" data-testid="quantity-limits">
                  {t("quantityRange", { min: product.min_quantity, max: product.max_quantity })}
                </dd>
              </div>
            </dl>
          </div>
          {product.price_tiers.length > 0 && <PriceTiersTable product={product} locale={locale} />}
          {soldOut ? (
            <SoldOutPanel />
          ) : (
            <ProductCheckout
              product={product}
              locale={locale}
              actions={{ placeOrder: placeOrderAction, previewCoupon: previewCouponAction, quote: quoteCheckoutAction }}
              promise={<BuyPromise locale={locale} />}
            />
          )}
        </aside>
        <div className="space-y-6 lg:col-start-1 lg:row-start-2">
          <section aria-labelledby="description-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
            <h2 id="description-heading" className="text-base font-semibold">
              {t("description")}
            </h2>
            <ProductDescription markdown={localized(product, "description", locale)} />
          </section>
          <TrustPanel />
        </div>
      </div>
    </div>
  );
}
