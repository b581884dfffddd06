import "server-only";
// The Bitcoin account key each order's own address is derived from (BIP84,
// lib/payments/crypto/btc-addresses.ts): BTC_XPUB when the environment sets it (authoritative:
// the console shows it as fixed), otherwise the one the operator entered in the console, kept in
// the settings table under `btc_xpub` (lib/admin/payments/btc-xpub.ts). Read through a copy at
// most CATALOG_CACHE_MS old, dropped at once by a change in this instance, as the shop's settings are.
import { db } from "../../db";
import { env } from "../../env";
import { parseAccountKey } from "./xpub";
import { keptCopy } from "../../cache/kept-copy";

export const XPUB_SETTING = "btc_xpub";

export type BtcXpub = { key: string; source: "env" | "admin" };

const consoleXpub = keptCopy(
  async (): Promise<BtcXpub | null> => {
    const row = await db.setting.findUnique({ where: { key: XPUB_SETTING } });
    const key = row ? storedKey(row.value) : null;
    return key ? { key, source: "admin" } : null;
  },
  { lifetimeMs: () => env.CATALOG_CACHE_MS },
);

export async function btcXpub(): Promise<BtcXpub | null> {
  if (env.BTC_XPUB) return { key: env.BTC_XPUB, source: "env" };
  return consoleXpub.read();
}

export const forgetBtcXpub = (): void => consoleXpub.invalidate();

/** The stored key, checked again as it is read: a row that is no account key gives no addresses. */
function storedKey(value: string): string | null {
  try {
    const key: unknown = JSON.parse(value);
    if (typeof key !== "string") return null;
    parseAccountKey(key);
    return key;
  } catch {
    return null;
  }
}

/** How the key is shown and recorded: shortened, as the whole key reveals every address it derives. */
export const shortXpub = (key: string) => `${key.slice(0, 12)}…${key.slice(-8)}`;
