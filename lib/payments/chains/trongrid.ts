import "server-only";
import { env } from "../../env";
import { fetchJson, ProviderError } from "./http-json";

// TronGrid's REST API (v1 accounts): incoming TRC-20 transfers of one token, and incoming
// native transactions, of one address since a block timestamp, oldest first, page by page.

export type Trc20Transfer = {
  transaction_id: string;
  block_timestamp: number;
  to: string;
  type: string;
  value: string;
  token_info: { address: string };
};

export type TronTransaction = {
  txID: string;
  blockNumber?: number;
  block_timestamp: number;
  ret?: { contractRet?: string }[];
  raw_data: { contract: { type: string; parameter: { value: { amount?: number | string; to_address?: string } } }[] };
};

type Page<T> = { success?: boolean; data?: T[]; meta?: { fingerprint?: string } };

const PAGE_SIZE = 200;
const MAX_PAGES = 10; // a poll reads at most 2,000 transfers per address; the cursor takes the rest next time

async function pages<T>(path: string, params: Record<string, string>): Promise<T[]> {
  const found: T[] = [];
  let fingerprint: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({
      ...params,
      limit: String(PAGE_SIZE),
      order_by: "block_timestamp,asc",
      ...(fingerprint ? { fingerprint } : {}),
    });
    const body = (await fetchJson(`${env.TRON_API_URL.replace(/\/$/, "")}${path}?${query}`, {
      headers: env.TRON_API_KEY ? { "TRON-PRO-API-KEY": env.TRON_API_KEY } : {},
    })) as Page<T>;
    if (body.success !== true || !Array.isArray(body.data)) throw new ProviderError("TronGrid answered without success");
    found.push(...body.data);
    fingerprint = body.meta?.fingerprint;
    if (!fingerprint || body.data.length < PAGE_SIZE) break;
  }
  return found;
}

const view = (confirmed: boolean): Record<string, string> => (confirmed ? { only_confirmed: "true" } : { only_unconfirmed: "true" });

export function trc20TransfersTo(address: string, contract: string, minTimestamp: number, confirmed: boolean): Promise<Trc20Transfer[]> {
  return pages<Trc20Transfer>(`/v1/accounts/${address}/transactions/trc20`, {
    only_to: "true",
    ...view(confirmed),
    contract_address: contract,
    min_timestamp: String(minTimestamp),
  });
}

export function transactionsTo(address: string, minTimestamp: number, confirmed: boolean): Promise<TronTransaction[]> {
  return pages<TronTransaction>(`/v1/accounts/${address}/transactions`, {
    only_to: "true",
    ...view(confirmed),
    min_timestamp: String(minTimestamp),
  });
}
