import "server-only";
import { env } from "../../env";
import { fetchJson, ProviderError } from "./http-json";

// Esplora's REST API (Blockstream, mempool.space and self-hosted): the tip height and an
// address's transactions (mempool first, then the newest confirmed ones).

export type EsploraTx = {
  txid: string;
  status: { confirmed: boolean; block_height?: number; block_time?: number };
  vout: { scriptpubkey_address?: string; value: number }[];
};

const base = () => env.BTC_API_URL.replace(/\/$/, "");

export async function tipHeight(): Promise<number> {
  const height = await fetchJson(`${base()}/blocks/tip/height`);
  if (typeof height !== "number" || !Number.isInteger(height)) throw new ProviderError("Esplora answered no tip height");
  return height;
}

export async function addressTransactions(address: string): Promise<EsploraTx[]> {
  const txs = await fetchJson(`${base()}/address/${address}/txs`);
  if (!Array.isArray(txs)) throw new ProviderError("Esplora answered no transaction list");
  return txs as EsploraTx[];
}
