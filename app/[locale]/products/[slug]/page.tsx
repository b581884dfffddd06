// A product: description, price, bulk tiers, live stock and quantity limits.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { formatPrice } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/localized";
import { findProduct } from "@/lib/catalog/storefront";
import { StockBadge } from "@/components/ui/stock-badge";
import { PriceTiersTable } from "@/components/product/price-tiers-table";
import { ProductDescription } from "@/components/product/product-description";
import { markdownToPlainText } from "@/lib/content/plain-text";
import { pageMetadata } from "@/lib/site/metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const product = await findProduct(slug);
  if (!product) return {};
  const site = await getTranslations({ locale: locale as Locale, namespace: "Metadata" });
  return pageMetadata({
    locale: locale as Locale,
    path: `/products/${product.slug}`,
    title: localized(product, "name", locale as Locale),
    description: markdownToPlainText(localized(product, "description", locale as Locale)),
    siteName: site("siteName"),
  });
}

export default async function ProductPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const product = await findProduct(slug);
  if (!product) notFound();
  const t = await getTranslations("Product");
  const soldOut = product.stock <= 0;
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/" className="text-indigo-700 underline-offset-2 hover:underline">
          ← {t("back")}
        </Link>
      </nav>
      <header>
        {product.category && (
          <p className="text-sm font-medium text-slate-500">
            <span className="sr-only">{t("category")}: </span>
            {localized(product.category, "name", locale)}
          </p>
        )}
        <h1 className="mt-1 break-words text-2xl font-bold tracking-tight sm:text-3xl">{localized(product, "name", locale)}</h1>
      </header>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <section aria-labelledby="description-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
            <h2 id="description-heading" className="text-base font-semibold">
              {t("description")}
            </h2>
            <ProductDescription markdown={localized(product, "description", locale)} />
            <p className="mt-4 rounded-lg bg-indigo-50 p-3 text-sm text-indigo-900">{t("delivery")}</p>
          </section>
        </div>
        <aside className="order-first space-y-4 lg:order-none">
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
            <dl className="space-y-3">
              <div className="flex items-baseline justify-between gap-4">
                <dt className="text-sm text-slate-600">{t("price")}</dt>
                <dd className={`text-3xl font-bold ${soldOut ? "text-slate-600" : "text-rose-700"}`} data-testid="price">
                  {formatPrice(locale, product.price)}
                </dd>
              </div>
              <div className="flex items-center justify-between gap-4">
                <dt className="text-sm text-slate-600">{t("stock")}</dt>
                <dd data-testid="stock">
                  <StockBadge stock={product.stock} locale={locale} />
                </dd>
              </div>
              <div className="flex items-center justify-between gap-4">
                <dt className="text-sm text-slate-600">{t("quantityLimits")}</dt>
                <dd className="text-sm font-medium" data-testid="quantity-limits">
                  {t("quantityRange", { min: product.min_quantity, max: product.max_quantity })}
                </dd>
              </div>
            </dl>
          </div>
          {product.price_tiers.length > 0 && <PriceTiersTable product={product} locale={locale} />}
        </aside>
      </div>
    </div>
  );
}
