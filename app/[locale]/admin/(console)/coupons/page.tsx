// /{locale}/admin/coupons — coupons by code: create, switch on or off, delete.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { consolePage, param } from "@/lib/admin/console-page";
import { listCoupons } from "@/lib/admin/coupons";
import { listAdminProducts } from "@/lib/admin/products/products";
import { deleteCouponAction, setCouponActiveAction } from "@/lib/admin/actions/catalogue";
import { formatDateTime, formatPrice } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { CouponForm } from "@/components/admin/coupon-form";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { Pager } from "@/components/admin/pager";
import { TextField } from "@/components/ui/text-field";
import { card, dangerButton, secondaryButton, successNote, table, tableWrap, td, th } from "@/components/admin/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.coupons" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CouponsPage({ params, searchParams }: Props) {
  const { locale } = await consolePage(params);
  const search = await searchParams;
  const q = param(search.q).slice(0, 64);
  const cursor = param(search.cursor).slice(0, 100);
  const [t, page, products] = await Promise.all([
    getTranslations("Admin.coupons"),
    listCoupons({ q: q || undefined, cursor: cursor || undefined, limit: 50 }),
    listAdminProducts(),
  ]);
  const names = new Map(products.map((product) => [product.id, locale === "zh" ? product.name_zh : product.name_en]));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {param(search.deleted) && (
        <p role="status" className={successNote}>
          {t("deleted")}
        </p>
      )}
      {param(search.deactivated) && (
        <p role="status" className={successNote}>
          {t("deactivatedInstead")}
        </p>
      )}
      <section aria-labelledby="new-coupon" className={card}>
        <h2 id="new-coupon" className="mb-3 font-semibold">
          {t("new")}
        </h2>
        <CouponForm products={products.map((product) => ({ id: product.id, name: names.get(product.id)! }))} />
      </section>
      <form className="flex flex-wrap items-end gap-3" role="search">
        <TextField id="coupons-q" name="q" label={t("search")} defaultValue={q} className="w-full sm:w-64" />
        <button type="submit" className={secondaryButton}>
          {t("filter")}
        </button>
      </form>
      <div className={tableWrap}>
        <table className={table} data-testid="coupons-table">
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("code")}</th>
              <th className={th}>{t("value")}</th>
              <th className={th}>{t("product")}</th>
              <th className={th}>{t("used")}</th>
              <th className={th}>{t("expires")}</th>
              <th className={th}>{t("state")}</th>
              <th className={th}>
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.items.map((coupon) => (
              <tr key={coupon.id}>
                <td className={`${td} font-mono`}>{coupon.code}</td>
                <td className={`${td} whitespace-nowrap`}>
                  {coupon.kind === "percent" ? `${coupon.value}%` : formatPrice(locale, coupon.value)}
                </td>
                <td className={td}>{coupon.product_id ? (names.get(coupon.product_id) ?? "—") : t("anyProduct")}</td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>
                  {coupon.uses_left === null
                    ? t("usedUnlimited", { used: coupon.used_count })
                    : t("usedOf", { used: coupon.used_count, left: coupon.uses_left })}
                </td>
                <td className={`${td} whitespace-nowrap text-xs`}>{coupon.expires_at ? formatDateTime(locale, coupon.expires_at) : "—"}</td>
                <td className={td}>{coupon.active ? t("active") : t("inactive")}</td>
                <td className={`${td} flex flex-wrap gap-2`}>
                  <form action={setCouponActiveAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={coupon.id} />
                    <input type="hidden" name="active" value={coupon.active ? "false" : "true"} />
                    <button type="submit" className={secondaryButton}>
                      {coupon.active ? t("deactivate") : t("activate")}
                    </button>
                  </form>
                  <form action={deleteCouponAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={coupon.id} />
                    <ConfirmSubmit message={t("confirmDelete", { code: coupon.code })} className={dangerButton}>
                      {t("delete")}
                    </ConfirmSubmit>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.items.length === 0 && <p className="p-4 text-sm text-slate-600">{t("none")}</p>}
      </div>
      <Pager pathname="/admin/coupons" query={{ q, cursor }} nextCursor={page.next_cursor} />
    </div>
  );
}
