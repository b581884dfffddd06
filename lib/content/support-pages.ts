import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../env";
import type { Locale } from "../i18n/routing";

export const SUPPORT_PAGES = ["faq", "contact", "about", "terms"] as const;
export type SupportPage = (typeof SUPPORT_PAGES)[number];

/**
 * The folders a support text is read from, first match wins: the operator's own copy under
 * the data directory (kept across upgrades, no rebuild needed), then the defaults shipped in
 * content/support.
 */
export const supportContentDirs = (): string[] => [
  path.resolve(env.STOCKLINE_DATA_DIR, "content", "support"),
  path.resolve(process.cwd(), "content", "support"),
];

/** Values the texts may use as {{name}}, so they stay right when the configuration changes. */
export const supportPlaceholders = (): Record<string, string> => ({
  contactEmail: env.SUPPORT_EMAIL,
  orderTtlMinutes: String(env.ORDER_TTL_MINUTES),
});

export function fillPlaceholders(source: string, values: Record<string, string>): string {
  return source.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The Markdown of a support page in a locale, with its placeholders filled; `live` adds values
 * read from the database (lib/content/live-placeholders.ts: contact channels, payment methods).
 */
export async function getSupportPageMarkdown(page: SupportPage, locale: Locale, live: Record<string, string> = {}): Promise<string> {
  for (const dir of supportContentDirs()) {
    try {
      return fillPlaceholders(await readFile(path.join(dir, `${page}.${locale}.md`), "utf8"), { ...supportPlaceholders(), ...live });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  throw new Error(`No support text ${page}.${locale}.md in ${supportContentDirs().join(" or ")}`);
}
