// A fake TronGrid (https://api.trongrid.io) speaking its v1 accounts API in the real format:
// `/v1/accounts/{address}/transactions/trc20` and `/v1/accounts/{address}/transactions`,
// with only_to / only_confirmed / only_unconfirmed / contract_address / min_timestamp /
// limit / order_by / fingerprint. Like TronGrid it refuses an invalid address or limit, and
// (when given one) a request without the right TRON-PRO-API-KEY.
import { randomBytes } from "node:crypto";
import { isTronAddress, tronFromHex, tronToHex } from "@/lib/payments/crypto/address-format";
import { FakeServer, type FakeAnswer, type FakeRequest } from "./fake-server";

export const TRON_USDT = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";

type Trc20Row = {
  kind: "trc20";
  txid: string;
  to: string;
  from: string;
  value: string;
  contract: string;
  symbol: string;
  timestamp: number;
  confirmed: boolean;
};
type TrxRow = {
  kind: "trx";
  txid: string;
  to: string;
  from: string;
  amount: string;
  result: string;
  type: string;
  block: number;
  timestamp: number;
  confirmed: boolean;
};

export const randomTronAddress = () => tronFromHex(`41${randomBytes(20).toString("hex")}`);
export const randomTxId = () => randomBytes(32).toString("hex");

const error = (status: number, message: string): FakeAnswer => ({ status, body: { success: false, error: message, statusCode: status } });

export class FakeTronGrid extends FakeServer {
  readonly rows: (Trc20Row | TrxRow)[] = [];
  private block = 60_000_000;

  constructor(readonly apiKey?: string) {
    super((request) => this.answer(request));
  }

  /** A TRC-20 Transfer event to `to` (default: Tether's contract), unconfirmed until `confirmed`. */
  addTrc20(transfer: {
    to: string;
    value: bigint;
    contract?: string;
    symbol?: string;
    timestamp?: number;
    confirmed?: boolean;
    txid?: string;
  }) {
    const row: Trc20Row = {
      kind: "trc20",
      txid: transfer.txid ?? randomTxId(),
      to: transfer.to,
      from: randomTronAddress(),
      value: transfer.value.toString(),
      contract: transfer.contract ?? TRON_USDT,
      symbol: transfer.symbol ?? "USDT",
      timestamp: transfer.timestamp ?? Date.now(),
      confirmed: transfer.confirmed ?? true,
    };
    this.rows.push(row);
    return row;
  }

  /** A native TRX TransferContract to `to`; `result` is its contractRet (SUCCESS, REVERT, ...). */
  addTrx(transfer: { to: string; sun: bigint; result?: string; type?: string; timestamp?: number; confirmed?: boolean }) {
    const row: TrxRow = {
      kind: "trx",
      txid: randomTxId(),
      to: transfer.to,
      from: randomTronAddress(),
      amount: transfer.sun.toString(),
      result: transfer.result ?? "SUCCESS",
      type: transfer.type ?? "TransferContract",
      block: ++this.block,
      timestamp: transfer.timestamp ?? Date.now(),
      confirmed: transfer.confirmed ?? true,
    };
    this.rows.push(row);
    return row;
  }

  private answer(request: FakeRequest): FakeAnswer {
    if (this.apiKey && request.headers["tron-pro-api-key"] !== this.apiKey) {
      return { status: 401, body: { Error: "ApiKey not exists" } };
    }
    const match = /^\/v1\/accounts\/([^/]+)\/transactions(\/trc20)?$/.exec(request.url.pathname);
    if (request.method !== "GET" || !match) return error(404, "Not Found");
    const [, address, trc20] = match;
    if (!isTronAddress(address!)) return error(400, `${address} is not a valid address`);
    const q = request.url.searchParams;
    const limit = Number(q.get("limit") ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) return error(400, "limit must be between 1 and 200");
    const minTimestamp = Number(q.get("min_timestamp") ?? 0);
    const contract = q.get("contract_address");
    const onlyConfirmed = q.get("only_confirmed") === "true";
    const onlyUnconfirmed = q.get("only_unconfirmed") === "true";
    const onlyTo = q.get("only_to") === "true";
    const ascending = q.get("order_by") === "block_timestamp,asc";
    const rows = this.rows
      .filter((row) => row.kind === (trc20 ? "trc20" : "trx"))
      .filter((row) => row.to === address || (!onlyTo && row.from === address))
      .filter((row) => row.timestamp >= minTimestamp)
      .filter((row) => !(onlyConfirmed && !row.confirmed) && !(onlyUnconfirmed && row.confirmed))
      .filter((row) => !contract || (row.kind === "trc20" && row.contract === contract))
      .sort((a, b) => (ascending ? a.timestamp - b.timestamp : b.timestamp - a.timestamp));
    const offset = Number(Buffer.from(q.get("fingerprint") ?? "", "base64").toString() || 0);
    const page = rows.slice(offset, offset + limit);
    const more = offset + limit < rows.length;
    return {
      status: 200,
      body: {
        data: page.map((row) => (row.kind === "trc20" ? trc20Json(row) : trxJson(row))),
        success: true,
        meta: {
          at: Date.now(),
          page_size: page.length,
          ...(more ? { fingerprint: Buffer.from(String(offset + limit)).toString("base64") } : {}),
        },
      },
    };
  }
}

function trc20Json(row: Trc20Row) {
  return {
    transaction_id: row.txid,
    token_info: { symbol: row.symbol, address: row.contract, decimals: 6, name: "Tether USD" },
    block_timestamp: row.timestamp,
    from: row.from,
    to: row.to,
    type: "Transfer",
    value: row.value,
  };
}

function trxJson(row: TrxRow) {
  return {
    ret: [{ contractRet: row.result, fee: 0 }],
    signature: [randomBytes(65).toString("hex")],
    txID: row.txid,
    net_usage: 268,
    raw_data_hex: "0a02",
    net_fee: 0,
    energy_usage: 0,
    blockNumber: row.block,
    block_timestamp: row.timestamp,
    energy_fee: 0,
    energy_usage_total: 0,
    raw_data: {
      contract: [
        {
          parameter: {
            value: { amount: Number(row.amount), owner_address: tronToHex(row.from), to_address: tronToHex(row.to) },
            type_url: "type.googleapis.com/protocol.TransferContract",
          },
          type: row.type,
        },
      ],
      ref_block_bytes: "b9a3",
      ref_block_hash: "2ba3ae0a4a8e9d21",
      expiration: row.timestamp + 60_000,
      timestamp: row.timestamp - 1_000,
    },
    internal_transactions: [],
  };
}
