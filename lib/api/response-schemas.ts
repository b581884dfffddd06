// The shapes the public API answers with, as zod schemas: they publish the OpenAPI
// document, and the API tests parse real answers with them, so the document cannot drift.
import { z } from "zod";
import { COIN_NAMES } from "../payments/crypto/coins";
import { PAYMENT_METHODS } from "../orders/schemas";
import { ORDER_STATUSES } from "../orders/order-statuses";

const yuan = z.number().describe("CNY, at most 2 decimals");

export const errorSchema = z.object({
  success: z.literal(false),
  error: z.string().describe("the contract's message, e.g. `Insufficient stock`"),
  code: z.string().describe("a stable code for programs"),
});

export const productSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  description_zh: z.string(),
  description_en: z.string(),
  category: z.object({ slug: z.string(), name_zh: z.string(), name_en: z.string() }).nullable(),
  price: yuan.describe("unit price in CNY"),
  price_tiers: z.array(z.object({ min_quantity: z.number().int(), price: yuan })),
  min_quantity: z.number().int(),
  max_quantity: z.number().int(),
  stock: z.number().int().describe("items deliverable now"),
  images: z
    .array(z.object({ url: z.string(), width: z.number().int(), height: z.number().int() }))
    .describe("product pictures in display order (the first is the cover); immutable URLs relative to the shop"),
});

export const orderSchema = z.object({
  id: z.uuid(),
  order_no: z.string().regex(/^GS\d{10}[A-Z]{4}$/),
  status: z.enum(ORDER_STATUSES),
  product_id: z.uuid(),
  quantity: z.number().int(),
  unit_price: yuan,
  discount: yuan,
  amount: yuan,
  currency: z.literal("CNY"),
  payment_method: z.enum(PAYMENT_METHODS),
  contact_email: z.string(),
  created_at: z.iso.datetime(),
  expires_at: z.iso.datetime(),
  paid_at: z.iso.datetime().nullable(),
  completed_at: z.iso.datetime().nullable(),
});

export const accountSchema = z.object({
  account: z.string().nullable(),
  password: z.string().nullable(),
  extra: z.array(z.string()),
  raw: z.string().describe("the delivered line as uploaded"),
});

export const paymentSchema = z.union([
  z.object({
    method: z.literal("crypto"),
    coin: z.enum(COIN_NAMES),
    network: z.string(),
    asset: z.string(),
    address: z.string(),
    amount: z.string().describe("exact amount to send, in coin units (decimal string)"),
    amount_atomic: z.string(),
    decimals: z.number().int(),
    expires_at: z.iso.datetime(),
    demo: z.boolean().optional(),
    notice: z.string().optional(),
  }),
  z.object({
    method: z.enum(["alipay", "wechat"]),
    paid: z.literal(false),
    pay_url: z.string().optional().describe("the cashier's page: open it on a phone (it opens the Alipay app)"),
    qr_code: z.string().optional().describe("text to show as a QR code for the provider's app to scan (desktops)"),
    expires_at: z.iso.datetime(),
  }),
  z.object({ method: z.string(), paid: z.boolean() }),
]);

export const createdOrderSchema = z.object({
  success: z.literal(true),
  order: orderSchema,
  payment: paymentSchema,
  access_token: z.string().describe("shown once: the token for GET /api/orders/:id/status"),
  accounts: z.array(accountSchema).optional().describe("present when the order is paid and delivered"),
});

export const paymentProgressSchema = z
  .object({
    state: z
      .enum(["seen", "partial"])
      .describe("`seen`: a matching transfer is on chain, not yet final; `partial`: final transfers short of the amount (Bitcoin)"),
    confirmations: z.number().int(),
    confirmations_required: z.number().int(),
    amount_seen: z.string().optional().describe("with the order's token: amount of the transfers seen, in coin units"),
    received: z.string().optional().describe("with the order's token: final amount received so far"),
    remaining: z.string().optional().describe("with the order's token: what is left to send"),
  })
  .describe("a crypto order's payment as the chain shows it before it is final: payment seen, k of N confirmations");

export const statusSchema = z.object({
  success: z.literal(true),
  status: orderSchema.shape.status,
  paid: z.boolean(),
  delivered: z.boolean(),
  expires_at: z.iso.datetime(),
  payment_progress: paymentProgressSchema.optional(),
  order: orderSchema.optional().describe("with the order's token"),
  payment: paymentSchema.optional().describe("with the order's token"),
  accounts: z.array(accountSchema).optional().describe("with the order's token, once delivered"),
});

export const lookupSchema = z.object({
  success: z.literal(true),
  order: orderSchema,
  payment: paymentSchema.optional().describe("while the order is unpaid: how to pay it"),
  accounts: z.array(accountSchema).optional(),
});

export const loginSchema = z.object({
  success: z.literal(true),
  token: z.string(),
  expires_at: z.iso.datetime(),
  user: z.object({ id: z.uuid(), email: z.string(), balance: yuan, balance_crypto: z.number() }),
});

export const topupSchema = z.object({
  id: z.uuid(),
  topup_no: z.string().regex(/^TU\d{10}[A-Z]{4}$/),
  status: z.enum(["pending", "completed", "expired"]),
  currency: z.enum(["CNY", "USDT"]),
  amount: z.union([yuan, z.string()]).describe("credited to the balance: CNY as a number, USDT as a decimal string"),
  payment_method: z.enum(["alipay", "wechat", "crypto"]),
  created_at: z.iso.datetime(),
  expires_at: z.iso.datetime(),
  paid_at: z.iso.datetime().nullable(),
});

export const topupAnswerSchema = z.object({
  success: z.literal(true),
  topup: topupSchema,
  payment: paymentSchema.describe("how to pay while pending: a crypto address and exact amount, or the cashier's pay_url / qr_code"),
});
