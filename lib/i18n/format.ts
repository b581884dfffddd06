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

// Every time the shop shows is China Standard Time, and says so: a shopper abroad must not
// mistake it for their own clock. (Intl's own zone name reads "GMT+8" mid-date in Chinese.)
const zoneLabel: Record<Locale, string> = { zh: "（北京时间）", en: " (UTC+8)" };

/** A moment as the locale writes it, in China Standard Time with the zone named: the server's own zone never decides what a shopper sees. */
export function formatDateTime(locale: Locale, iso: string): string {
  const time = new Intl.DateTimeFormat(languageTag[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(new Date(iso));
  return `${time}${zoneLabel[locale]}`;
}
