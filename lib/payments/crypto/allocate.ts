import "server-only";
import { db } from "../../db";
import { isUniqueViolation } from "../../db/errors";
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

  const step = COINS[coin].stepAtomic;
  for (let k = 0n; k < BigInt(MAX_STEPS); k++) {
    const amountAtomic = baseAtomic + k * step;
    for (const { address, demo } of addresses) {
      try {
        await db.cryptoAmountLock.create({ data: { coin, address, amount: amountAtomic.toString(), orderId, lockedUntil } });
        return { address, amountAtomic, demo };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }
  throw new AppError("coin_unavailable", "No payment amount free for this coin now; try again later");
}

export async function dropAllocation(orderId: string): Promise<void> {
  await db.cryptoAmountLock.deleteMany({ where: { orderId } });
}
