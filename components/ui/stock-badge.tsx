import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { formatCount } from "@/lib/i18n/format";

export async function StockBadge({ stock, locale }: { stock: number; locale: Locale }) {
  const t = await getTranslations("ProductCard");
  if (stock <= 0) {
    return (
      <span
        className="inline-flex items-center rounded-full bg-slate-700 px-2.5 py-0.5 text-xs font-semibold text-white"
        data-testid="stock-badge"
      >
        {t("soldOut")}
      </span>
    );
  }
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-200"
      data-testid="stock-badge"
    >
      <span aria-hidden="true" className="h-1.5 w-1.5 rounded-full bg-emerald-600" />
      {t("inStock", { count: formatCount(locale, stock) })}
    </span>
  );
}
