import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { languageTag } from "@/lib/i18n/format";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { AnnouncementBanner } from "@/components/layout/announcement-banner";
import { siteOrigin } from "@/lib/site/origin";
import { pageMetadata } from "@/lib/site/metadata";
import { DEFAULT_SHOP_NAME, shopBrand } from "@/lib/brand/shop-brand";
import { brandIcons } from "@/lib/brand/brand-icons";
import { AccentStylesheet } from "@/components/brand/accent-stylesheet";
import { CLIENT_MESSAGES, clientMessages } from "@/lib/i18n/client-messages";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const [t, brand] = await Promise.all([getTranslations({ locale, namespace: "Metadata" }), shopBrand()]);
  const shop = brand.shopName[locale] ?? DEFAULT_SHOP_NAME;
  // Site-wide link-preview defaults. No canonical URL or og:url here: every page would
  // inherit them; pages with a public URL of their own set those (lib/site/metadata.ts).
  const { openGraph, twitter } = pageMetadata({
    locale,
    path: "",
    title: t("title", { shop }),
    description: t("description"),
    siteName: shop,
  });
  return {
    metadataBase: new URL(await siteOrigin()),
    title: { default: t("title", { shop }), template: t("productTitle", { name: "%s", shop }) },
    description: t("description"),
    openGraph: { ...openGraph, url: undefined },
    twitter,
    icons: brandIcons(brand),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations("Header"), getMessages({ locale })]);
  return (
    <html lang={languageTag[locale]}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <AccentStylesheet />
        <NextIntlClientProvider messages={clientMessages(messages, CLIENT_MESSAGES[""])}>
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
