// The crypto rail's configuration, validated with the rest of lib/env.ts: receiving
// addresses per coin (checked by checksum), the Bitcoin xpub, chain endpoints, confirmations
// and the price source.
import { z } from "zod";
import { isAddressFor } from "./address-format";
import type { Coin } from "./coins";
import { parseAccountKey } from "./xpub";

const unsetIfEmpty = <T extends z.ZodType>(type: T) => z.preprocess((value) => (value === "" ? undefined : value), type);
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/** `RECEIVE_<COIN>`: comma-separated addresses, each valid for the coin's network; empty = none. */
const addressList = (coin: Coin) =>
  z
    .string()
    .default("")
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean),
      ),
    ])
    .superRefine((addresses, ctx) => {
      for (const address of addresses) {
        if (!isAddressFor(coin, address)) ctx.addIssue({ code: "custom", message: `not a valid ${coin} address: ${address}` });
      }
    });

const xpub = unsetIfEmpty(
  z
    .string()
    .optional()
    .superRefine((key, ctx) => {
      if (key === undefined) return;
      try {
        parseAccountKey(key);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
);

const confirmations = (fallback: number) => z.coerce.number().int().min(1).max(1000).default(fallback);

export const cryptoEnv = {
  RECEIVE_TRC20_USDT: addressList("trc20_usdt"),
  RECEIVE_ERC20_USDT: addressList("erc20_usdt"),
  RECEIVE_BEP20_USDT: addressList("bep20_usdt"),
  RECEIVE_TRX: addressList("trx"),
  RECEIVE_ETH: addressList("eth"),
  RECEIVE_BNB: addressList("bnb"),
  BTC_XPUB: xpub,
  TRON_API_URL: unsetIfEmpty(httpUrl.default("https://api.trongrid.io")),
  TRON_API_KEY: unsetIfEmpty(z.string().optional()),
  ETH_RPC_URL: unsetIfEmpty(httpUrl.optional()),
  BSC_RPC_URL: unsetIfEmpty(httpUrl.optional()),
  BTC_API_URL: unsetIfEmpty(httpUrl.default("https://mempool.space/api")),
  // 0 turns the watchers off in this instance; fractions are for tests against local fakes.
  CRYPTO_POLL_SECONDS: z.coerce.number().min(0).max(3600).default(15),
  ETH_CONFIRMATIONS: confirmations(12),
  BSC_CONFIRMATIONS: confirmations(15),
  BTC_CONFIRMATIONS: confirmations(1),
  PRICE_API_URL: unsetIfEmpty(httpUrl.optional()),
  // How long one answer of the price source is used: brief, so a price is never stale.
  PRICE_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(30),
  PRICE_MARKUP_PERCENT: z
    .string()
    .regex(/^\d{1,2}(\.\d{1,2})?$/, "a percentage such as 2 or 1.5")
    .default("0"),
};

type CryptoEnv = z.infer<z.ZodObject<typeof cryptoEnv>>;

/** Receiving addresses that no watcher could ever see are refused at start, not silently ignored. */
export function checkCryptoEnv(value: CryptoEnv, ctx: z.RefinementCtx): void {
  const needs = [
    ["ETH_RPC_URL", value.ETH_RPC_URL, ["RECEIVE_ERC20_USDT", "RECEIVE_ETH"]],
    ["BSC_RPC_URL", value.BSC_RPC_URL, ["RECEIVE_BEP20_USDT", "RECEIVE_BNB"]],
  ] as const;
  for (const [endpoint, url, lists] of needs) {
    for (const list of lists) {
      if (value[list].length && !url) ctx.addIssue({ code: "custom", path: [list], message: `needs ${endpoint} to watch these addresses` });
    }
  }
}
