import "server-only";
// The crypto settings in force, for the console to show: where prices come from, the markup,
// the confirmations each chain waits for (these two the operator may set on the settings
// page: lib/settings/crypto-rules.ts; the rest are environment variables, validated at start
// by lib/env.ts), and whether fixed prices are in use, which go stale.
import { env } from "../../env";
import { formatDecimal } from "../../money";
import { COIN_NAMES, COINS } from "../../payments/crypto/coins";
import { fixedPriceMicroUsdt } from "../../payments/rates";
import { priceMarkupPercent, requiredConfirmations } from "../../settings/crypto-rules";

export async function cryptoSettings() {
  const [markup, ethereum, bsc, bitcoin] = await Promise.all([
    priceMarkupPercent(),
    requiredConfirmations("ethereum"),
    requiredConfirmations("bsc"),
    requiredConfirmations("bitcoin"),
  ]);
  const priceSource = env.PRICE_API_URL ? "api" : "fixed";
  const fixedPrices = COIN_NAMES.filter((coin) => !COINS[coin].usdPegged).map((coin) => {
    const price = fixedPriceMicroUsdt(coin);
    return { coin, price_usdt: price === null ? null : formatDecimal(price, 6) };
  });
  return {
    price_source: priceSource as "api" | "fixed",
    price_api_url: env.PRICE_API_URL ?? null,
    /** COIN_PRICES_USDT: in use only without a price source, and then it goes stale as markets move. */
    fixed_prices: fixedPrices,
    fixed_prices_stale_warning: priceSource === "fixed" && fixedPrices.some((entry) => entry.price_usdt !== null),
    price_markup_percent: markup,
    price_cache_seconds: env.PRICE_CACHE_SECONDS,
    cny_per_usdt: env.CNY_PER_USDT,
    confirmations: { tron: "solidified", ethereum, bsc, bitcoin },
    poll_seconds: env.CRYPTO_POLL_SECONDS,
    grace_minutes: env.CRYPTO_LOCK_GRACE_MINUTES,
  };
}
export type CryptoSettingsDto = Awaited<ReturnType<typeof cryptoSettings>>;
