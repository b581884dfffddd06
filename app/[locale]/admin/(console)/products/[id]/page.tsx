// /{locale}/admin/products/:id — edit a product (Markdown preview), open its stock, delete it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/api/app-error";
import { consolePage, param } from "@/lib/admin/console-page";
import { getAdminProductOrThrow } from "@/lib/admin/products/products";
import { listCategories } from "@/lib/admin/categories";
import { deleteProductAction } from "@/lib/admin/actions/products";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { ProductForm } from "@/components/admin/product-form";
import { ProductImages } from "@/components/admin/images/product-images";
import { listProductImages } from "@/lib/images/product-images";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { dangerButton, secondaryButton, successNote } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function productOrNotFound(id: string) {
  try {
    return await getAdminProductOrThrow(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "product_not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.products" });
  return { title: t("edit"), robots: { index: false } };
}

export default async function EditProductPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const product = await productOrNotFound((await params).id);
  const t = await getTranslations("Admin.products");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{locale === "zh" ? product.name_zh : product.name_en}</h1>
        <div className="flex flex-wrap gap-2">
          <Link href={`/admin/products/${product.id}/stock`} className={secondaryButton} data-testid="product-stock-link">
            {t("stockWithCount", { count: product.stock })}
          </Link>
          {product.listed && (
            <Link href={`/products/${product.slug}`} className={secondaryButton}>
              {t("view")}
            </Link>
          )}
          <form action={deleteProductAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="id" value={product.id} />
            <ConfirmSubmit message={t("confirmDelete")} className={dangerButton} testId="product-delete">
              {t("delete")}
            </ConfirmSubmit>
          </form>
        </div>
      </div>
      {param((await searchParams).saved) && (
        <p role="status" className={successNote}>
          {t("created")}
        </p>
      )}
      <ProductForm product={product} categories={await listCategories()} />
      <ProductImages productId={product.id} images={await listProductImages(product.id)} />
    </div>
  );
}
