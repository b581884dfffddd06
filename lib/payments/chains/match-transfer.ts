import "server-only";
import { db } from "../../db";
import type { ObservedTransfer } from "./observed-transfer";

export type TransferMatch = {
  /** What the lock is held for: an order, or a balance top-up (POST /api/topups holds it under the top-up's id). */
  payable: "order" | "topup";
  id: string;
  status: string;
  payAmount: bigint;
  /** Bitcoin with a per-order address: outputs add up, any amount counts towards the order. */
  sums: boolean;
};

/**
 * The order or top-up a transfer pays, if any: the live (coin, address, exact amount) lock,
 * or for a per-order Bitcoin address the address's lock alone. One indexed lookup on the
 * lock table and one by primary key, never a scan. The transfer must fall inside the lock's
 * time (the expiry plus the grace window) and, on a shared address, after the payable was
 * created. `firstSeenAt`: when a watcher first recorded it; a Bitcoin payment seen in the
 * mempool inside the lock's time was sent in time, however much later it is mined.
 */
export async function matchTransfer(transfer: ObservedTransfer, firstSeenAt?: Date): Promise<TransferMatch | null> {
  const sums = transfer.coin === "btc" && !(await isFixedAddress(transfer));
  const lock = sums
    ? await db.cryptoAmountLock.findFirst({ where: { coin: transfer.coin, address: transfer.address } })
    : await db.cryptoAmountLock.findUnique({
        where: { coin_address_amount: { coin: transfer.coin, address: transfer.address, amount: transfer.amount.toString() } },
      });
  // Elsewhere a transfer is first seen in its block, whose time is the chain's own.
  const inMempoolEarlier = transfer.chain === "bitcoin" && firstSeenAt !== undefined && firstSeenAt < transfer.blockTime;
  const sentBy = inMempoolEarlier ? firstSeenAt : transfer.blockTime;
  if (!lock || lock.lockedUntil < sentBy) return null;
  const payable = await lockHolder(lock.orderId);
  if (!payable || !payable.payAmount) return null;
  // Block times are whole seconds; a per-order address cannot have been paid before its
  // order (and Bitcoin block times may run behind the clock).
  if (!sums && transfer.blockTime.getTime() < Math.floor(payable.createdAt.getTime() / 1000) * 1000) return null;
  return { payable: payable.kind, id: payable.id, status: payable.status, payAmount: BigInt(payable.payAmount), sums };
}

/** The payable a transfer is tied to, as its row records it. */
export type TransferPayable = { orderId: string | null; topupId: string | null };

export const payableOf = (match: TransferMatch): TransferPayable =>
  match.payable === "order" ? { orderId: match.id, topupId: null } : { orderId: null, topupId: match.id };

const HOLDER = { id: true, status: true, createdAt: true, payAmount: true } as const;

/** The lock's `orderId` is an order's id or a top-up's (both random UUIDs): the order is asked first. */
async function lockHolder(id: string) {
  const order = await db.order.findUnique({ where: { id }, select: HOLDER });
  if (order) return { kind: "order" as const, ...order };
  const topup = await db.topup.findUnique({ where: { id }, select: HOLDER });
  return topup && { kind: "topup" as const, ...topup };
}

async function isFixedAddress(transfer: ObservedTransfer): Promise<boolean> {
  return (await db.paymentAddress.count({ where: { coin: transfer.coin, address: transfer.address } })) > 0;
}
