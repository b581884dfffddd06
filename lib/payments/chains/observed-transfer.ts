import type { Chain, Coin } from "../crypto/coins";

/** One incoming transfer to a receiving address, as a watcher read it from its chain. */
export type ObservedTransfer = {
  chain: Chain;
  coin: Coin;
  txHash: string;
  /** Log index (EVM tokens), output index (Bitcoin), or what else tells transfers of one transaction apart. */
  index: string;
  /** The receiving address as configured (or as handed to the order). */
  address: string;
  amount: bigint;
  blockNumber: bigint | null;
  blockTime: Date;
  confirmations: number;
  required: number;
};

/** The transfer's unique key: chain + transaction + index. A payment event carries the same key. */
export const transferKey = (transfer: Pick<ObservedTransfer, "chain" | "txHash" | "index">) =>
  `${transfer.chain}:${transfer.txHash}:${transfer.index}`;

export const isFinal = (transfer: Pick<ObservedTransfer, "confirmations" | "required">) => transfer.confirmations >= transfer.required;
