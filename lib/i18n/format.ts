import type { Locale } from "./routing";

/** The BCP 47 tag for `<html lang>` and Intl: Simplified Chinese as used in mainland China. */
export const languageTag: Record<Locale, string> = { zh: "zh-CN", en: "en" };

/**
 * One formatter per locale and kind, made on first use: an Intl formatter is costly to build
 * (a page of prices built dozens per render; the bench's profile of the pages showed it) and
 * immutable once built.
 */
export function perLocale<T>(make: (tag: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let formatter = made.get(locale);
    if (formatter === undefined) {
      formatter = make(languageTag[locale]);
      made.set(locale, formatter);
    }
    return formatter;
  };
}

const priceFormat = perLocale((tag) => new Intl.NumberFormat(tag, { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol" }));
const countFormat = perLocale((tag) => new Intl.NumberFormat(tag));
const dateTimeFormat = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }),
);

/** A yuan amount as the locale writes it, with the plain ¥ sign in both languages. */
export function formatPrice(locale: Locale, yuan: number): string {
  return priceFormat(locale).format(yuan);
}

export function formatCount(locale: Locale, count: number): string {
  return countFormat(locale).format(count);
}

// Every time the shop shows is China Standard Time, and says so: a shopper abroad must not
// mistake it for their own clock. (Intl's own zone name reads "GMT+8" mid-date in Chinese.)
const zoneLabel: Record<Locale, string> = { zh: "（北京时间）", en: " (UTC+8)" };

/** A moment as the locale writes it, in China Standard Time with the zone named: the server's own zone never decides what a shopper sees. */
export function formatDateTime(locale: Locale, iso: string): string {
  return `${dateTimeFormat(locale).format(new Date(iso))}${zoneLabel[locale]}`;
}
