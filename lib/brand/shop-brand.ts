import "server-only";
import { db } from "../db";
import { env } from "../env";
import type { Locale } from "../i18n/routing";
import { brandImageUrl } from "../images/product-image-urls";
import { readableOnWhite } from "./accent-palette";

/**
 * The settings-table keys the storefront reads for its brand and contact channels (the admin
 * console writes them). Each falls back to its environment variable, then to the built-in
 * default; an empty value means "not set".
 */
export const BRAND_SETTING_KEYS = {
  shopNameZh: "brand.shop_name_zh",
  shopNameEn: "brand.shop_name_en",
  accentColor: "brand.accent_color",
  operator: "brand.operator",
  supportEmail: "support.email",
  telegram: "support.telegram",
  wechat: "support.wechat",
  qq: "support.qq",
  afterSaleZh: "support.after_sale_zh",
  afterSaleEn: "support.after_sale_en",
} as const;

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
const TTL_MS = 5_000;
let cache: { at: number; brand: ShopBrand } | undefined;

/** The brand as the storefront shows it, at most a few seconds old (settings change rarely). */
export async function shopBrand(): Promise<ShopBrand> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.brand;
  const brand = await loadBrand();
  cache = { at: Date.now(), brand };
  return brand;
}

/** Drops this instance's copy (after a write here; other instances follow within TTL_MS). */
export function invalidateShopBrand(): void {
  cache = undefined;
}

async function loadBrand(): Promise<ShopBrand> {
  const [settings, images] = await Promise.all([
    db.setting.findMany({ where: { key: { in: Object.values(BRAND_SETTING_KEYS) } } }),
    db.brandImage.findMany({ select: { kind: true, sha256: true, contentType: true, width: true, height: true } }),
  ]);
  const values = new Map(settings.map((row) => [row.key, row.value.trim()]));
  const read = (key: keyof typeof BRAND_SETTING_KEYS, fallback?: string) => values.get(BRAND_SETTING_KEYS[key]) || fallback?.trim() || null;
  const accentSetting = read("accentColor");
  const accent = accentSetting && /^#[0-9a-fA-F]{6}$/.test(accentSetting) ? accentSetting : env.SHOP_ACCENT_COLOR;
  const image = (kind: string) => {
    const row = images.find((entry) => entry.kind === kind);
    return row ? { url: brandImageUrl(row), width: row.width, height: row.height, sha256: row.sha256 } : null;
  };
  return {
    shopName: { zh: read("shopNameZh", env.SHOP_NAME), en: read("shopNameEn", env.SHOP_NAME) },
    accentColor: readableOnWhite(accent),
    defaultAccent: accent.toLowerCase() === DEFAULT_ACCENT,
    operator: read("operator", env.SHOP_OPERATOR),
    contact: {
      email: read("supportEmail", env.SUPPORT_EMAIL)!,
      telegram: read("telegram", env.SUPPORT_TELEGRAM)?.replace(/^@/, "") ?? null,
      wechat: read("wechat", env.SUPPORT_WECHAT),
      qq: read("qq", env.SUPPORT_QQ),
    },
    afterSale: { zh: read("afterSaleZh"), en: read("afterSaleEn") },
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
