import { getLocale, getTranslations } from "next-intl/server";
import { ShopLogo } from "@/components/brand/shop-logo";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";
import { AccountLinks } from "./account-links";

export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations("Header"), getLocale()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-3 rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          <ShopLogo locale={locale} />
          <span className="hidden text-sm text-slate-600 sm:inline">{t("tagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <nav aria-label={t("mainNav")} className="flex items-center gap-4">
            <Link
              href="/"
              className="rounded text-sm font-medium text-slate-700 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              {t("catalogue")}
            </Link>
            <Link
              href="/api-docs"
              className="rounded text-sm font-medium text-slate-700 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
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
