import "server-only";
// The crypto rules the operator may change in the console (PATCH /api/admin/settings): how
// many confirmations each chain's payments wait for, and the price markup. Unset, they are
// the environment's (ETH_/BSC_/BTC_CONFIRMATIONS, PRICE_MARKUP_PERCENT). Read at each use,
// through the settings' short-lived copy, so a change reaches every instance's next poll.
import { env } from "../env";
import { getShopSettings } from "./shop-settings";

export type ConfirmedChain = "ethereum" | "bsc" | "bitcoin";

export async function requiredConfirmations(chain: ConfirmedChain): Promise<number> {
  const settings = await getShopSettings();
  if (chain === "ethereum") return settings.eth_confirmations ?? env.ETH_CONFIRMATIONS;
  if (chain === "bsc") return settings.bsc_confirmations ?? env.BSC_CONFIRMATIONS;
  return settings.btc_confirmations ?? env.BTC_CONFIRMATIONS;
}

/** The markup as a percentage string with up to two decimals ("1.5"). */
export async function priceMarkupPercent(): Promise<string> {
  return (await getShopSettings()).price_markup_percent ?? env.PRICE_MARKUP_PERCENT;
}
