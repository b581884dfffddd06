import "server-only";
import { COINS } from "../crypto/coins";
import { watchedAddresses } from "../crypto/receiving-addresses";
import type { ObservedTransfer } from "./observed-transfer";
import { dropVanished, observeTransfers } from "./record-transfer";
import { JsonRpc } from "./json-rpc";
import { nativeTransfers, type BalanceSnapshot } from "./evm-native";
import { tokenTransfers } from "./evm-tokens";
import { requiredConfirmations } from "../../settings/crypto-rules";

/** How far an EVM watcher has read: every block up to `block` is final and applied. */
export type EvmCursor = { block: string; native: BalanceSnapshot };

const MAX_BLOCKS_PER_POLL = 200n;
// A watcher with no cursor yet (first start) begins this many blocks before the final tip.
const FIRST_LOOKBACK = 100n;

const max = (a: bigint, b: bigint) => (a > b ? a : b);
const min = (a: bigint, b: bigint) => (a < b ? a : b);

/**
 * One poll of an EVM chain (Ethereum, BSC): Tether's Transfer logs to the receiving
 * addresses (eth_getLogs in small windows) and native ETH/BNB payments (found through the
 * addresses' balances, see evm-native.ts). Blocks with `required` confirmations are read
 * once, applied, and the cursor moves past them; the younger blocks are read on every poll
 * for progress only ("seen, k of N") and anything seen there that a reorganisation took
 * away is dropped.
 */
export function evmPoller(chain: "ethereum" | "bsc", rpcUrl: string) {
  return async (cursor: EvmCursor | null): Promise<EvmCursor> => {
    const rpc = new JsonRpc(rpcUrl);
    const watched = await watchedAddresses(chain);
    const tokens = watched.filter((w) => COINS[w.coin].contract);
    const natives = watched.filter((w) => !COINS[w.coin].contract);
    const tip = BigInt(await rpc.call<string>("eth_blockNumber", []));
    // The operator's setting or ETH_/BSC_CONFIRMATIONS, read at each poll.
    const required = await requiredConfirmations(chain);
    const safe = tip - BigInt(required) + 1n; // the newest block with `required` confirmations
    let done = cursor ? BigInt(cursor.block) : max(-1n, safe - 1n - FIRST_LOOKBACK);
    let snapshot = cursor?.native ?? {};
    if (!watched.length) return { block: max(done, safe).toString(), native: {} };
    const context = { chain, rpc, tip, required };

    if (safe > done) {
      const end = min(safe, done + MAX_BLOCKS_PER_POLL);
      const native = await nativeTransfers(context, natives, done + 1n, end, snapshot);
      const final = [...(await tokenTransfers(context, tokens, done + 1n, end)), ...native.transfers];
      await observeTransfers(final);
      await dropVanished({ chain, fromBlock: done + 1n, toBlock: end }, keysOf(final));
      done = end;
      snapshot = native.snapshot;
    }
    if (done === safe && tip > done) {
      // Caught up: the last N-1 blocks, for progress.
      const native = await nativeTransfers(context, natives, done + 1n, tip, snapshot);
      const young = [...(await tokenTransfers(context, tokens, done + 1n, tip)), ...native.transfers];
      await observeTransfers(young);
      await dropVanished({ chain, fromBlock: done + 1n }, keysOf(young));
    }
    return { block: done.toString(), native: snapshot };
  };
}

const keysOf = (transfers: ObservedTransfer[]) => new Set(transfers.map((t) => `${t.chain}:${t.txHash}:${t.index}`));
