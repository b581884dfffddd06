// GET /robots.txt: crawl the shop, not the API or per-shopper pages (orders, account).
import type { MetadataRoute } from "next";
import { routing } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

// Prefixes: "/zh/account" also covers everything under it.
const privatePaths = ["/orders/", "/account", "/sign-in", "/register"];

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...routing.locales.flatMap((locale) => privatePaths.map((path) => `/${locale}${path}`))],
    },
    sitemap: `${origin}/sitemap.xml`,
  };
}
