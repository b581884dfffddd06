import { getLocale, getTranslations } from "next-intl/server";
import { getShopSettings } from "@/lib/settings/shop-settings";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";
import { AccountLinks } from "./account-links";

export async function SiteHeader() {
  const [t, locale, settings] = await Promise.all([getTranslations("Header"), getLocale(), getShopSettings()]);
  // The operator's shop name (console settings) wins over the built-in one.
  const shopName = (locale === "zh" ? settings.shop_name_zh : settings.shop_name_en) || t("shopName");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
          <span className="text-xl font-bold tracking-tight text-indigo-700">{shopName}</span>
          <span className="hidden text-sm text-slate-500 sm:inline">{t("tagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <nav aria-label={t("mainNav")} className="flex items-center gap-4">
            <Link href="/" className="rounded text-sm font-medium text-slate-700 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
              {t("catalogue")}
            </Link>
            <Link href="/api-docs" className="rounded text-sm font-medium text-slate-700 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
              {t("apiDocs")}
            </Link>
            <AccountLinks />
          </nav>
          <LocaleSwitcher />
        </div>
      </div>
    </header>
  );
}
