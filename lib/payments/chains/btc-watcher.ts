import "server-only";
import { db } from "../../db";
import { isAddressFor } from "../crypto/address-format";
import type { ObservedTransfer } from "./observed-transfer";
import { dropVanished, observeTransfers } from "./record-transfer";
import { addressTransactions, tipHeight } from "./esplora";
import { requiredConfirmations } from "../../settings/crypto-rules";

/**
 * One poll of Bitcoin through Esplora: each address a live order holds (a fresh one per
 * order from BTC_XPUB, kept until the order's grace window ends), plus any fixed Bitcoin
 * address, is read once: its outputs are transfers (key: txid + output index) with
 * tip - height + 1 confirmations, 0 while in the mempool. A transaction that left the
 * mempool unconfirmed (replaced) is dropped from progress. No cursor is needed: the
 * addresses are few and short-lived, so the cost follows the live orders.
 */
export async function pollBitcoin(): Promise<Record<string, never>> {
  const now = new Date();
  const [locks, fixed] = await Promise.all([
    db.cryptoAmountLock.findMany({ where: { coin: "btc", lockedUntil: { gt: now } }, select: { address: true }, distinct: ["address"] }),
    db.paymentAddress.findMany({ where: { coin: "btc", active: true }, select: { address: true } }),
  ]);
  const addresses = [...new Set([...locks, ...fixed].map((row) => row.address))].filter((address) => isAddressFor("btc", address));
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
