// A fake Ethereum/BSC node speaking JSON-RPC 2.0 over HTTP (single calls and batches) in the
// real formats: eth_chainId, eth_blockNumber, eth_getBlockByNumber, eth_getLogs (address and
// positional topic filters, a capped block range), eth_getTransactionReceipt, eth_getBalance
// and eth_getTransactionCount at a block. The test drives the chain: send, mine, reorganise.
import { randomBytes } from "node:crypto";
import { FakeServer, type FakeAnswer, type FakeRequest } from "./fake-server";

export const TRANSFER_TOPIC = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
export const MAX_LOG_RANGE = 1_000n;

type FakeLog = { address: string; topics: string[]; data: string };
type FakeTx = { hash: string; from: string; to: string; value: bigint; status: 0 | 1; logs: FakeLog[] };
type FakeBlock = { number: bigint; hash: string; parentHash: string; timestamp: number; txs: FakeTx[] };

export const randomEvmAddress = () => `0x${randomBytes(20).toString("hex")}`;
const randomHash = () => `0x${randomBytes(32).toString("hex")}`;
const hex = (n: bigint | number) => `0x${n.toString(16)}`;
const word = (hexValue: string) => `0x${hexValue.replace(/^0x/, "").toLowerCase().padStart(64, "0")}`;

type RpcRequest = { jsonrpc?: string; id?: unknown; method?: string; params?: unknown[] };
class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export class FakeEvmChain extends FakeServer {
  readonly blocks: FakeBlock[] = [];
  private pending: FakeTx[] = [];
  /** Logs a reorganisation took away; with `reportRemoved` they are answered again with `removed: true`. */
  private removed: { log: FakeLog; block: FakeBlock; tx: FakeTx; index: number }[] = [];
  reportRemoved = false;

  constructor(
    readonly chainId: number,
    start = 5_000n,
  ) {
    super((request) => this.answer(request));
    this.blocks.push({
      number: start,
      hash: randomHash(),
      parentHash: randomHash(),
      timestamp: Math.floor(Date.now() / 1000) - 600,
      txs: [],
    });
  }

  get tip(): bigint {
    return this.blocks.at(-1)!.number;
  }

  /** A token transfer (the contract's Transfer event) waiting for the next block; `failed`: reverted, no event. */
  sendToken(transfer: { contract: string; to: string; amount: bigint; failed?: boolean }): FakeTx {
    const from = randomEvmAddress();
    const tx: FakeTx = {
      hash: randomHash(),
      from,
      to: transfer.contract.toLowerCase(),
      value: 0n,
      status: transfer.failed ? 0 : 1,
      logs: transfer.failed
        ? []
        : [
            {
              address: transfer.contract.toLowerCase(),
              topics: [TRANSFER_TOPIC, word(from), word(transfer.to)],
              data: word(transfer.amount.toString(16)),
            },
          ],
    };
    this.pending.push(tx);
    return tx;
  }

  /** A plain ETH/BNB payment waiting for the next block; `failed`: its receipt says status 0. */
  sendNative(transfer: { to: string; value: bigint; failed?: boolean }): FakeTx {
    const tx: FakeTx = {
      hash: randomHash(),
      from: randomEvmAddress(),
      to: transfer.to.toLowerCase(),
      value: transfer.value,
      status: transfer.failed ? 0 : 1,
      logs: [],
    };
    this.pending.push(tx);
    return tx;
  }

  /** Mines `count` blocks, 12 s apart; the first takes every waiting transaction (in the given order). */
  mine(count = 1, order?: (txs: FakeTx[]) => FakeTx[]): void {
    for (let i = 0; i < count; i++) {
      const parent = this.blocks.at(-1)!;
      const txs = i === 0 ? (order ? order(this.pending) : this.pending) : [];
      if (i === 0) this.pending = [];
      this.blocks.push({
        number: parent.number + 1n,
        hash: randomHash(),
        parentHash: parent.hash,
        timestamp: Math.max(parent.timestamp + 12, Math.floor(Date.now() / 1000)),
        txs,
      });
    }
  }

  /** Replaces the newest `depth` blocks: transactions `keep` accepts go back to the queue (to be mined again), the others vanish. */
  reorg(depth: number, keep: (tx: FakeTx) => boolean): void {
    const gone = this.blocks.splice(this.blocks.length - depth, depth);
    for (const block of gone) {
      for (const tx of block.txs) {
        tx.logs.forEach((log, index) => this.removed.push({ log, block, tx, index }));
        if (keep(tx)) this.pending.push(tx);
      }
    }
    this.mine(depth);
  }

  private block(tag: unknown): FakeBlock | undefined {
    if (tag === "latest" || tag === "pending" || tag === "safe" || tag === "finalized") return this.blocks.at(-1);
    if (tag === "earliest") return this.blocks[0];
    if (typeof tag !== "string" || !/^0x[0-9a-f]+$/i.test(tag)) throw new RpcError(-32602, `invalid block tag ${String(tag)}`);
    return this.blocks.find((block) => block.number === BigInt(tag));
  }

  private located() {
    return this.blocks.flatMap((block) => {
      let logIndex = 0;
      return block.txs.map((tx, txIndex) => ({ block, tx, txIndex, firstLog: (logIndex += tx.logs.length) - tx.logs.length }));
    });
  }

  private logJson(log: FakeLog, block: FakeBlock, tx: FakeTx, txIndex: number, logIndex: number, removed: boolean) {
    return {
      address: log.address,
      topics: log.topics,
      data: log.data,
      blockNumber: hex(block.number),
      blockHash: block.hash,
      transactionHash: tx.hash,
      transactionIndex: hex(txIndex),
      logIndex: hex(logIndex),
      removed,
    };
  }

  private call(method: string, params: unknown[]): unknown {
    switch (method) {
      case "eth_chainId":
        return hex(this.chainId);
      case "eth_blockNumber":
        return hex(this.tip);
      case "eth_getBlockByNumber": {
        const block = this.block(params[0]);
        if (!block) return null;
        const at = this.located().filter((entry) => entry.block === block);
        return {
          number: hex(block.number),
          hash: block.hash,
          parentHash: block.parentHash,
          timestamp: hex(block.timestamp),
          transactions: params[1]
            ? at.map(({ tx, txIndex }) => ({
                hash: tx.hash,
                from: tx.from,
                to: tx.to,
                value: hex(tx.value),
                blockNumber: hex(block.number),
                blockHash: block.hash,
                transactionIndex: hex(txIndex),
                input: "0x",
              }))
            : at.map(({ tx }) => tx.hash),
        };
      }
      case "eth_getTransactionReceipt": {
        const found = this.located().find(({ tx }) => tx.hash === params[0]);
        if (!found) return null;
        const { block, tx, txIndex, firstLog } = found;
        return {
          transactionHash: tx.hash,
          transactionIndex: hex(txIndex),
          blockHash: block.hash,
          blockNumber: hex(block.number),
          from: tx.from,
          to: tx.to,
          status: hex(tx.status),
          logs: tx.logs.map((log, i) => this.logJson(log, block, tx, txIndex, firstLog + i, false)),
        };
      }
      case "eth_getBalance":
      case "eth_getTransactionCount": {
        const address = String(params[0]).toLowerCase();
        const block = this.block(params[1]);
        if (!block) throw new RpcError(-32000, "header not found");
        const upTo = this.located().filter(({ block: b }) => b.number <= block.number);
        if (method === "eth_getTransactionCount") return hex(upTo.filter(({ tx }) => tx.from === address).length);
        return hex(upTo.reduce((sum, { tx }) => sum + (tx.status === 1 && tx.to === address ? tx.value : 0n), 0n));
      }
      case "eth_getLogs": {
        const filter = (params[0] ?? {}) as {
          fromBlock?: string;
          toBlock?: string;
          address?: string | string[];
          topics?: (string | string[] | null)[];
        };
        const from = this.block(filter.fromBlock ?? "latest")?.number ?? BigInt(filter.fromBlock!);
        const to = this.block(filter.toBlock ?? "latest")?.number ?? BigInt(filter.toBlock!);
        if (to - from + 1n > MAX_LOG_RANGE) throw new RpcError(-32005, `query exceeds max block range ${MAX_LOG_RANGE}`);
        const addresses = filter.address === undefined ? null : [filter.address].flat().map((a) => a.toLowerCase());
        const matches = (log: FakeLog) =>
          (!addresses || addresses.includes(log.address)) &&
          (filter.topics ?? []).every(
            (wanted, i) =>
              wanted === null ||
              [wanted]
                .flat()
                .map((t) => t.toLowerCase())
                .includes(log.topics[i]!),
          );
        const live = this.located()
          .filter(({ block }) => block.number >= from && block.number <= to)
          .flatMap(({ block, tx, txIndex, firstLog }) =>
            tx.logs.map((log, i) => ({ log, json: this.logJson(log, block, tx, txIndex, firstLog + i, false) })),
          );
        const removed = this.reportRemoved
          ? this.removed
              .filter(({ block }) => block.number >= from && block.number <= to)
              .map(({ log, block, tx, index }) => ({ log, json: this.logJson(log, block, tx, 0, index, true) }))
          : [];
        return [...live, ...removed].filter(({ log }) => matches(log)).map(({ json }) => json);
      }
      default:
        throw new RpcError(-32601, `the method ${method} does not exist/is not available`);
    }
  }

  private answer(request: FakeRequest): FakeAnswer {
    if (request.method !== "POST") return { status: 405, body: "method not allowed" };
    let parsed: RpcRequest | RpcRequest[];
    try {
      parsed = JSON.parse(request.body);
    } catch {
      return { status: 200, body: { jsonrpc: "2.0", id: null, error: { code: -32700, message: "parse error" } } };
    }
    const one = (rpc: RpcRequest) => {
      if (rpc.jsonrpc !== "2.0" || rpc.id === undefined || typeof rpc.method !== "string") {
        return { jsonrpc: "2.0", id: rpc.id ?? null, error: { code: -32600, message: "invalid request" } };
      }
      try {
        return { jsonrpc: "2.0", id: rpc.id, result: this.call(rpc.method, rpc.params ?? []) };
      } catch (error) {
        const code = error instanceof RpcError ? error.code : -32603;
        return { jsonrpc: "2.0", id: rpc.id, error: { code, message: (error as Error).message } };
      }
    };
    // Batches come back in reverse order: clients must match answers by id, as the spec allows.
    return { status: 200, body: Array.isArray(parsed) ? parsed.map(one).reverse() : one(parsed) };
  }

  /** The JSON-RPC methods the client has called, flattened over batches. */
  methods(): { method: string; params: unknown[] }[] {
    return this.requests.flatMap((request) => {
      const parsed = JSON.parse(request.body) as RpcRequest | RpcRequest[];
      return [parsed].flat().map((rpc) => ({ method: rpc.method ?? "", params: rpc.params ?? [] }));
    });
  }
}
