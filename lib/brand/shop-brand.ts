import "server-only";
import { db } from "../db";
import { env } from "../env";
import type { Locale } from "../i18n/routing";
import { brandImageUrl } from "../images/product-image-urls";
import { readableOnWhite } from "./accent-palette";
import { getShopSettings } from "../settings/shop-settings";
import { keptCopy } from "../cache/kept-copy";

type BrandImage = { url: string; width: number; height: number };

export type ShopBrand = {
  shopName: Record<Locale, string | null>;
  /** #rrggbb, already darkened where white text would not read on it. */
  accentColor: string;
  /** True when the accent is the built-in one (no stylesheet needed). */
  defaultAccent: boolean;
  operator: string | null;
  contact: { email: string; telegram: string | null; wechat: string | null; qq: string | null };
  afterSale: Record<Locale, string | null>;
  logo: BrandImage | null;
  favicon: (BrandImage & { sha256: string }) | null;
};

export const DEFAULT_ACCENT = "#4338ca";
const BRAND_LIFETIME_MS = 5_000;
const brand = keptCopy(loadBrand, { lifetimeMs: BRAND_LIFETIME_MS });

/** The brand as the storefront shows it, at most a few seconds old (settings change rarely). */
export const shopBrand = (): Promise<ShopBrand> => brand.read();

/** Drops this instance's copy (after a write here; other instances follow within BRAND_LIFETIME_MS). */
export const invalidateShopBrand = (): void => brand.invalidate();

async function loadBrand(): Promise<ShopBrand> {
  // The operator's settings (the console's settings page, PATCH /api/admin/settings) win; an
  // empty one falls back to its environment variable, then to the built-in default.
  const [settings, images] = await Promise.all([
    getShopSettings(),
    db.brandImage.findMany({ select: { kind: true, sha256: true, contentType: true, width: true, height: true } }),
  ]);
  const read = (value: string, fallback?: string) => value.trim() || fallback?.trim() || null;
  const accent = read(settings.accent_color) ?? env.SHOP_ACCENT_COLOR;
  const image = (kind: string) => {
    const row = images.find((entry) => entry.kind === kind);
    return row ? { url: brandImageUrl(row), width: row.width, height: row.height, sha256: row.sha256 } : null;
  };
  return {
    shopName: { zh: read(settings.shop_name_zh, env.SHOP_NAME), en: read(settings.shop_name_en, env.SHOP_NAME) },
    accentColor: readableOnWhite(accent),
    defaultAccent: accent.toLowerCase() === DEFAULT_ACCENT,
    operator: read(settings.operator, env.SHOP_OPERATOR),
    contact: {
      email: read(settings.support_email, env.SUPPORT_EMAIL)!,
      telegram: read(settings.support_telegram, env.SUPPORT_TELEGRAM)?.replace(/^@/, "") ?? null,
      wechat: read(settings.support_wechat, env.SUPPORT_WECHAT),
      qq: read(settings.support_qq, env.SUPPORT_QQ),
    },
    afterSale: { zh: read(settings.after_sale_zh), en: read(settings.after_sale_en) },
    logo: image("logo"),
    favicon: image("favicon"),
  };
}

/** The product's own name, for a shop that has not named itself. */
export const DEFAULT_SHOP_NAME = "Stockline";

/** The shop's name in a locale (the operator's, else the default). */
export async function shopName(locale: Locale): Promise<string> {
  return (await shopBrand()).shopName[locale] ?? DEFAULT_SHOP_NAME;
}
