// /{locale}/admin/products/:id/stock — upload stock (with a preview), items by state, delete
// unsold items, export unsold items as .txt.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/api/app-error";
import { consolePage, param } from "@/lib/admin/console-page";
import { getAdminProductOrThrow } from "@/lib/admin/products/products";
import { listStockItems, STOCK_STATES } from "@/lib/admin/stock";
import { deleteStockAction } from "@/lib/admin/actions/products";
import { formatCount, formatDateTime } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { StockUpload } from "@/components/admin/stock-upload";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { Pager } from "@/components/admin/pager";
import { dangerButton, link, secondaryButton, successNote, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.stock" });
  return { title: t("title"), robots: { index: false } };
}

export default async function StockPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const id = (await params).id;
  const search = await searchParams;
  const status = (STOCK_STATES as readonly string[]).includes(param(search.status))
    ? (param(search.status) as (typeof STOCK_STATES)[number])
    : "available";
  const cursor = /^\d+$/.test(param(search.cursor)) ? Number(param(search.cursor)) : undefined;
  let product;
  try {
    product = await getAdminProductOrThrow(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "product_not_found") notFound();
    throw error;
  }
  const [t, page] = await Promise.all([getTranslations("Admin.stock"), listStockItems(id, { status, cursor, limit: 50 })]);
  const deleted = param(search.deleted);
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/admin/products/${id}`} className={link}>
          ← {locale === "zh" ? product.name_zh : product.name_en}
        </Link>
        <h1 className="mt-1 text-2xl font-bold tracking-tight">{t("title")}</h1>
      </div>
      {deleted && (
        <p role="status" className={successNote}>
          {t("deleted", { count: Number(deleted) || 0 })}
        </p>
      )}
      <StockUpload productId={id} delimiter={product.delimiter} />
      <nav aria-label={t("states")} className="flex flex-wrap gap-2">
        {STOCK_STATES.map((state) => (
          <Link
            key={state}
            href={{ pathname: `/admin/products/${id}/stock`, query: { status: state } }}
            aria-current={state === status ? "page" : undefined}
            className={`${secondaryButton} aria-[current=page]:border-indigo-700 aria-[current=page]:bg-indigo-50`}
          >
            {t(`state.${state}`)} ({formatCount(locale, product.stock_counts[state])})
          </Link>
        ))}
        <a href={`/api/admin/products/${id}/stock/export`} className={secondaryButton} data-testid="stock-export" download>
          {t("export")}
        </a>
      </nav>
      <form action={deleteStockAction} className="space-y-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="productId" value={id} />
        <div className={tableWrap}>
          <table className={table} data-testid="stock-items">
            <caption className="sr-only">{t(`state.${status}`)}</caption>
            <thead className="bg-slate-50">
              <tr>
                {status === "available" && (
                  <th className={th}>
                    <span className="sr-only">{t("select")}</span>
                  </th>
                )}
                <th className={th}>{t("content")}</th>
                <th className={th}>{t("order")}</th>
                <th className={th}>{t("added")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.items.map((item) => (
                <tr key={item.id}>
                  {status === "available" && (
                    <td className={td}>
                      <input type="checkbox" name="ids" value={item.id} aria-label={t("selectItem", { id: item.id })} className="h-4 w-4" />
                    </td>
                  )}
                  <td className={`${td} min-w-[14rem] break-all font-mono text-xs`}>{item.content}</td>
                  <td className={`${td} font-mono text-xs`}>{item.order_no ?? "—"}</td>
                  <td className={`${td} whitespace-nowrap text-xs text-slate-600`}>{formatDateTime(locale, item.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.items.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
        </div>
        {status === "available" && page.items.length > 0 && (
          <div className="flex flex-wrap gap-2">
            <ConfirmSubmit message={t("confirmDeleteSelected")} className={dangerButton} testId="stock-delete-selected">
              {t("deleteSelected")}
            </ConfirmSubmit>
            <ConfirmSubmit
              message={t("confirmDeleteAll", { count: product.stock_counts.available })}
              className={dangerButton}
              name="all"
              value="true"
              testId="stock-delete-all"
            >
              {t("deleteAll")}
            </ConfirmSubmit>
          </div>
        )}
      </form>
      <Pager pathname={`/admin/products/${id}/stock`} query={{ status, cursor: param(search.cursor) }} nextCursor={page.next_cursor} />
    </div>
  );
}
