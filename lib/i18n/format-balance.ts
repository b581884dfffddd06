// Balances and ledger movements in minor units (fen, micro-USDT), written for the locale.
// CNY goes through formatPrice; USDT is a decimal with up to 6 places, formatted from its
// exact decimal string (no float maths on money).
import type { Locale } from "./routing";
import { formatPrice, perLocale } from "./format";
import { fenToYuan, formatDecimal } from "../money";

export type BalanceCurrency = "CNY" | "USDT";

const usdtFormat = perLocale((tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 6 }));

function usdt(locale: Locale, micro: bigint): string {
  // Intl formats a decimal string exactly (ES2023), so 0.000001 USDT stays exact.
  return `${usdtFormat(locale).format(formatDecimal(micro, 6) as unknown as number)} USDT`;
}

export function formatBalance(locale: Locale, currency: BalanceCurrency, minor: bigint): string {
  return currency === "CNY" ? formatPrice(locale, fenToYuan(minor)) : usdt(locale, minor);
}

/** A ledger movement with its sign: "+¥10.00", "−2.5 USDT" (a true minus sign, not a hyphen). */
export function formatMovement(locale: Locale, currency: BalanceCurrency, minor: bigint): string {
  const magnitude = formatBalance(locale, currency, minor < 0n ? -minor : minor);
  return `${minor < 0n ? "−" : "+"}${magnitude}`;
}
