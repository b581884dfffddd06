import "server-only";
import type { MetadataRoute } from "next";
import { listProducts } from "../catalog/catalog";
import { SUPPORT_PAGES } from "../content/support-pages";
import { languageTag } from "../i18n/format";
import { routing } from "../i18n/routing";

/**
 * Every public page, once per locale, each listing its other-language versions (hreflang):
 * home, each listed product, the support pages and the API docs. Orders, lookup and account
 * pages are private or per-shopper and stay out.
 */
export async function sitemapEntries(origin: string): Promise<MetadataRoute.Sitemap> {
  const products = await listProducts();
  const paths = ["", ...products.map((product) => `/products/${product.slug}`), ...SUPPORT_PAGES.map((page) => `/${page}`), "/api-docs"];
  return paths.flatMap((path) => {
    const languages = Object.fromEntries(routing.locales.map((locale) => [languageTag[locale], `${origin}/${locale}${path}`]));
    return routing.locales.map((locale) => ({
      url: `${origin}/${locale}${path}`,
      alternates: { languages },
      changeFrequency: path.startsWith("/products/") || path === "" ? ("daily" as const) : ("monthly" as const),
      priority: path === "" ? 1 : path.startsWith("/products/") ? 0.8 : 0.5,
    }));
  });
}
