import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./routing";

/**
 * The `[locale]` segment of a page's params, as a locale the shop speaks. The `[locale]` layout
 * already answers 404 for any other; this checks again rather than casting, so a page or its
 * metadata never runs with a locale it has no messages for.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
