import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { env } from "../../env";
import { addressKey, isAddressFor } from "./address-format";
import { COIN_NAMES, COINS, type Chain, type Coin } from "./coins";

/** The receiving addresses RECEIVE_<COIN> names, per coin (Bitcoin comes from BTC_XPUB instead). */
export function envAddresses(): Partial<Record<Coin, string[]>> {
  return {
    trc20_usdt: env.RECEIVE_TRC20_USDT,
    erc20_usdt: env.RECEIVE_ERC20_USDT,
    bep20_usdt: env.RECEIVE_BEP20_USDT,
    trx: env.RECEIVE_TRX,
    eth: env.RECEIVE_ETH,
    bnb: env.RECEIVE_BNB,
  };
}

/**
 * Makes the payment_addresses table agree with the environment, which is authoritative:
 * every RECEIVE_* address is active (source `env`), an `env` address no longer listed is
 * switched off, and a coin configured from the environment stops using the demo wallet.
 * Addresses the operator added in the console (source `admin`) are left as they are.
 * Idempotent, so every instance runs it at start.
 */
export async function syncEnvAddresses(): Promise<void> {
  const configured = envAddresses();
  // Demo rows seeded before addresses had a source.
  await db.paymentAddress.updateMany({ where: { demo: true, source: { not: "demo" } }, data: { source: "demo" } });
  for (const coin of COIN_NAMES) {
    const listed = configured[coin] ?? [];
    for (const address of listed) {
      await db.$executeRaw`
        INSERT INTO "payment_addresses" ("id", "coin", "address", "demo", "active", "source")
        VALUES (${randomUUID()}, ${coin}, ${address}, false, true, 'env')
        ON CONFLICT ("coin", "address") DO UPDATE SET "active" = true, "demo" = false, "source" = 'env'`;
    }
    await db.paymentAddress.updateMany({ where: { coin, source: "env", address: { notIn: listed } }, data: { active: false } });
    if (listed.length) await db.paymentAddress.updateMany({ where: { coin, demo: true }, data: { active: false } });
  }
  // Per-order Bitcoin addresses replace any fixed ones (the demo's included).
  if (env.BTC_XPUB) await db.paymentAddress.updateMany({ where: { coin: "btc" }, data: { active: false } });
}

export type WatchedAddress = { coin: Coin; address: string; key: string; demo: boolean };

/**
 * The fixed receiving addresses of a chain's coins, as the watchers see them: the active ones,
 * and any switched off (removed in the console or from RECEIVE_*) while live orders still hold
 * an amount on them, so a buyer who pays such an order is still seen.
 */
export async function watchedAddresses(chain: Chain): Promise<WatchedAddress[]> {
  const coins = COIN_NAMES.filter((coin) => COINS[coin].chain === chain && coin !== "btc");
  const [rows, held] = await Promise.all([
    db.paymentAddress.findMany({ where: { coin: { in: coins } }, select: { coin: true, address: true, demo: true, active: true } }),
    db.cryptoAmountLock.findMany({
      where: { coin: { in: coins }, lockedUntil: { gt: new Date() } },
      distinct: ["coin", "address"],
      select: { coin: true, address: true },
    }),
  ]);
  const stillHeld = new Set(held.map((lock) => `${lock.coin}|${lock.address}`));
  // An address that is not one (typed by hand into the table) is never sent to a provider.
  return rows
    .filter((row) => row.active || stillHeld.has(`${row.coin}|${row.address}`))
    .filter((row) => isAddressFor(row.coin as Coin, row.address))
    .map((row) => ({ coin: row.coin as Coin, address: row.address, key: addressKey(row.coin as Coin, row.address), demo: row.demo }));
}
