import type { Locale } from "./routing";

/** The BCP 47 tag for `<html lang>` and Intl: Simplified Chinese as used in mainland China. */
export const languageTag: Record<Locale, string> = { zh: "zh-CN", en: "en" };

/** A yuan amount as the locale writes it, with the plain ¥ sign in both languages. */
export function formatPrice(locale: Locale, yuan: number): string {
  return new Intl.NumberFormat(languageTag[locale], {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
  }).format(yuan);
}

export function formatCount(locale: Locale, count: number): string {
  return new Intl.NumberFormat(languageTag[locale]).format(count);
}

/** A moment as the locale writes it, in China Standard Time: the server's own zone never decides what a shopper sees. */
export function formatDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(languageTag[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(new Date(iso));
}
