"use client";
// Links to the same page (path and query) in each locale; plain links, so it works without JS.
import { Suspense } from "react";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { languageTag } from "@/lib/i18n/format";

function Links({ withQuery }: { withQuery: boolean }) {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const query = withQuery ? Object.fromEntries(search.entries()) : {};
  return (
    <ul className="flex overflow-hidden rounded-md border border-slate-300 text-sm">
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            href={{ pathname, query }}
            locale={locale}
            hrefLang={languageTag[locale]}
            lang={languageTag[locale]}
            aria-current={locale === current ? "true" : undefined}
            className={
              locale === current
                ? "block bg-indigo-700 px-3 py-1.5 font-medium text-white"
                : "block px-3 py-1.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
            }
          >
            {t(locale)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  return (
    <nav aria-label={t("label")}>
      <Suspense fallback={<Links withQuery={false} />}>
        <Links withQuery />
      </Suspense>
    </nav>
  );
}
