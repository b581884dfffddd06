import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { languageTag } from "@/lib/i18n/format";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { AnnouncementBanner } from "@/components/layout/announcement-banner";
import { siteOrigin } from "@/lib/site/origin";
import { pageMetadata } from "@/lib/site/metadata";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  // Site-wide link-preview defaults. No canonical URL or og:url here: every page would
  // inherit them; pages with a public URL of their own set those (lib/site/metadata.ts).
  const { openGraph, twitter } = pageMetadata({ locale, path: "", title: t("title"), description: t("description"), siteName: t("siteName") });
  return {
    metadataBase: new URL(await siteOrigin()),
    title: { default: t("title"), template: t("productTitle", { name: "%s" }) },
    description: t("description"),
    openGraph: { ...openGraph, url: undefined },
    twitter,
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Header");
  return (
    <html lang={languageTag[locale]}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <AnnouncementBanner />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
