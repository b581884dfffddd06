import { shopName } from "@/lib/brand/shop-brand";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getSupportPageMarkdown, SUPPORT_PAGES, type SupportPage } from "@/lib/content/support-pages";
import { getShopSettings, orderTtlMinutes } from "@/lib/settings/shop-settings";
import { pageMetadata } from "@/lib/site/metadata";
import { livePlaceholders } from "@/lib/content/live-placeholders";
import { Markdown } from "@/components/content/markdown";

type SupportRouteProps = { params: Promise<{ locale: string }> };

/**
 * The four support pages' routes (app/[locale]/(support)/<page>/page.tsx) are this, each for its
 * own page: the metadata and the page of one support text.
 */
export function supportRoute(page: SupportPage) {
  return {
    generateMetadata: async ({ params }: SupportRouteProps) => supportPageMetadata(page, await pageLocale(params)),
    Page: async function SupportRoutePage({ params }: SupportRouteProps) {
      const locale = await pageLocale(params);
      setRequestLocale(locale);
      return <SupportPageView page={page} locale={locale} />;
    },
  };
}

async function supportPageMetadata(page: SupportPage, locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Support" });
  return pageMetadata({
    locale,
    path: `/${page}`,
    title: t(`${page}.title`),
    description: t(`${page}.description`),
    siteName: await shopName(locale),
  });
}

/** A support page: its title, the operator's Markdown text, and links to the other support pages. */
async function SupportPageView({ page, locale }: { page: SupportPage; locale: Locale }) {
  const t = await getTranslations("Support");
  // The order expiry the operator set in the console, and their support text on the contact page.
  const [ttl, settings, live] = await Promise.all([orderTtlMinutes(), getShopSettings(), livePlaceholders(locale)]);
  const markdown = await getSupportPageMarkdown(page, locale, { ...live, orderTtlMinutes: String(ttl) });
  const supportText = page === "contact" ? settings[locale === "zh" ? "support_text_zh" : "support_text_en"] : "";
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_14rem]">
      <article className="rounded-xl border border-slate-200 bg-white p-5 sm:p-8" aria-labelledby="support-title">
        <h1 id="support-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
          {t(`${page}.title`)}
        </h1>
        {supportText && <Markdown source={supportText} className="mt-6 rounded-lg bg-indigo-50 p-4" testId="support-text" />}
        <Markdown source={markdown} className="mt-6" testId="support-content" />
      </article>
      <nav aria-label={t("nav")} className="h-fit rounded-xl border border-slate-200 bg-white p-4 text-sm">
        <h2 className="font-semibold text-slate-900">{t("nav")}</h2>
        <ul className="mt-2 space-y-1">
          {SUPPORT_PAGES.map((other) => (
            <li key={other}>
              <Link
                href={`/${other}`}
                aria-current={other === page ? "page" : undefined}
                className="block rounded px-2 py-1.5 text-slate-700 hover:bg-slate-50 hover:text-indigo-700 aria-[current=page]:bg-indigo-50 aria-[current=page]:font-semibold aria-[current=page]:text-indigo-800"
              >
                {t(`${other}.title`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
