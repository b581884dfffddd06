// The shapes /api/admin/payments/* answers with: they publish that part of the OpenAPI document,
// and tests/api/admin-payments.test.ts parses real answers with them.
import { z } from "zod";
import { PAYMENT_FLAGS } from "../orders/payment-flags";

const when = z.iso.datetime();
const cursor = z.string().nullable().describe("pass as `cursor` for the next page; null on the last page");
const ok = <Shape extends z.ZodRawShape>(shape: Shape) => z.object({ success: z.literal(true), ...shape });

export const receivingAddressSchema = z.object({
  id: z.uuid(),
  coin: z.string(),
  network: z.string().nullable(),
  asset: z.string().nullable(),
  address: z.string(),
  source: z
    .enum(["env", "admin", "demo"])
    .describe("env: RECEIVE_* (fixed here); admin: added in the console; demo: the public test wallet"),
  active: z.boolean(),
  editable: z.boolean().describe("only console-added addresses can be removed here"),
  live_orders: z.number().int().describe("live orders holding an amount on it"),
});

const coinAddressesSchema = z.object({
  coin: z.string(),
  network: z.string(),
  asset: z.string(),
  addresses: z.number().int(),
  from_environment: z.boolean(),
  demo: z.boolean().describe("still paid to the demo wallet"),
  accepts_addresses: z.boolean().describe("false for Bitcoin with an xpub (BTC_XPUB or the console's): each order gets its own address"),
});

const xpubSchema = z.object({
  key: z.string().describe("shortened: the whole key reveals every address it derives"),
  source: z.enum(["env", "admin"]).describe("env: BTC_XPUB (fixed here); admin: entered in the console"),
  kind: z.enum(["xpub", "zpub"]),
  addresses_issued: z.number().int(),
  editable: z.boolean().describe("false for BTC_XPUB: change it in the environment"),
});

export const operatorTransferSchema = z.object({
  id: z.uuid(),
  chain: z.string(),
  coin: z.string(),
  tx_hash: z.string(),
  address: z.string(),
  amount: z.string().describe("in the coin's units"),
  amount_atomic: z.string(),
  time: when,
  outcome: z
    .string()
    .nullable()
    .describe("unmatched, partial, over_paid, already_completed, already_credited, not_payable, paid_undelivered"),
  order_id: z.string().nullable(),
  order_no: z.string().nullable(),
  topup_id: z.string().nullable().describe("the balance top-up the transfer paid or paid again"),
  topup_no: z.string().nullable(),
  topup_user_id: z.string().nullable().describe("the account whose balance the top-up is for"),
  resolved_at: when.nullable(),
  resolution: z.string().nullable().describe("attached:<order id> or dismissed:<note>"),
  attachable: z.boolean(),
});

export const flaggedPaymentSchema = z.object({
  id: z.uuid(),
  order_no: z.string(),
  status: z.string(),
  flag: z
    .enum(PAYMENT_FLAGS)
    .describe(
      "paid_late: delivered after expiry; late_undelivered: paid late, items gone, a guest (refund by hand); late_credited: paid late, items gone, value on the buyer's USDT balance; over_paid: more than asked; partial: the order closed with part of its amount received (see `received`); paid_undelivered: paid in time, delivery could not happen; paid_after_close: a payment the closed order could not take",
    ),
  payment_method: z.string(),
  coin: z.string().nullable(),
  pay_address: z.string().nullable(),
  pay_amount: z.string().nullable(),
  received: z.string().nullable().describe("partial only: what arrived, in the coin's units (pay_amount was asked)"),
  amount: z.number().describe("CNY"),
  contact_email: z.string(),
  has_account: z.boolean(),
  flagged_at: when.nullable().describe("when the flag was raised"),
  paid_at: when.nullable(),
  resolved_at: when.nullable(),
  resolution_note: z.string().nullable(),
});

const railSchema = z.object({
  rail: z.enum(["epay", "alipay", "wechat"]),
  configured: z.boolean(),
  serves: z.array(z.enum(["alipay", "wechat"])),
  settings: z.record(z.string(), z.string().nullable()).describe('identifiers and URLs; secrets only as "set" or null'),
  warnings: z.array(z.string()),
});

export const paymentAnswers = {
  addresses: ok({ coins: z.array(coinAddressesSchema), addresses: z.array(receivingAddressSchema), xpub: xpubSchema.nullable() }),
  xpub: ok({ xpub: xpubSchema.nullable().describe("null once removed"), changed: z.boolean() }),
  address: ok({ address: receivingAddressSchema }),
  addressRemoved: ok({ removed: z.literal(true), changed: z.boolean() }),
  transfers: ok({ transfers: z.array(operatorTransferSchema) }),
  attached: ok({
    outcome: z.enum(["delivered", "delivered_late", "awaiting_delivery", "paid_undelivered", "already_attached"]),
    order_id: z.uuid(),
    order_no: z.string(),
    changed: z.boolean(),
  }),
  dismissed: ok({ dismissed: z.literal(true), changed: z.boolean() }),
  flagged: ok({ payments: z.array(flaggedPaymentSchema), next_cursor: cursor }),
  resolved: ok({ payment: flaggedPaymentSchema, changed: z.boolean() }),
  settings: ok({
    settings: z.object({
      price_source: z.enum(["api", "fixed"]),
      price_api_url: z.string().nullable(),
      fixed_prices: z.array(z.object({ coin: z.string(), price_usdt: z.string().nullable() })),
      fixed_prices_stale_warning: z.boolean().describe("fixed COIN_PRICES_USDT in use: they go stale as markets move"),
      price_markup_percent: z.string(),
      price_cache_seconds: z.number(),
      cny_per_usdt: z.string(),
      confirmations: z.object({
        tron: z.literal("solidified"),
        ethereum: z.number().int(),
        bsc: z.number().int(),
        bitcoin: z.number().int(),
      }),
      poll_seconds: z.number(),
      grace_minutes: z.number().int(),
    }),
  }),
  rails: ok({ rails: z.array(railSchema) }),
  railTest: ok({
    test: z.object({ rail: z.enum(["epay", "alipay", "wechat"]), ok: z.boolean(), message: z.string(), ms: z.number().int() }),
  }),
};
