// The catalogue sits in a route group so its loading.tsx does not wrap the product and
// catch-all routes: a notFound() under a streamed skeleton would be sent with status 200.
// The catalogue: categories, search and product cards, read live (stock changes every sale).
import { getTranslations, setRequestLocale } from "next-intl/server";
import { browseCatalogue } from "@/lib/catalog/storefront";
import { catalogueFilterSchema } from "@/lib/catalog/browse";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { CatalogueFilters } from "@/components/catalogue/catalogue-filters";
import { ProductCard } from "@/components/catalogue/product-card";
import { soldCounts } from "@/lib/catalog/sold-counts";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CataloguePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  setRequestLocale(locale);
  const filter = catalogueFilterSchema.parse(await searchParams);
  const [{ categories, products }, sold, t, ts] = await Promise.all([
    browseCatalogue(filter),
    soldCounts(),
    getTranslations("Catalogue"),
    getTranslations("Storefront"),
  ]);
  // The heading says what the list is: all products, one category, a search, or both.
  const category = categories.find((entry) => entry.slug === filter.category);
  const categoryName = category ? localized(category, "name", locale) : null;
  const heading = filter.q
    ? categoryName
      ? ts("searchInCategoryTitle", { q: filter.q, category: categoryName })
      : ts("searchTitle", { q: filter.q })
    : (categoryName ?? t("title"));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="break-words text-2xl font-bold tracking-tight sm:text-3xl" data-testid="catalogue-heading">
          {heading}
        </h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </div>
      <CatalogueFilters categories={categories} filter={filter} locale={locale} />
      <p className="text-sm text-slate-600" role="status" data-testid="result-count">
        {t("resultCount", { count: products.length })}
      </p>
      {products.length ? (
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {products.map((product, index) => (
            <li key={product.id} className="flex">
              <ProductCard product={product} locale={locale} sold={sold.get(product.id) ?? 0} eager={index < 2} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="text-slate-700">{t("empty")}</p>
          <Link href="/" className="mt-3 inline-block font-medium text-indigo-700 underline">
            {t("clearFilters")}
          </Link>
        </div>
      )}
    </div>
  );
}
