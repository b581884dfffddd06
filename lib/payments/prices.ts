import "server-only";
import { env } from "../env";
import { COINS, type Coin } from "./crypto/coins";
import { parseDecimal } from "../money";
import { fixedPriceMicroUsdt } from "./rates";
import { fetchJson } from "./chains/http-json";
import { priceMarkupPercent } from "../settings/crypto-rules";

// Binance-compatible ticker symbols of the coins that are not USDT.
const SYMBOLS: Partial<Record<Coin, string>> = { btc: "BTCUSDT", eth: "ETHUSDT", trx: "TRXUSDT", bnb: "BNBUSDT" };

// A coin's last answer from the source: a price, or null when the source failed. Either is
// kept for PRICE_CACHE_SECONDS, so a source that is down is asked once per coin per that
// time, not once per buyer.
type Quote = { microUsdt: bigint | null; fetchedAt: number };
const quotes = new Map<Coin, Quote>();
const inflight = new Map<Coin, Promise<void>>();

/** "67012.34000000" -> micro-USDT (digits past the sixth are dropped: a millionth of a dollar). */
function toMicro(price: string): bigint {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(price);
  if (!match) throw new Error(`not a price: ${price}`);
  return BigInt(match[1]!) * 1_000_000n + BigInt((match[2] ?? "").slice(0, 6).padEnd(6, "0"));
}

async function fetchPrice(symbol: string): Promise<bigint> {
  const url = `${env.PRICE_API_URL!.replace(/\/$/, "")}/api/v3/ticker/price?symbol=${symbol}`;
  const body = (await fetchJson(url, { timeoutMs: 5_000 })) as { symbol?: string; price?: string };
  if (body.symbol !== symbol || typeof body.price !== "string") throw new Error(`price source answered no price for ${symbol}`);
  const microUsdt = toMicro(body.price);
  if (microUsdt <= 0n) throw new Error(`price source answered ${body.price} for ${symbol}`);
  return microUsdt;
}

/**
 * The USDT price of one coin, in micro-USDT, or null when the coin cannot be priced now.
 * USDT is 1. Without PRICE_API_URL: the fixed COIN_PRICES_USDT. With it: the source's price,
 * kept for PRICE_CACHE_SECONDS, lowered by the markup (the operator's setting, or
 * PRICE_MARKUP_PERCENT: the buyer is asked that much more coin). When the source fails, the
 * coin is not offered until it answers again: the last price is not used once its time is up,
 * so an order is never priced at a stale price.
 */
export async function coinPrice(coin: Coin): Promise<bigint | null> {
  if (COINS[coin].usdPegged || !env.PRICE_API_URL) return fixedPriceMicroUsdt(coin);
  const symbol = SYMBOLS[coin];
  if (!symbol) return null;
  const cached = quotes.get(coin);
  if (!cached || Date.now() - cached.fetchedAt >= env.PRICE_CACHE_SECONDS * 1000) {
    // One request per coin at a time, however many buyers ask at once.
    let pending = inflight.get(coin);
    if (!pending) {
      pending = fetchPrice(symbol)
        .catch((error: unknown) => {
          // One line when the source starts failing for a coin, not one per request.
          if (quotes.get(coin)?.microUsdt !== null) {
            console.warn(`[stockline] price source failed for ${symbol}, ${coin} not offered: ${String(error)}`);
          }
          return null;
        })
        .then((microUsdt) => {
          if (microUsdt !== null && quotes.get(coin)?.microUsdt === null) console.log(`[stockline] price source answers ${symbol} again`);
          quotes.set(coin, { microUsdt, fetchedAt: Date.now() });
        })
        .finally(() => inflight.delete(coin));
      inflight.set(coin, pending);
    }
    await pending;
  }
  const quote = quotes.get(coin);
  if (!quote || quote.microUsdt === null) return null;
  const markupBps = parseDecimal(await priceMarkupPercent(), 2); // 1.5 % -> 150 basis points
  return (quote.microUsdt * 10_000n) / (10_000n + markupBps);
}
