import "server-only";
// The shop's settings the operator changes in the console (settings table, one row per key):
// the shop's name, an announcement banner, the support text (each in zh and en), the brand
// and contact channels (read by lib/brand/shop-brand.ts), the order expiry, and the crypto
// confirmations and price markup (lib/settings/crypto-rules.ts). Unset keys fall back to the
// built-in texts and the environment's values. Read
// through a copy at most CATALOG_CACHE_MS old, dropped at once by a write in this instance.
import { db, transaction } from "../db";
import { env } from "../env";
import { recordAudit } from "../admin/audit";
import type { Actor } from "../admin/actor";
import { settingsSchema, UNSET_SETTINGS, type ShopSettings } from "./settings-schema";
import { invalidateShopBrand } from "../brand/shop-brand";
import { keptCopy } from "../cache/kept-copy";

export type { ShopSettings };
const KEYS = Object.keys(settingsSchema.shape) as (keyof ShopSettings)[];

const kept = keptCopy(async () => fromRows(await db.setting.findMany({ where: { key: { in: KEYS } } })), {
  lifetimeMs: () => env.CATALOG_CACHE_MS,
});

function fromRows(rows: { key: string; value: string }[]): ShopSettings {
  const settings = { ...UNSET_SETTINGS };
  for (const row of rows) {
    if (!(KEYS as string[]).includes(row.key)) continue;
    const parsed = settingsSchema.shape[row.key as keyof ShopSettings].safeParse(JSON.parse(row.value));
    if (parsed.success) (settings as Record<string, unknown>)[row.key] = parsed.data;
  }
  return settings;
}

export const getShopSettings = (): Promise<ShopSettings> => kept.read();

/** How long a new unpaid order holds its items. */
export async function orderTtlMinutes(): Promise<number> {
  return (await getShopSettings()).order_ttl_minutes ?? env.ORDER_TTL_MINUTES;
}

/**
 * The longest time an order placed now or earlier may hold its items: the operator's setting
 * or the environment's default, whichever is longer, so a watcher's look back still covers
 * orders placed before the operator shortened it.
 */
export async function longestOrderTtlMinutes(): Promise<number> {
  return Math.max(await orderTtlMinutes(), env.ORDER_TTL_MINUTES);
}

export async function updateShopSettings(actor: Actor, input: Partial<ShopSettings>): Promise<ShopSettings> {
  try {
    return await transaction(async (tx) => {
      const before = fromRows(await tx.setting.findMany({ where: { key: { in: KEYS } } }));
      for (const key of KEYS) {
        if (input[key] === undefined) continue;
        const value = JSON.stringify(input[key]);
        await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
      }
      const after = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) } as ShopSettings;
      await recordAudit(tx, actor, { action: "settings.update", entityType: "settings", entityId: "shop", before, after });
      return after;
    });
  } finally {
    kept.invalidate();
    invalidateShopBrand();
  }
}
