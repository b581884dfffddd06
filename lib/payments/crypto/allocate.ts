import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { isPostgres } from "../../env";
import { hotRead } from "../../db/sqlite-reader";
import { hotWrite, hotWriteReturning } from "../../db/hot-transaction";
import { Prisma } from "../../generated/sqlite/client";
import { sqliteTimestamp } from "../../db/kept-statements";
import { AppError } from "../../api/app-error";
import { COINS, type Coin } from "./coins";
import { nextBtcAddress } from "./btc-addresses";
import { btcXpub } from "./btc-xpub";
import { receivingPool, type PoolAddress } from "../payment-config";

/**
 * How many amounts above the price one address offers at one time. With the coins' unique
 * steps (lib/payments/crypto/coins.ts) that is 10,000 concurrent orders per address and
 * price, the last of them asked about one US dollar more (1 USDT, 1 TRX, 0.0001 ETH/BNB).
 */
export const MAX_STEPS = 10_000;
const FIRST_BATCH = 20;
const BATCH = 500;
// A bound on the pairs concurrent orders may take from under one order before it gives up
// (far above what 16 clients at one price cost; a guard, not a limit met in practice).
const MAX_MISSES = 1_000;

export type Allocation = { address: string; amountAtomic: bigint; demo: boolean };

/**
 * Gives a pending order a (receiving address, exact amount) pair no other live order holds.
 * Fixed addresses (USDT, TRX, ETH, BNB; Bitcoin without an xpub) take the price plus k
 * unique steps, trying every address of the pool at each k (from the next one in turn)
 * before the next k, so more addresses mean more orders at the price itself (epusdt's
 * scheme, widened). With an xpub (BTC_XPUB, or the console's: lib/payments/crypto/btc-xpub.ts)
 * every order gets a fresh address and the exact price: no steps at all.
 * The unique index on the lock table arbitrates between concurrent orders and instances;
 * the lock outlives the order by a grace window so a late transfer cannot match a newer order.
 */
export async function allocateAmount(coin: Coin, baseAtomic: bigint, orderId: string, lockedUntil: Date): Promise<Allocation> {
  const xpub = coin === "btc" ? await btcXpub() : null;
  if (xpub) {
    const address = await nextBtcAddress(xpub.key);
    await claimPair(coin, address, baseAtomic, orderId, lockedUntil);
    return { address, amountAtomic: baseAtomic, demo: false };
  }
  // The shop's payment configuration keeps the pools (5 s, dropped at once by this instance's console).
  const addresses = await receivingPool(coin);
  if (!addresses.length) throw new AppError("coin_unavailable", "Coin not available");

  const step = COINS[coin].uniqueStepAtomic;
  const now = new Date();
  // The pool's size is part of the key: a position is only meaningful for the pool it was found in.
  const hintKey = `${coin}:${baseAtomic}:${addresses.length}`;
  const start = burstStart(hintKey, now.getTime());
  let misses = 0;
  // From the burst's position to the last step, then (wrapping round) the steps below it.
  for (const [from, to] of start ? [[start, MAX_STEPS] as const, [0, start] as const] : [[0, MAX_STEPS] as const]) {
    // Most orders find a pair among the first few steps: ask about those first, then in larger batches.
    for (let first = from, size = FIRST_BATCH; first < to; ) {
      const amounts = Array.from({ length: Math.min(size, to - first) }, (_, i) => (baseAtomic + BigInt(first + i) * step).toString());
      const claimed = await claimFirstOpenPair(coin, amounts, inTurn(addresses), orderId, lockedUntil, now);
      if (claimed) {
        rememberBurst(hintKey, first + amounts.indexOf(claimed.amount), now.getTime());
        const demo = addresses.some((entry) => entry.address === claimed.address && entry.demo);
        return { address: claimed.address, amountAtomic: BigInt(claimed.amount), demo };
      }
      // Nothing claimed: no amount of the batch is open, or a concurrent order took the pair
      // this one chose between the statement's read and its insert. Only a miss asks which.
      const open = await firstOpenAmount(coin, amounts, addresses.length, now);
      if (open === null) {
        first += amounts.length;
        size = BATCH;
      } else {
        // Each miss is a pair another order holds now, so the batch fills and this ends.
        if (++misses > MAX_MISSES) break;
        first += open;
      }
    }
  }
  throw new AppError("coin_unavailable", "No payment amount free for this coin now; try again later");
}

/**
 * The pool, starting at the next address in turn. Concurrent orders at one price find the
 * same open amount; walking the pool from the same first address, all but one of them lost
 * each claim in turn, and on PostgreSQL each lost claim is a round trip that first waits for
 * the winner's commit. Starting each order one address further spreads them over the pool.
 */
let turn = 0;
function inTurn<T>(pool: T[]): T[] {
  const start = turn++ % pool.length;
  return [...pool.slice(start), ...pool.slice(0, start)];
}

/**
 * Where this process's last order at a price found its pair, for BURST_MS. In a burst of
 * orders at one price every amount below that is held, and asking about each of them again
 * was most of an order's cost (bench: 16 clients buying one product with crypto). Forgotten
 * after a quiet BURST_MS, so a quiet shop's orders start from the price itself again; during a
 * burst an amount freed below the position waits for the wrap-round or the burst's end (the
 * buyer pays a few steps more, as with a concurrent order). Per process: other instances
 * keep their own, and the lock table's unique index arbitrates as before. A pair given back in
 * this process (an order refused after its allocation, a cancel) forgets every position: a
 * burst that outran the stock gives back most of its pairs below the position at once.
 */
const BURST_MS = 10_000;
const bursts = new Map<string, { position: number; at: number }>();

function rememberBurst(key: string, position: number, nowMs: number): void {
  // Live prices (PRICE_API_URL) make a new key at every move: old ones are dropped as they age.
  if (bursts.size >= 256) for (const [stale, burst] of bursts) if (nowMs - burst.at >= BURST_MS) bursts.delete(stale);
  bursts.set(key, { position, at: nowMs });
}

function burstStart(key: string, nowMs: number): number {
  const burst = bursts.get(key);
  if (burst && nowMs - burst.at < BURST_MS) return burst.position;
  bursts.delete(key);
  return 0;
}

const liveSince = (now: Date) => (isPostgres ? now : sqliteTimestamp(now));

/**
 * The position of an amount of the batch that not every address of the pool holds yet (the
 * first one, as both engines scan a VALUES list in order and stop at LIMIT 1; a later one
 * would only cost the buyer a step more), or null. The database counts each amount's live
 * locks in one index range, so an order does not read every pair held below it. Locks on
 * addresses since removed count too: such an amount may be skipped while one of the pool's
 * addresses is free, never taken while all are held.
 */
function firstOpenCte(coin: Coin, amounts: string[], poolSize: number, now: Date): Prisma.Sql {
  // Positions are generated integers, written into the statement; the amounts are parameters.
  const candidates = Prisma.join(amounts.map((amount, position) => Prisma.sql`(${Prisma.raw(String(position))}, ${amount})`));
  return Prisma.sql`WITH "candidates" ("position", "amount") AS (VALUES ${candidates}),
    "first_open" AS (
      SELECT "position", "amount" FROM "candidates"
      WHERE (SELECT COUNT(*) FROM "crypto_amount_locks" AS "lock"
             WHERE "lock"."coin" = ${coin} AND "lock"."amount" = "candidates"."amount" AND "lock"."lockedUntil" > ${liveSince(now)}) < ${poolSize}
      LIMIT 1)`;
}

async function firstOpenAmount(coin: Coin, amounts: string[], poolSize: number, now: Date): Promise<number | null> {
  const cte = firstOpenCte(coin, amounts, poolSize, now);
  const rows = await hotRead<{ position: unknown }>(`${cte.sql} SELECT "position" FROM "first_open"`, cte.values, (row) => ({
    position: row.position,
  }));
  return rows.length ? Number(rows[0]!.position) : null;
}

/**
 * Finds the batch's first open amount (as firstOpenAmount does) and claims it on the first
 * address of the pool, in the given turn, that no live order holds it on: one statement, so
 * an order that finds its pair at once (nearly every one) makes one round trip for it.
 * Undefined when nothing was claimed.
 */
async function claimFirstOpenPair(
  coin: Coin,
  amounts: string[],
  pool: PoolAddress[],
  orderId: string,
  lockedUntil: Date,
  now: Date,
): Promise<{ address: string; amount: string } | undefined> {
  const turns = Prisma.join(pool.map(({ address }, turn) => Prisma.sql`(${Prisma.raw(String(turn))}, ${address})`));
  // "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint.
  const rows = await hotWriteReturning<{ address: string; amount: string }>(Prisma.sql`
    ${firstOpenCte(coin, amounts, pool.length, now)},
    "pool" ("turn", "address") AS (VALUES ${turns}),
    "pick" AS (
      SELECT "first_open"."amount", "pool"."address" FROM "first_open" CROSS JOIN "pool"
      WHERE NOT EXISTS (SELECT 1 FROM "crypto_amount_locks" AS "holder"
                        WHERE "holder"."coin" = ${coin} AND "holder"."address" = "pool"."address"
                          AND "holder"."amount" = "first_open"."amount" AND "holder"."lockedUntil" > ${liveSince(now)})
      ORDER BY "pool"."turn"
      LIMIT 1)
    INSERT INTO "crypto_amount_locks" ("id", "coin", "address", "amount", "orderId", "lockedUntil")
    SELECT ${randomUUID()}, ${coin}, "address", "amount", ${orderId}, ${lockedUntil} FROM "pick" WHERE true
    ${unlessLive(now)}
    RETURNING "address", "amount"`);
  return rows[0] && { address: String(rows[0].address), amount: String(rows[0].amount) };
}

/**
 * A lock insert's end: it takes over a lock whose time is over in place (no sweep has to run
 * before its amount is free again) and leaves a live one alone, writing nothing. That rather
 * than a caught unique violation: pg-pool drops the connection of a failed statement, which
 * is slow under a burst of orders at one price.
 */
const unlessLive = (now: Date) => Prisma.sql`
  ON CONFLICT ("coin", "address", "amount") DO UPDATE SET "orderId" = excluded."orderId", "lockedUntil" = excluded."lockedUntil"
  WHERE "crypto_amount_locks"."lockedUntil" < ${now}`;

/** Claims a given pair (a fresh Bitcoin address's) with one statement: false when a live order holds it. */
async function claimPair(coin: Coin, address: string, amount: bigint, orderId: string, lockedUntil: Date): Promise<boolean> {
  const claimed = await hotWrite(Prisma.sql`
    INSERT INTO "crypto_amount_locks" ("id", "coin", "address", "amount", "orderId", "lockedUntil")
    VALUES (${randomUUID()}, ${coin}, ${address}, ${amount.toString()}, ${orderId}, ${lockedUntil})
    ${unlessLive(new Date())}`);
  return claimed === 1;
}

export async function dropAllocation(orderId: string): Promise<void> {
  const { count } = await db.cryptoAmountLock.deleteMany({ where: { orderId } });
  if (count) bursts.clear();
}
