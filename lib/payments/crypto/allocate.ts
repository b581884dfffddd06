import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { AppError } from "../../api/app-error";
import { COINS, type Coin } from "./coins";

const MAX_STEPS = 200;

export type Allocation = { address: string; amountAtomic: bigint; demo: boolean };

/**
 * Gives a pending order a (receiving address, exact amount) pair no other live order holds,
 * by adding one step to the amount until a pair is free (epusdt's scheme). The unique index
 * on the lock table arbitrates between concurrent orders and app instances. The lock
 * outlives the order by a grace window so a late transfer cannot match a newer order.
 */
export async function allocateAmount(coin: Coin, baseAtomic: bigint, orderId: string, lockedUntil: Date): Promise<Allocation> {
  const addresses = await db.paymentAddress.findMany({
    where: { coin, active: true },
    select: { address: true, demo: true },
    orderBy: { address: "asc" },
  });
  if (!addresses.length) throw new AppError("coin_unavailable", "Coin not available");
  await db.cryptoAmountLock.deleteMany({ where: { coin, lockedUntil: { lt: new Date() } } });

  // Skip the pairs live orders already hold; only a concurrent order can still win one.
  const held = new Set(
    (await db.cryptoAmountLock.findMany({ where: { coin }, select: { address: true, amount: true } })).map(
      (lock) => `${lock.address}|${lock.amount}`,
    ),
  );
  const step = COINS[coin].stepAtomic;
  for (let k = 0n; k < BigInt(MAX_STEPS); k++) {
    const amountAtomic = baseAtomic + k * step;
    for (const { address, demo } of addresses) {
      if (held.has(`${address}|${amountAtomic}`)) continue;
      // DO NOTHING rather than a caught unique violation: pg-pool drops the connection of a
      // failed statement, which is slow under a burst of orders at one price.
      const claimed = await db.$executeRaw`
        INSERT INTO "crypto_amount_locks" ("id", "coin", "address", "amount", "orderId", "lockedUntil")
        VALUES (${randomUUID()}, ${coin}, ${address}, ${amountAtomic.toString()}, ${orderId}, ${lockedUntil})
        ON CONFLICT DO NOTHING`;
      if (claimed === 1) return { address, amountAtomic, demo };
    }
  }
  throw new AppError("coin_unavailable", "No payment amount free for this coin now; try again later");
}

export async function dropAllocation(orderId: string): Promise<void> {
  await db.cryptoAmountLock.deleteMany({ where: { orderId } });
}
