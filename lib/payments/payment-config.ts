import "server-only";
import { db } from "../db";
import { env } from "../env";
import { COINS, COIN_NAMES, type Coin } from "./crypto/coins";
import { coinPrice } from "./prices";
import { railNameFor } from "./cashier/rails";
import { orderTtlMinutes } from "../settings/shop-settings";
import { btcXpub } from "./crypto/btc-xpub";
import { keptCopy } from "../cache/kept-copy";

export type PaymentConfig = Awaited<ReturnType<typeof loadPaymentConfig>>["answer"];

/** A fixed receiving address of a coin's pool, as orders are given one (lib/payments/crypto/allocate.ts). */
export type PoolAddress = { address: string; demo: boolean };

// Asked by every order and every payment page: kept 5 s, one read at a time (lib/cache/kept-copy.ts).
const config = keptCopy(loadPaymentConfig, { lifetimeMs: 5_000 });

/** Drops this instance's copy after the operator changed how the shop is paid (other instances follow within 5 s). */
export const invalidatePaymentConfig = (): void => config.invalidate();

/** What can be paid with now: a coin is on when it has a receiving address and a price. */
export async function paymentConfig(): Promise<PaymentConfig> {
  // The order expiry is the operator's setting (lib/settings), read outside this 5 s copy so a change shows at once.
  return { ...(await config.read()).answer, order_ttl_minutes: await orderTtlMinutes() };
}

/**
 * A coin's active fixed receiving addresses, in address order, from the same copy: a crypto
 * order does not read them itself (on PostgreSQL that read was a round trip per order).
 * For up to 5 s after an operator removes an address on another instance, this one may still
 * give it to new orders; the watchers keep watching an address while a live order holds an
 * amount on it (lib/payments/crypto/receiving-addresses.ts), so those orders are still seen
 * when paid.
 */
export async function receivingPool(coin: Coin): Promise<PoolAddress[]> {
  return (await config.read()).pools.get(coin) ?? [];
}

async function loadPaymentConfig() {
  const [rows, xpub] = await Promise.all([
    db.paymentAddress.findMany({ where: { active: true }, select: { coin: true, address: true, demo: true }, orderBy: { address: "asc" } }),
    btcXpub(),
  ]);
  const pools = new Map<string, PoolAddress[]>();
  for (const row of rows) {
    const pool = pools.get(row.coin) ?? [];
    pool.push({ address: row.address, demo: row.demo });
    pools.set(row.coin, pool);
  }
  // Bitcoin with an xpub (BTC_XPUB or the console's) has no pool: each order gets its own address.
  const hasAddress = (coin: Coin) => pools.has(coin) || (coin === "btc" && xpub !== null);
  const prices = await Promise.all(COIN_NAMES.map((coin) => (hasAddress(coin) ? coinPrice(coin) : null)));
  const coins = COIN_NAMES.filter((coin, i) => prices[i] !== null && hasAddress(coin)).map((coin) => ({
    coin,
    network: COINS[coin].network,
    asset: COINS[coin].asset,
    demo: pools.get(coin)?.some((entry) => entry.demo) ?? false,
  }));
  const answer = {
    methods: {
      crypto: { enabled: coins.length > 0, coins },
      balance_cny: { enabled: true, requires_login: true },
      balance_crypto: { enabled: true, requires_login: true, currency: "USDT" },
      // On when a cashier rail serves them (lib/payments/cashier/rails.ts); off they answer `Payment method not available`.
      alipay: { enabled: railNameFor("alipay") !== null },
      wechat: { enabled: railNameFor("wechat") !== null },
    },
    cny_per_usdt: env.CNY_PER_USDT,
    order_ttl_minutes: env.ORDER_TTL_MINUTES,
  };
  return { answer, pools };
}

export async function isCoinEnabled(coin: Coin): Promise<boolean> {
  return (await config.read()).answer.methods.crypto.coins.some((entry) => entry.coin === coin);
}
