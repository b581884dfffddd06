import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/i18n/format";
import type { ProductDto } from "@/lib/catalog/product-dto";

/** Quantity ranges and their unit price: the base price up to the first tier, then each tier. */
export async function PriceTiersTable({ product, locale }: { product: ProductDto; locale: Locale }) {
  const t = await getTranslations("Product");
  const starts = [
    { from: product.min_quantity, price: product.price },
    ...product.price_tiers
      .filter((tier) => tier.min_quantity > product.min_quantity)
      .map((tier) => ({ from: tier.min_quantity, price: tier.price })),
  ].filter((row) => row.from <= product.max_quantity);
  const rows = starts.map((row, index) => ({ ...row, to: (starts[index + 1]?.from ?? product.max_quantity + 1) - 1 }));
  return (
    <section aria-labelledby="tiers-heading" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="tiers-heading" className="text-base font-semibold">
        {t("tiers")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("tiersNote")}</p>
      <table className="mt-3 w-full text-sm" data-testid="price-tiers">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="py-2 font-medium">
              {t("tierQuantity")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("tierPrice")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.from} className="border-b border-slate-100 last:border-0">
              <td className="py-2">
                {row.to > row.from ? t("tierRange", { from: row.from, to: row.to }) : t("tierSingle", { from: row.from })}
              </td>
              <td className={`py-2 text-right font-semibold tabular-nums ${index > 0 ? "text-rose-700" : ""}`}>
                {formatPrice(locale, row.price)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
