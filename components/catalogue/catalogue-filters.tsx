import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { CatalogueFilter, CategoryDto } from "@/lib/catalog/browse";
import { localized } from "@/lib/i18n/localized";
import { primaryButton } from "@/components/ui/styles";

const pill =
  "inline-block rounded-full border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** A GET search form and category links: server-rendered, shareable URLs, no JS needed. */
export async function CatalogueFilters({
  categories,
  filter,
  locale,
}: {
  categories: CategoryDto[];
  filter: CatalogueFilter;
  locale: Locale;
}) {
  const t = await getTranslations("Catalogue");
  const query = (category?: string) => ({ ...(filter.q ? { q: filter.q } : {}), ...(category ? { category } : {}) });
  const options = [
    { slug: undefined, label: t("allCategories") },
    ...categories.map((c) => ({ slug: c.slug, label: localized(c, "name", locale) })),
  ];
  return (
    <div className="space-y-4">
      <form role="search" method="get" className="flex gap-2">
        <label htmlFor="catalogue-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="catalogue-search"
          type="search"
          name="q"
          defaultValue={filter.q ?? ""}
          placeholder={t("searchPlaceholder")}
          maxLength={100}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base placeholder:text-slate-500 focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-600/30"
        />
        {filter.category && <input type="hidden" name="category" value={filter.category} />}
        <button type="submit" className={`${primaryButton} px-4 py-2 font-medium`}>
          {t("searchButton")}
        </button>
      </form>
      <nav aria-label={t("categories")}>
        <ul className="flex flex-wrap gap-2">
          {options.map((option) => {
            const active = option.slug === filter.category;
            return (
              <li key={option.slug ?? "all"}>
                <Link
                  href={{ pathname: "/", query: query(option.slug) }}
                  aria-current={active ? "page" : undefined}
                  className={`${pill} ${active ? "border-indigo-700 bg-indigo-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-indigo-400"}`}
                >
                  {option.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
