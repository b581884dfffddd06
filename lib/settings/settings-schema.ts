// The shop settings the operator edits (PATCH /api/admin/settings, the console's settings page).
import { z } from "zod";

const text = (max: number) => z.string("must be a string").trim().max(max, `at most ${max} characters`);
const confirmations = (field: string) =>
  z
    .number(`${field} must be an integer`)
    .int(`${field} must be an integer`)
    .min(1, `${field} must be at least 1`)
    .max(1000, `${field} must be at most 1000`)
    .nullable();

export const settingsSchema = z.strictObject({
  shop_name_zh: text(40).describe("empty: the built-in name"),
  shop_name_en: text(40),
  announcement_zh: text(500).describe("a banner on every storefront page; empty: none"),
  announcement_en: text(500),
  support_text_zh: text(2000).describe("Markdown shown on the contact page and the order pages; empty: none"),
  support_text_en: text(2000),
  // The brand and contact channels (lib/brand/shop-brand.ts); empty: the SHOP_* / SUPPORT_* environment value.
  accent_color: z
    .union([z.literal(""), z.string().regex(/^#[0-9a-fA-F]{6}$/, "accent_color must be a colour such as #4338ca")])
    .describe("#rrggbb; darkened where white text would not read on it"),
  operator: text(120).describe("who runs the shop, named in the footer"),
  support_email: z.union([z.literal(""), z.email("support_email must be an email address")]),
  support_telegram: z.union([
    z.literal(""),
    z.string().regex(/^@?[A-Za-z0-9_]{5,32}$/, "support_telegram must be a Telegram username such as @myshop_support"),
  ]),
  support_wechat: text(60),
  support_qq: z.union([z.literal(""), z.string().regex(/^\d{5,12}$/, "support_qq must be a QQ number")]),
  after_sale_zh: text(500).describe("the after-sale promise under the buy button; empty: the built-in promise"),
  after_sale_en: text(500),
  order_ttl_minutes: z
    .number("order_ttl_minutes must be an integer")
    .int("order_ttl_minutes must be an integer")
    .min(1, "order_ttl_minutes must be at least 1")
    .max(24 * 60, "order_ttl_minutes must be at most 1440")
    .nullable()
    .describe("minutes an unpaid order holds its items; null: ORDER_TTL_MINUTES"),
  // What crypto payments wait for and how coins are priced; null: the environment's value.
  eth_confirmations: confirmations("eth_confirmations").describe("blocks an Ethereum payment waits for; null: ETH_CONFIRMATIONS"),
  bsc_confirmations: confirmations("bsc_confirmations").describe("blocks a BSC payment waits for; null: BSC_CONFIRMATIONS"),
  btc_confirmations: confirmations("btc_confirmations").describe("blocks a Bitcoin payment waits for; null: BTC_CONFIRMATIONS"),
  price_markup_percent: z
    .string('price_markup_percent must be a string such as "1.5"')
    .regex(/^\d{1,2}(\.\d{1,2})?$/, "price_markup_percent must be a percentage such as 2 or 1.5")
    .nullable()
    .describe("how much more coin a buyer is asked than the price source's price says; null: PRICE_MARKUP_PERCENT"),
});
export const updateSettingsSchema = settingsSchema
  .partial()
  .refine((input) => Object.values(input).some((value) => value !== undefined), "send at least one setting");

export type ShopSettings = z.infer<typeof settingsSchema>;

/** Every setting unset: the built-in texts and the environment's values apply. */
export const UNSET_SETTINGS: ShopSettings = {
  shop_name_zh: "",
  shop_name_en: "",
  announcement_zh: "",
  announcement_en: "",
  support_text_zh: "",
  support_text_en: "",
  accent_color: "",
  operator: "",
  support_email: "",
  support_telegram: "",
  support_wechat: "",
  support_qq: "",
  after_sale_zh: "",
  after_sale_en: "",
  order_ttl_minutes: null,
  eth_confirmations: null,
  bsc_confirmations: null,
  btc_confirmations: null,
  price_markup_percent: null,
};
