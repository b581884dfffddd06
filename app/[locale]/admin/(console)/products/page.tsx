// /{locale}/admin/products — every product with its stock counts; search and filters.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consolePage, param } from "@/lib/admin/console-page";
import { listAdminProducts } from "@/lib/admin/products/products";
import { formatCount, formatPrice } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { Select } from "@/components/admin/fields";
import { link, secondaryButton, successNote, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.products" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ProductsPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const search = await searchParams;
  const q = param(search.q);
  const listed = param(search.listed);
  const t = await getTranslations("Admin.products");
  const products = await listAdminProducts({ q: q || undefined, listed: listed === "true" || listed === "false" ? listed : undefined });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <Link href="/admin/products/new" className={`${primaryButton} px-4 py-2 text-sm font-medium`} data-testid="product-new">
          {t("new")}
        </Link>
      </div>
      {param(search.deleted) && (
        <p role="status" className={successNote}>
          {t("deleted")}
        </p>
      )}
      {param(search.unlisted) && (
        <p role="status" className={successNote}>
          {t("unlistedInstead")}
        </p>
      )}
      <form className="flex flex-wrap items-end gap-3" role="search">
        <TextField id="products-q" name="q" label={t("search")} defaultValue={q} className="w-full sm:w-64" />
        <Select id="products-listed" name="listed" label={t("visibility")} defaultValue={listed}>
          <option value="">{t("all")}</option>
          <option value="true">{t("listedOnly")}</option>
          <option value="false">{t("unlistedOnly")}</option>
        </Select>
        <button type="submit" className={secondaryButton}>
          {t("filter")}
        </button>
      </form>
      <div className={tableWrap}>
        <table className={table} data-testid="products-table">
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("name")}</th>
              <th className={th}>{t("price")}</th>
              <th className={th}>{t("available")}</th>
              <th className={th}>{t("reserved")}</th>
              <th className={th}>{t("sold")}</th>
              <th className={th}>{t("state")}</th>
              <th className={th}>
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {products.map((product) => (
              <tr key={product.id}>
                <td className={`${td} min-w-[10rem]`}>
                  <Link href={`/admin/products/${product.id}`} className={link}>
                    {locale === "zh" ? product.name_zh : product.name_en}
                  </Link>
                  <p className="font-mono text-xs text-slate-600">{product.slug}</p>
                </td>
                <td className={`${td} tabular-nums`}>{formatPrice(locale, product.price)}</td>
                <td className={`${td} tabular-nums ${product.stock <= product.low_stock_threshold ? "font-semibold text-rose-800" : ""}`}>
                  {formatCount(locale, product.stock)}
                </td>
                <td className={`${td} tabular-nums`}>{formatCount(locale, product.stock_counts.reserved)}</td>
                <td className={`${td} tabular-nums`}>{formatCount(locale, product.stock_counts.sold)}</td>
                <td className={td}>{product.listed ? t("listedBadge") : t("unlistedBadge")}</td>
                <td className={`${td} whitespace-nowrap`}>
                  <Link href={`/admin/products/${product.id}/stock`} className={link}>
                    {t("stock")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {products.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
    </div>
  );
}
