import type { Locale } from "@/lib/i18n/routing";
import { formatBalance } from "@/lib/i18n/format-balance";
import { parseDecimal } from "@/lib/money";

/** A top-up's amount as the API writes it (CNY number, USDT string), formatted for the locale. */
export function formatTopupAmount(locale: Locale, currency: string, amount: number | string): string {
  const usdt = currency === "USDT";
  return formatBalance(locale, usdt ? "USDT" : "CNY", parseDecimal(String(amount), usdt ? 6 : 2));
}
