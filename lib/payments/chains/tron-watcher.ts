import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import { tronToHex } from "../crypto/address-format";
import { COINS } from "../crypto/coins";
import { watchedAddresses, type WatchedAddress } from "../crypto/receiving-addresses";
import type { ObservedTransfer } from "./observed-transfer";
import { observeTransfers } from "./record-transfer";
import { transactionsTo, trc20TransfersTo } from "./trongrid";
import { longestOrderTtlMinutes } from "../../settings/shop-settings";

/**
 * TRON counts a transfer final in TronGrid's confirmed (solidified) view: 19 of the 27 block
 * producers have built on it, about a minute. Before that the buyer sees an estimate of the
 * blocks since (one every 3 s).
 */
export const TRON_CONFIRMATIONS = 19;
const BLOCK_MS = 3_000;
// Each poll reads again from a minute before the cursor: TronGrid's index may add a
// transaction a little out of order; what was read before is recognised by its key.
const OVERLAP_MS = 60_000;

/** Per receiving address (`coin:address`), the newest block timestamp read. */
export type TronCursor = Record<string, number>;

/**
 * One poll: for each receiving address one confirmed-view request per coin, from its
 * cursor; and for an address with live orders, the unconfirmed view too (for progress).
 */
export async function pollTron(cursor: TronCursor | null): Promise<TronCursor> {
  const next: TronCursor = { ...cursor };
  const firstLook = Date.now() - ((await longestOrderTtlMinutes()) + env.CRYPTO_LOCK_GRACE_MINUTES) * 60_000;
  for (const watched of await watchedAddresses("tron")) {
    const key = `${watched.coin}:${watched.address}`;
    const from = next[key] ?? firstLook;
    const since = Math.max(0, from - OVERLAP_MS);
    const final = await read(watched, since, true);
    await observeTransfers(final);
    next[key] = Math.max(from, ...final.map((transfer) => transfer.blockTime.getTime()));
    if (await hasLiveOrders(watched)) {
      const finalKeys = new Set(final.map((transfer) => transfer.txHash));
      await observeTransfers((await read(watched, since, false)).filter((transfer) => !finalKeys.has(transfer.txHash)));
    }
  }
  return next;
}

async function hasLiveOrders(watched: WatchedAddress): Promise<boolean> {
  return (
    (await db.cryptoAmountLock.count({ where: { coin: watched.coin, address: watched.address, lockedUntil: { gt: new Date() } } })) > 0
  );
}

async function read(watched: WatchedAddress, since: number, confirmed: boolean): Promise<ObservedTransfer[]> {
  const confirmations = (timestamp: number) =>
    confirmed ? TRON_CONFIRMATIONS : Math.min(TRON_CONFIRMATIONS - 1, Math.max(1, Math.floor((Date.now() - timestamp) / BLOCK_MS) + 1));
  const base = { chain: "tron" as const, coin: watched.coin, address: watched.address, blockNumber: null, required: TRON_CONFIRMATIONS };
  const contract = COINS[watched.coin].contract;
  if (contract) {
    const transfers = await trc20TransfersTo(watched.address, contract, since, confirmed);
    // The token is its contract address, never its symbol; TronGrid's listing has no log
    // index, so a transfer within its transaction is told apart by recipient and value.
    return transfers
      .filter(
        (t) =>
          t.type === "Transfer" &&
          t.token_info?.address === contract &&
          t.to === watched.address &&
          /^\d+$/.test(t.value) &&
          BigInt(t.value) > 0n,
      )
      .map((t) => ({
        ...base,
        txHash: t.transaction_id,
        index: `${t.to}:${t.value}`,
        amount: BigInt(t.value),
        blockTime: new Date(t.block_timestamp),
        confirmations: confirmations(t.block_timestamp),
      }));
  }
  const ownHex = tronToHex(watched.address);
  const transactions = await transactionsTo(watched.address, since, confirmed);
  return transactions.flatMap((tx) => {
    const contractCall = tx.raw_data?.contract?.[0];
    const value = contractCall?.parameter?.value;
    // Only a successful plain TRX transfer to this address counts (not TRC-10, not a failed one).
    if (contractCall?.type !== "TransferContract" || tx.ret?.[0]?.contractRet !== "SUCCESS") return [];
    if (value?.to_address?.toLowerCase() !== ownHex || value.amount === undefined || BigInt(value.amount) <= 0n) return [];
    return [
      {
        ...base,
        txHash: tx.txID,
        index: "0",
        amount: BigInt(value.amount),
        blockNumber: tx.blockNumber === undefined ? null : BigInt(tx.blockNumber),
        blockTime: new Date(tx.block_timestamp),
        confirmations: confirmations(tx.block_timestamp),
      },
    ];
  });
}
