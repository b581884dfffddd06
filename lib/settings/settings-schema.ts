// The shop settings the operator edits (PATCH /api/admin/settings, the console's settings page).
import { z } from "zod";

const text = (max: number) => z.string("must be a string").trim().max(max, `at most ${max} characters`);

export const settingsSchema = z.strictObject({
  shop_name_zh: text(40).describe("empty: the built-in name"),
  shop_name_en: text(40),
  announcement_zh: text(500).describe("a banner on every storefront page; empty: none"),
  announcement_en: text(500),
  support_text_zh: text(2000).describe("Markdown shown on the contact page and the order pages; empty: none"),
  support_text_en: text(2000),
  order_ttl_minutes: z
    .number("order_ttl_minutes must be an integer")
    .int("order_ttl_minutes must be an integer")
    .min(1, "order_ttl_minutes must be at least 1")
    .max(24 * 60, "order_ttl_minutes must be at most 1440")
    .nullable()
    .describe("minutes an unpaid order holds its items; null: ORDER_TTL_MINUTES"),
});
export const updateSettingsSchema = settingsSchema.partial();
