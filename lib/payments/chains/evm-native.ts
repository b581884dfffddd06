import "server-only";
import type { WatchedAddress } from "../crypto/receiving-addresses";
import type { ObservedTransfer } from "./observed-transfer";
import { toHex, type JsonRpc, type RpcCall } from "./json-rpc";

/** Per address (lower-case), its balance and nonce at the cursor's block. */
export type BalanceSnapshot = Record<string, { balance: string; nonce: string }>;

type Context = { chain: "ethereum" | "bsc"; rpc: JsonRpc; tip: bigint; required: number };
type Tx = { hash: string; to: string | null; value: string };
type Block = { number: string; timestamp: string; transactions: Tx[] };

const BLOCKS_PER_BATCH = 20;

/**
 * Native ETH/BNB payments to the receiving addresses in blocks [from, to]. Plain transfers
 * leave no log, so blocks must be read, which is costly; instead each address's balance
 * and nonce at `to` are compared with the snapshot at `from - 1` (one batch for all
 * addresses): an incoming payment always changes them, so blocks are read only when one
 * did, and only for the addresses that changed. A transaction whose receipt says it failed
 * never counts. Payments made by contracts (internal transactions) are not seen.
 */
export async function nativeTransfers(
  context: Context,
  watched: WatchedAddress[],
  from: bigint,
  to: bigint,
  before: BalanceSnapshot,
): Promise<{ transfers: ObservedTransfer[]; snapshot: BalanceSnapshot }> {
  if (!watched.length || to < from) return { transfers: [], snapshot: before };
  const calls: RpcCall[] = watched.flatMap((w) => [
    { method: "eth_getBalance", params: [w.address, toHex(to)] },
    { method: "eth_getTransactionCount", params: [w.address, toHex(to)] },
  ]);
  // An old block's state may be gone on a pruned node: then that address's blocks are read.
  const states = await context.rpc.batchOrUndefined<string>(calls);
  const snapshot: BalanceSnapshot = {};
  const changed = new Map<string, WatchedAddress>();
  watched.forEach((w, i) => {
    const [balance, nonce] = [states[2 * i], states[2 * i + 1]];
    if (balance !== undefined && nonce !== undefined)
      snapshot[w.key] = { balance: BigInt(balance).toString(), nonce: BigInt(nonce).toString() };
    const was = before[w.key];
    const now = snapshot[w.key];
    if (!was || !now || was.balance !== now.balance || was.nonce !== now.nonce) changed.set(w.key, w);
  });
  if (!changed.size) return { transfers: [], snapshot };

  const candidates: { tx: Tx; block: Block; recipient: WatchedAddress }[] = [];
  for (let start = from; start <= to; start += BigInt(BLOCKS_PER_BATCH)) {
    const numbers = Array.from(
      { length: Number(to - start + 1n < BigInt(BLOCKS_PER_BATCH) ? to - start + 1n : BigInt(BLOCKS_PER_BATCH)) },
      (_, i) => start + BigInt(i),
    );
    const blocks = await context.rpc.batch<Block | null>(
      numbers.map((n) => ({ method: "eth_getBlockByNumber", params: [toHex(n), true] })),
    );
    for (const block of blocks) {
      for (const tx of block?.transactions ?? []) {
        const recipient = tx.to ? changed.get(tx.to.toLowerCase()) : undefined;
        if (recipient && BigInt(tx.value) > 0n) candidates.push({ tx, block: block!, recipient });
      }
    }
  }
  if (!candidates.length) return { transfers: [], snapshot };
  const receipts = await context.rpc.batch<{ status?: string } | null>(
    candidates.map(({ tx }) => ({ method: "eth_getTransactionReceipt", params: [tx.hash] })),
  );
  const transfers = candidates.flatMap(({ tx, block, recipient }, i) => {
    if (receipts[i]?.status !== "0x1") return [];
    const number = BigInt(block.number);
    return [
      {
        chain: context.chain,
        coin: recipient.coin,
        txHash: tx.hash.toLowerCase(),
        index: "value",
        address: recipient.address,
        amount: BigInt(tx.value),
        blockNumber: number,
        blockTime: new Date(Number(BigInt(block.timestamp)) * 1000),
        confirmations: Number(context.tip - number + 1n),
        required: context.required,
      },
    ];
  });
  return { transfers, snapshot };
}
