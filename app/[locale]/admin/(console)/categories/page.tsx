// /{locale}/admin/categories — create, rename, reorder and delete categories.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { consolePage, param } from "@/lib/admin/console-page";
import { listCategories } from "@/lib/admin/categories";
import { deleteCategoryAction } from "@/lib/admin/actions/catalogue";
import { CategoryForm } from "@/components/admin/category-form";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { card, dangerButton, successNote } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.categories" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CategoriesPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const [t, categories] = await Promise.all([getTranslations("Admin.categories"), listCategories()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {param((await searchParams).deleted) && (
        <p role="status" className={successNote}>
          {t("deleted")}
        </p>
      )}
      <section aria-labelledby="new-category" className={card}>
        <h2 id="new-category" className="mb-3 font-semibold">
          {t("new")}
        </h2>
        <CategoryForm />
      </section>
      <ul className="space-y-3" data-testid="categories-list">
        {categories.map((category) => (
          <li key={category.id} className={`${card} space-y-2`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="font-semibold">{locale === "zh" ? category.name_zh : category.name_en}</h2>
              <div className="flex items-center gap-3">
                <span className="text-sm text-slate-600">{t("productCount", { count: category.products })}</span>
                <form action={deleteCategoryAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={category.id} />
                  <ConfirmSubmit message={t("confirmDelete", { count: category.products })} className={dangerButton}>
                    {t("delete")}
                  </ConfirmSubmit>
                </form>
              </div>
            </div>
            <CategoryForm category={category} />
          </li>
        ))}
      </ul>
    </div>
  );
}
