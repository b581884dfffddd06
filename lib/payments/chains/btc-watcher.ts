import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import { isAddressFor } from "../crypto/address-format";
import type { ObservedTransfer } from "./observed-transfer";
import { dropVanished, observeTransfers } from "./record-transfer";
import { addressTransactions, tipHeight } from "./esplora";
import { requiredConfirmations } from "../../settings/crypto-rules";
import { longestOrderTtlMinutes } from "../../settings/shop-settings";

/**
 * How long a per-order address is still read after its lock ends: as far back as the TRON
 * watcher first looks at an address (an order's time plus the grace window, 75 minutes by
 * default). A payment arriving then no longer pays the order (as on the other chains), but
 * it is recorded, `unmatched`, in the operator's inbox instead of never being seen.
 */
const lateWatchMs = async () => ((await longestOrderTtlMinutes()) + env.CRYPTO_LOCK_GRACE_MINUTES) * 60_000;

/**
 * One poll of Bitcoin through Esplora. Read once each: every address an order or top-up
 * holds (a fresh one per order from BTC_XPUB) until lateWatchMs after its lock ends, every
 * address with a payment seen but not yet final (a mempool payment may be mined long after
 * the order's time; it was sent in time, so it is followed until it is final or dropped),
 * and any fixed Bitcoin address. An address's outputs are transfers (key: txid + output
 * index) with tip - height + 1 confirmations, 0 while in the mempool. A transaction that
 * left the mempool unconfirmed (replaced) is dropped from progress. No cursor is needed:
 * both lists come from indexed ranges ((coin, lockedUntil) and (chain, status)), so the cost
 * follows the recent orders and open payments, never the history.
 */
export async function pollBitcoin(): Promise<Record<string, never>> {
  const now = new Date();
  const [locks, open, fixed] = await Promise.all([
    db.cryptoAmountLock.findMany({
      where: { coin: "btc", lockedUntil: { gt: new Date(now.getTime() - (await lateWatchMs())) } },
      select: { address: true },
      distinct: ["address"],
    }),
    db.chainTransfer.findMany({ where: { chain: "bitcoin", status: "seen" }, select: { address: true }, distinct: ["address"] }),
    db.paymentAddress.findMany({ where: { coin: "btc", active: true }, select: { address: true } }),
  ]);
  const addresses = [...new Set([...locks, ...open, ...fixed].map((row) => row.address))].filter((address) => isAddressFor("btc", address));
  if (!addresses.length) return {};
  const [tip, required] = await Promise.all([tipHeight(), requiredConfirmations("bitcoin")]);
  for (const address of addresses) {
    const transfers: ObservedTransfer[] = (await addressTransactions(address)).flatMap((tx) =>
      tx.vout.flatMap((output, index) => {
        if (output.scriptpubkey_address !== address || !(output.value > 0)) return [];
        const height = tx.status.confirmed ? tx.status.block_height : undefined;
        return [
          {
            chain: "bitcoin" as const,
            coin: "btc" as const,
            txHash: tx.txid,
            index: String(index),
            address,
            amount: BigInt(output.value),
            blockNumber: height === undefined ? null : BigInt(height),
            blockTime: tx.status.block_time ? new Date(tx.status.block_time * 1000) : now,
            confirmations: height === undefined ? 0 : Math.max(0, tip - height + 1),
            required,
          },
        ];
      }),
    );
    await observeTransfers(transfers);
    await dropVanished({ chain: "bitcoin", address }, new Set(transfers.map((t) => `bitcoin:${t.txHash}:${t.index}`)));
  }
  return {};
}
