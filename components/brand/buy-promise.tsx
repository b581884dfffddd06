import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { shopBrand } from "@/lib/brand/shop-brand";

/** Under the buy button: delivery at once, and the after-sale promise (the operator's text, or the default). */
export async function BuyPromise({ locale }: { locale: Locale }) {
  const [t, brand] = await Promise.all([getTranslations("Storefront"), shopBrand()]);
  return (
    <ul className="space-y-1.5 text-xs text-slate-700" data-testid="buy-promise">
      <li className="flex gap-2">
        <svg
          viewBox="0 0 24 24"
          className="h-4 w-4 shrink-0 text-indigo-700"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        >
          <path d="M13 2 4 14h7l-1 8 9-12h-7z" />
        </svg>
        <span>{t("deliveredAtOnce")}</span>
      </li>
      <li className="flex gap-2">
        <svg
          viewBox="0 0 24 24"
          className="h-4 w-4 shrink-0 text-indigo-700"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6z" />
          <path d="m9 12 2 2 4-4" />
        </svg>
        <span data-testid="after-sale">{brand.afterSale[locale] ?? t("afterSaleDefault")}</span>
      </li>
    </ul>
  );
}
