// The shapes /api/admin/* answers with: they publish the admin part of the OpenAPI document,
// and the admin API tests parse real answers with them, so the document cannot drift.
import { z } from "zod";

const yuan = z.number().describe("CNY, at most 2 decimals");
const when = z.iso.datetime();
const cursor = z.string().nullable().describe("pass as `cursor` for the next page; null on the last page");

export const adminProductSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  description_zh: z.string(),
  description_en: z.string(),
  category: z.object({ slug: z.string(), name_zh: z.string(), name_en: z.string() }).nullable(),
  price: yuan,
  price_tiers: z.array(z.object({ min_quantity: z.number().int(), price: yuan })),
  min_quantity: z.number().int(),
  max_quantity: z.number().int(),
  delimiter: z.string(),
  listed: z.boolean(),
  sort_order: z.number().int(),
  low_stock_threshold: z.number().int(),
  kind: z.enum(["stock", "reusable", "manual"]),
  shown_stock: z.number().int().nullable().describe("reusable and manual products: the stock shown; null: unlimited"),
  stock: z.number().int().describe("available items"),
  stock_counts: z.object({ available: z.number().int(), reserved: z.number().int(), sold: z.number().int() }),
  created_at: when,
  updated_at: when,
});

export const categorySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  sort_order: z.number().int(),
  products: z.number().int(),
});

export const couponSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(["percent", "fixed"]),
  value: z.number().describe("percent: whole percent; fixed: CNY"),
  product_id: z.uuid().nullable(),
  uses_left: z.number().int().nullable(),
  used_count: z.number().int(),
  expires_at: when.nullable(),
  active: z.boolean(),
  created_at: when,
});

export const importResultSchema = z.object({
  success: z.literal(true),
  added: z.number().int(),
  duplicates: z.number().int().describe("lines skipped: repeated in the file or already in stock"),
  blank: z.number().int(),
});

export const stockItemSchema = z.object({
  id: z.number().int(),
  status: z.enum(["available", "reserved", "sold"]),
  content: z.string().describe("the line as uploaded"),
  order_no: z.string().nullable(),
  created_at: when,
});

export const orderSummarySchema = z.object({
  id: z.uuid(),
  order_no: z.string(),
  status: z.string(),
  product: z.object({ id: z.uuid(), slug: z.string(), name_zh: z.string(), name_en: z.string() }),
  quantity: z.number().int(),
  amount: yuan,
  payment_method: z.string(),
  coin: z.string().nullable(),
  contact_email: z.string(),
  account_email: z.string().nullable(),
  created_at: when,
  paid_at: when.nullable(),
  expires_at: when,
});

export const orderDetailSchema = orderSummarySchema.extend({
  unit_price: yuan,
  discount: yuan,
  coupon_code: z.string().nullable(),
  pay_address: z.string().nullable(),
  pay_amount_atomic: z.string().nullable(),
  pay_rail: z.string().nullable().describe("the cashier rail (epay, alipay, wechat) that took an Alipay / WeChat Pay payment"),
  pay_debit: z.string().nullable().describe("balance debited, in the balance's minor units"),
  completed_at: when.nullable(),
  delimiter: z.string(),
  payments: z.array(z.object({ source: z.string(), amount: z.string().nullable(), outcome: z.string(), created_at: when })),
  operator_actions: z.array(z.object({ action: z.string(), actor_email: z.string(), note: z.string().nullable(), created_at: when })),
  items: z.array(z.object({ id: z.number().int(), status: z.string(), content: z.string() })),
  kind: z.enum(["stock", "reusable", "manual"]).describe("how the order is delivered"),
  payment_flag: z
    .string()
    .nullable()
    .describe(
      "what the operator should look at (GET /api/admin/payments/flagged): late_undelivered and paid_undelivered orders can be refunded",
    ),
  delivered_lines: z.array(z.string()).describe("reusable and manual orders: the lines delivered (they hold no stock items)"),
});

export const adminUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.string(),
  balance: yuan,
  balance_crypto: z.string().describe("USDT, decimal string"),
  created_at: when,
  disabled_at: when.nullable(),
  two_factor: z.boolean(),
  api_orders: z.enum(["open", "needs_approval", "approved"]).describe("whether the account's API tokens may place balance orders"),
});

export const ledgerEntrySchema = z.object({
  id: z.uuid(),
  currency: z.enum(["CNY", "USDT"]),
  amount: z.string().describe("signed decimal"),
  balance_after: z.string(),
  reason: z.string(),
  reference: z.string().nullable(),
  created_at: when,
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  created_at: when,
  actor_id: z.string().nullable(),
  actor_email: z.string(),
  ip: z.string(),
  action: z.string().describe("e.g. product.update, order.refund, user.balance_adjust"),
  entity_type: z.string(),
  entity_id: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const settingsSchemaOut = z.object({
  shop_name_zh: z.string(),
  shop_name_en: z.string(),
  announcement_zh: z.string(),
  announcement_en: z.string(),
  support_text_zh: z.string(),
  support_text_en: z.string(),
  accent_color: z.string().describe("#rrggbb, or empty: SHOP_ACCENT_COLOR"),
  operator: z.string(),
  support_email: z.string(),
  support_telegram: z.string(),
  support_wechat: z.string(),
  support_qq: z.string(),
  after_sale_zh: z.string(),
  after_sale_en: z.string(),
  order_ttl_minutes: z.number().int().nullable(),
  eth_confirmations: z.number().int().nullable().describe("null: ETH_CONFIRMATIONS"),
  bsc_confirmations: z.number().int().nullable().describe("null: BSC_CONFIRMATIONS"),
  btc_confirmations: z.number().int().nullable().describe("null: BTC_CONFIRMATIONS"),
  price_markup_percent: z.string().nullable().describe('a percentage such as "1.5"; null: PRICE_MARKUP_PERCENT'),
});

export const blacklistEntrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(["email", "domain", "ip"]),
  value: z.string().describe("lower-cased; a domain without @; an IP as the shop sees the client's address"),
  note: z.string(),
  created_at: when,
});

const ok = <Shape extends z.ZodRawShape>(shape: Shape) => z.object({ success: z.literal(true), ...shape });

export const answers = {
  products: ok({ products: z.array(adminProductSchema) }),
  product: ok({ product: adminProductSchema }),
  productDeleted: ok({ deleted: z.boolean(), unlisted: z.boolean().describe("true when the product has orders: it is unlisted instead") }),
  categories: ok({ categories: z.array(categorySchema) }),
  category: ok({ category: categorySchema }),
  categoryDeleted: ok({ deleted: z.literal(true) }),
  coupons: ok({ coupons: z.array(couponSchema), next_cursor: cursor }),
  coupon: ok({ coupon: couponSchema }),
  couponDeleted: ok({ deleted: z.boolean(), deactivated: z.boolean().describe("true when orders used it: it is deactivated instead") }),
  imported: importResultSchema,
  stockItems: ok({ items: z.array(stockItemSchema), next_cursor: cursor }),
  stockDeleted: ok({ deleted: z.number().int() }),
  orders: ok({ orders: z.array(orderSummarySchema), next_cursor: cursor }),
  order: ok({ order: orderDetailSchema }),
  confirmed: ok({
    outcome: z.enum([
      "delivered",
      "delivered_late",
      "awaiting_delivery",
      "paid_undelivered",
      "duplicate",
      "already_completed",
      "not_payable",
    ]),
    changed: z.boolean(),
    confirmed_by: z.string().optional(),
  }),
  cancelled: ok({ status: z.literal("cancelled"), changed: z.boolean() }),
  refunded: ok({
    status: z.literal("refunded"),
    credited: z.object({ currency: z.enum(["CNY", "USDT"]), amount: z.union([z.number(), z.string()]) }).nullable(),
    changed: z.boolean(),
  }),
  users: ok({ users: z.array(adminUserSchema), next_cursor: cursor }),
  user: ok({ user: adminUserSchema.extend({ orders: z.number().int(), live_tokens: z.number().int() }) }),
  userState: ok({ user: adminUserSchema }),
  ledger: ok({ entries: z.array(ledgerEntrySchema), next_cursor: cursor }),
  adjustment: ok({
    adjustment: z.object({ currency: z.enum(["CNY", "USDT"]), amount: z.string(), balance_after: z.string(), reason: z.string() }),
  }),
  revoked: ok({ revoked: z.number().int() }),
  twoFactorReset: ok({ two_factor: z.literal(false) }),
  audit: ok({ entries: z.array(auditEntrySchema), next_cursor: cursor }),
  settings: ok({ settings: settingsSchemaOut }),
  // Blacklist (lib/admin/blacklist.ts)
  blacklist: ok({ entries: z.array(blacklistEntrySchema), next_cursor: cursor }),
  blacklistEntry: ok({ entry: blacklistEntrySchema }),
  blacklistRemoved: ok({ deleted: z.literal(true) }),
  deliveredByHand: ok({ status: z.literal("completed"), changed: z.boolean().describe("false: it was delivered already") }),
};
