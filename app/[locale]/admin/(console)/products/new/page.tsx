// /{locale}/admin/products/new — create a product.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { consolePage } from "@/lib/admin/console-page";
import { listCategories } from "@/lib/admin/categories";
import { ProductForm } from "@/components/admin/product-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.products" });
  return { title: t("new"), robots: { index: false } };
}

export default async function NewProductPage({ params }: Props) {
  await consolePage(params);
  const t = await getTranslations("Admin.products");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("new")}</h1>
      <ProductForm categories={await listCategories()} />
    </div>
  );
}
