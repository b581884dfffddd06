// GET /sitemap.xml: home, products, support pages and API docs in both languages.
import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/site/sitemap-entries";
import { siteOrigin } from "@/lib/site/origin";

// Stock and listings change at run time; the sitemap is built per request, not at build.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await siteOrigin());
}
