// A fake Esplora (mempool.space / Blockstream API) in its real formats: `GET /blocks/tip/height`
// (plain text) and `GET /address/:address/txs` (mempool transactions first, then confirmed
// ones, newest first). Like Esplora it refuses an address that is not valid bech32/base58.
import { randomBytes } from "node:crypto";
import { bech32 } from "@scure/base";
import { FakeServer, type FakeAnswer, type FakeRequest } from "./fake-server";

type Output = { address: string; value: number };
type FakeTx = { txid: string; outputs: Output[]; height: number | null; time: number | null };

const isBech32 = (address: string) => {
  try {
    return bech32.decode(address as `${string}1${string}`).prefix === "bc";
  } catch {
    return false;
  }
};
const otherAddress = () => bech32.encode("bc", [0, ...bech32.toWords(randomBytes(20))]);

export class FakeEsplora extends FakeServer {
  tip = 870_000;
  readonly txs: FakeTx[] = [];

  constructor() {
    super((request) => this.answer(request));
  }

  /** A transaction paying `sats` (one output each) to `address`, plus change elsewhere; in the mempool until mined. */
  pay(address: string, ...sats: number[]): FakeTx {
    const tx: FakeTx = {
      txid: randomBytes(32).toString("hex"),
      outputs: [...sats.map((value) => ({ address, value })), { address: otherAddress(), value: 12_345 }].sort(() => Math.random() - 0.5),
      height: null,
      time: null,
    };
    this.txs.push(tx);
    return tx;
  }

  /** Mines `count` blocks; the first takes every mempool transaction. */
  mine(count = 1): void {
    const height = this.tip + 1;
    for (const tx of this.txs) if (tx.height === null) Object.assign(tx, { height, time: Math.floor(Date.now() / 1000) });
    this.tip += count;
  }

  /** A mempool transaction replaced (RBF) or a block's transaction reorganised away. */
  drop(txid: string): void {
    this.txs.splice(
      this.txs.findIndex((tx) => tx.txid === txid),
      1,
    );
  }

  private answer(request: FakeRequest): FakeAnswer {
    if (request.method !== "GET") return { status: 405, body: "Method Not Allowed" };
    if (request.url.pathname === "/blocks/tip/height") return { status: 200, body: String(this.tip) };
    const match = /^\/address\/([^/]+)\/txs$/.exec(request.url.pathname);
    if (!match) return { status: 404, body: "Not Found" };
    const address = match[1]!;
    if (!isBech32(address)) return { status: 400, body: "Invalid Bitcoin address" };
    const mine = this.txs.filter((tx) => tx.outputs.some((output) => output.address === address));
    const mempool = mine.filter((tx) => tx.height === null).reverse();
    const confirmed = mine
      .filter((tx) => tx.height !== null)
      .sort((a, b) => b.height! - a.height!)
      .slice(0, 25);
    return { status: 200, body: [...mempool, ...confirmed].map((tx) => this.json(tx)) };
  }

  private json(tx: FakeTx) {
    return {
      txid: tx.txid,
      version: 2,
      locktime: 0,
      vin: [{ txid: randomBytes(32).toString("hex"), vout: 0, is_coinbase: false, sequence: 4294967293 }],
      vout: tx.outputs.map((output) => ({
        scriptpubkey: "0014" + randomBytes(20).toString("hex"),
        scriptpubkey_type: "v0_p2wpkh",
        scriptpubkey_address: output.address,
        value: output.value,
      })),
      size: 222,
      weight: 561,
      fee: 1_410,
      status:
        tx.height === null
          ? { confirmed: false }
          : { confirmed: true, block_height: tx.height, block_hash: randomBytes(32).toString("hex"), block_time: tx.time },
    };
  }
}
