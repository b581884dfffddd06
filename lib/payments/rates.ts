import { env } from "../env";
import { parseDecimal, ceilDiv } from "../money";
import { COINS, type Coin } from "./crypto/coins";

const MICRO = 1_000_000n;

/** CNY per USDT, in micro-CNY (7.20 -> 7_200_000n). Snapshotted on each order that uses it. */
export function cnyPerUsdtMicro(): bigint {
  return parseDecimal(env.CNY_PER_USDT, 6);
}

/**
 * The fixed USDT price of a coin (COIN_PRICES_USDT, e.g. `trx:0.25,eth:3500`), in micro-USDT;
 * USDT itself is 1. With PRICE_API_URL set, lib/payments/prices.ts supplies market prices instead.
 */
export function fixedPriceMicroUsdt(coin: Coin): bigint | null {
  if (COINS[coin].usdPegged) return MICRO;
  for (const pair of env.COIN_PRICES_USDT.split(",").filter(Boolean)) {
    const [name, price] = pair.split(":");
    if (name === coin && price) return parseDecimal(price, 6);
  }
  return null;
}

export function isPriced(coin: Coin): boolean {
  return fixedPriceMicroUsdt(coin) !== null;
}

/** fen -> micro-USDT at the given rate, rounded up (the shop is never paid less than its price). */
export function fenToMicroUsdt(fen: bigint, rateMicroCny: bigint): bigint {
  return ceilDiv(fen * 10_000n * MICRO, rateMicroCny);
}

/** fen -> the coin's atomic units at `price` (micro-USDT per coin; default the fixed one), rounded up to the coin's amount step. */
export function fenToCoinAtomic(fen: bigint, coin: Coin, rateMicroCny: bigint, price = fixedPriceMicroUsdt(coin)): bigint {
  if (price === null) throw new Error(`no price configured for ${coin}`);
  const { decimals, stepAtomic } = COINS[coin];
  const microUsdt = fenToMicroUsdt(fen, rateMicroCny);
  const atomic = ceilDiv(microUsdt * 10n ** BigInt(decimals), price);
  return ceilDiv(atomic, stepAtomic) * stepAtomic;
}
