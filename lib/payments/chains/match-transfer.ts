import "server-only";
import { db } from "../../db";
import type { ObservedTransfer } from "./observed-transfer";

export type TransferMatch = {
  orderId: string;
  status: string;
  payAmount: bigint;
  /** Bitcoin with a per-order address: outputs add up, any amount counts towards the order. */
  sums: boolean;
};

/**
 * The order a transfer pays, if any: the live (coin, address, exact amount) lock, or for a
 * per-order Bitcoin address the address's lock alone. One indexed lookup on the lock table,
 * never a scan of orders. The transfer must fall inside the lock's time (the order's expiry
 * plus the grace window) and, on a shared address, after the order was created.
 */
export async function matchTransfer(transfer: ObservedTransfer): Promise<TransferMatch | null> {
  const sums = transfer.coin === "btc" && !(await isFixedAddress(transfer));
  const lock = sums
    ? await db.cryptoAmountLock.findFirst({ where: { coin: transfer.coin, address: transfer.address } })
    : await db.cryptoAmountLock.findUnique({
        where: { coin_address_amount: { coin: transfer.coin, address: transfer.address, amount: transfer.amount.toString() } },
      });
  if (!lock || lock.lockedUntil < transfer.blockTime) return null;
  const order = await db.order.findUnique({
    where: { id: lock.orderId },
    select: { id: true, status: true, createdAt: true, payAmount: true },
  });
  if (!order || !order.payAmount) return null;
  // Block times are whole seconds; a per-order address cannot have been paid before its
  // order (and Bitcoin block times may run behind the clock).
  if (!sums && transfer.blockTime.getTime() < Math.floor(order.createdAt.getTime() / 1000) * 1000) return null;
  return { orderId: order.id, status: order.status, payAmount: BigInt(order.payAmount), sums };
}

async function isFixedAddress(transfer: ObservedTransfer): Promise<boolean> {
  return (await db.paymentAddress.count({ where: { coin: transfer.coin, address: transfer.address } })) > 0;
}
