// Link-preview metadata shared by the pages: canonical URL, hreflang alternates and the
// OpenGraph/Twitter fields. Next replaces a parent's `openGraph` object wholesale rather than
// merging it, so each page builds the full set here instead of inheriting half of it.
import type { Metadata } from "next";
import { routing, type Locale } from "../i18n/routing";
import { languageTag } from "../i18n/format";

const openGraphLocale: Record<Locale, string> = { zh: "zh_CN", en: "en_US" };

/** `/faq` in `en` -> canonical `/en/faq`, with the page in every locale and x-default (the zh page). */
export function alternatesFor(locale: Locale, path: string): Metadata["alternates"] {
  const languages = Object.fromEntries(routing.locales.map((other) => [languageTag[other], `/${other}${path}`]));
  return { canonical: `/${locale}${path}`, languages: { ...languages, "x-default": `/${routing.defaultLocale}${path}` } };
}

type PageMetadata = { locale: Locale; path: string; title: string; description: string; siteName: string; type?: "website" | "article" };

/** Title, description, canonical + alternates, OpenGraph and Twitter card of one page. */
export function pageMetadata({ locale, path, title, description, siteName, type = "website" }: PageMetadata): Metadata {
  return {
    title,
    description,
    alternates: alternatesFor(locale, path),
    openGraph: {
      type,
      siteName,
      title,
      description,
      url: `/${locale}${path}`,
      locale: openGraphLocale[locale],
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => openGraphLocale[other]),
    },
    twitter: { card: "summary", title, description },
  };
}
