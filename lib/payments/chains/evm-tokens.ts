import "server-only";
import { COINS, type Coin } from "../crypto/coins";
import type { WatchedAddress } from "../crypto/receiving-addresses";
import type { ObservedTransfer } from "./observed-transfer";
import { ProviderError } from "./http-json";
import { toHex, type JsonRpc } from "./json-rpc";

// keccak256("Transfer(address,address,uint256)")
export const TRANSFER_TOPIC = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
// Public RPCs cap eth_getLogs ranges (often 1,000 blocks or fewer): ask in small windows.
const LOG_WINDOW = 100n;

type Log = {
  address: string;
  topics: string[];
  data: string;
  blockNumber: string;
  transactionHash: string;
  logIndex: string;
  removed?: boolean;
};
type Context = { chain: "ethereum" | "bsc"; rpc: JsonRpc; tip: bigint; required: number };

const padded = (address: string) => `0x${address.toLowerCase().replace(/^0x/, "").padStart(64, "0")}`;

/**
 * Tether Transfer logs to the receiving addresses in [from, to]: filtered by the token's
 * contract (never its symbol), the Transfer topic and the recipients; a removed log never counts.
 */
export async function tokenTransfers(context: Context, watched: WatchedAddress[], from: bigint, to: bigint): Promise<ObservedTransfer[]> {
  if (!watched.length || to < from) return [];
  const found: { log: Log; coin: Coin; recipient: WatchedAddress }[] = [];
  for (const coin of [...new Set(watched.map((w) => w.coin))]) {
    const contract = COINS[coin].contract!.toLowerCase();
    const recipients = new Map(watched.filter((w) => w.coin === coin).map((w) => [padded(w.address), w]));
    for (let start = from; start <= to; start += LOG_WINDOW) {
      const end = start + LOG_WINDOW - 1n < to ? start + LOG_WINDOW - 1n : to;
      const logs = await context.rpc.call<Log[]>("eth_getLogs", [
        { fromBlock: toHex(start), toBlock: toHex(end), address: contract, topics: [TRANSFER_TOPIC, null, [...recipients.keys()]] },
      ]);
      if (!Array.isArray(logs)) throw new ProviderError("eth_getLogs answered no list");
      for (const log of logs) {
        const recipient = recipients.get(log.topics?.[2]?.toLowerCase() ?? "");
        if (log.removed || !recipient || log.address?.toLowerCase() !== contract || log.topics[0]?.toLowerCase() !== TRANSFER_TOPIC)
          continue;
        found.push({ log, coin, recipient });
      }
    }
  }
  if (!found.length) return [];
  const times = await blockTimes(
    context.rpc,
    found.map(({ log }) => BigInt(log.blockNumber)),
  );
  return found
    .map(({ log, coin, recipient }) => {
      const block = BigInt(log.blockNumber);
      return {
        chain: context.chain,
        coin,
        txHash: log.transactionHash.toLowerCase(),
        index: BigInt(log.logIndex).toString(),
        address: recipient.address,
        amount: BigInt(log.data === "0x" ? "0x0" : log.data),
        blockNumber: block,
        blockTime: times.get(block)!,
        confirmations: Number(context.tip - block + 1n),
        required: context.required,
      };
    })
    .filter((transfer) => transfer.amount > 0n);
}

/** Block timestamps for the blocks that carry transfers (one batch; grows with transfers, not blocks). */
async function blockTimes(rpc: JsonRpc, numbers: bigint[]): Promise<Map<bigint, Date>> {
  const unique = [...new Set(numbers)];
  const blocks = await rpc.batch<{ timestamp: string } | null>(
    unique.map((n) => ({ method: "eth_getBlockByNumber", params: [toHex(n), false] })),
  );
  return new Map(unique.map((n, i) => [n, new Date(Number(BigInt(blocks[i]?.timestamp ?? "0x0")) * 1000)]));
}
