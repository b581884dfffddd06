import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { env, isPostgres } from "../../env";
import { hotRead } from "../../db/sqlite-reader";
import { sqliteTimestamp } from "../../db/kept-statements";
import { AppError } from "../../api/app-error";
import { COINS, type Coin } from "./coins";
import { nextBtcAddress } from "./btc-addresses";

/**
 * How many amounts above the price one address offers at one time. With the coins' unique
 * steps (lib/payments/crypto/coins.ts) that is 10,000 concurrent orders per address and
 * price, the last of them asked about one US dollar more (1 USDT, 1 TRX, 0.0001 ETH/BNB).
 */
export const MAX_STEPS = 10_000;
const FIRST_BATCH = 20;
const BATCH = 500;

export type Allocation = { address: string; amountAtomic: bigint; demo: boolean };

/**
 * Gives a pending order a (receiving address, exact amount) pair no other live order holds.
 * Fixed addresses (USDT, TRX, ETH, BNB; Bitcoin without an xpub) take the price plus k
 * unique steps, trying every address of the pool at each k before the next k, so more
 * addresses mean more orders at the price itself (epusdt's scheme, widened). With BTC_XPUB
 * every order gets a fresh address and the exact price: no steps at all.
 * The unique index on the lock table arbitrates between concurrent orders and instances;
 * the lock outlives the order by a grace window so a late transfer cannot match a newer order.
 */
export async function allocateAmount(coin: Coin, baseAtomic: bigint, orderId: string, lockedUntil: Date): Promise<Allocation> {
  if (coin === "btc" && env.BTC_XPUB) {
    const address = await nextBtcAddress(env.BTC_XPUB);
    await claimPair(coin, address, baseAtomic, orderId, lockedUntil);
    return { address, amountAtomic: baseAtomic, demo: false };
  }
  const addresses = await hotRead<{ address: string; demo: boolean }>(
    `SELECT "address", "demo" FROM "payment_addresses" WHERE "coin" = ? AND "active" = true ORDER BY "address"`,
    [coin],
    (row) => ({ address: String(row.address), demo: Boolean(Number(row.demo)) }),
  );
  if (!addresses.length) throw new AppError("coin_unavailable", "Coin not available");

  const step = COINS[coin].uniqueStepAtomic;
  const now = new Date();
  // Most orders find a pair among the first few steps: ask about those first, then in larger batches.
  for (let first = 0, size = FIRST_BATCH; first < MAX_STEPS; first += size, size = BATCH) {
    const amounts = Array.from({ length: Math.min(size, MAX_STEPS - first) }, (_, i) => (baseAtomic + BigInt(first + i) * step).toString());
    // Skip the pairs live orders already hold (one indexed read per batch); only a
    // concurrent order can still win one of the rest.
    const held = new Set(
      (
        await hotRead<{ address: string; amount: string }>(
          `SELECT "address", "amount" FROM "crypto_amount_locks"
           WHERE "coin" = ? AND "lockedUntil" > ? AND "amount" IN (${amounts.map(() => "?").join(", ")})`,
          [coin, isPostgres ? now : sqliteTimestamp(now), ...amounts],
          (row) => ({ address: String(row.address), amount: String(row.amount) }),
        )
      ).map((lock) => `${lock.address}|${lock.amount}`),
    );
    for (const amount of amounts) {
      for (const { address, demo } of addresses) {
        if (held.has(`${address}|${amount}`)) continue;
        if (await claimPair(coin, address, BigInt(amount), orderId, lockedUntil)) return { address, amountAtomic: BigInt(amount), demo };
      }
    }
  }
  throw new AppError("coin_unavailable", "No payment amount free for this coin now; try again later");
}

/**
 * Claims a pair with one statement: a new lock, or one whose time is over (an expired lock
 * is taken over in place, so no sweep has to run before its amount is free again). DO
 * NOTHING rather than a caught unique violation: pg-pool drops the connection of a failed
 * statement, which is slow under a burst of orders at one price.
 */
async function claimPair(coin: Coin, address: string, amount: bigint, orderId: string, lockedUntil: Date): Promise<boolean> {
  const now = new Date();
  const claimed = await db.$executeRaw`
    INSERT INTO "crypto_amount_locks" ("id", "coin", "address", "amount", "orderId", "lockedUntil")
    VALUES (${randomUUID()}, ${coin}, ${address}, ${amount.toString()}, ${orderId}, ${lockedUntil})
    ON CONFLICT ("coin", "address", "amount") DO UPDATE SET "orderId" = excluded."orderId", "lockedUntil" = excluded."lockedUntil"
    WHERE "crypto_amount_locks"."lockedUntil" < ${now}`;
  return claimed === 1;
}

export async function dropAllocation(orderId: string): Promise<void> {
  await db.cryptoAmountLock.deleteMany({ where: { orderId } });
}
