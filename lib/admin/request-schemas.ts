// The request bodies of the operator's writes (/api/admin/* and the console's forms): they
// validate input and publish the OpenAPI document. Database-free, so the document (and its
// unit test) can import them anywhere.
import { z } from "zod";
import { parseDecimal } from "../money";
import { pageSize } from "./paging";

// Categories
const categoryFields = {
  slug: z
    .string("slug must be a string")
    .trim()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, "slug: lowercase letters, digits and dashes, at most 64 characters"),
  name_zh: z.string("name_zh must be a string").trim().min(1, "name_zh is required").max(60, "name_zh is at most 60 characters"),
  name_en: z.string("name_en must be a string").trim().min(1, "name_en is required").max(60, "name_en is at most 60 characters"),
  sort_order: z.number("sort_order must be an integer").int("sort_order must be an integer").min(-1_000_000).max(1_000_000),
};

export const createCategorySchema = z.strictObject({ ...categoryFields, sort_order: categoryFields.sort_order.default(0) });
export const updateCategorySchema = z.strictObject({
  slug: categoryFields.slug.optional(),
  name_zh: categoryFields.name_zh.optional(),
  name_en: categoryFields.name_en.optional(),
  sort_order: categoryFields.sort_order.optional(),
});

// Coupons: `value` is a whole percent or a CNY amount, checked against the kind by the service.
const KINDS = ["percent", "fixed"] as const;

const couponFields = {
  code: z
    .string("code must be a string")
    .trim()
    .regex(/^[A-Za-z0-9_-]{3,64}$/, "code: 3 to 64 letters, digits, dashes or underscores")
    .transform((code) => code.toUpperCase()),
  kind: z.enum(KINDS, "kind must be percent or fixed"),
  value: z.union([z.number(), z.string()], "value must be a number").describe("percent: a whole number 1-99; fixed: a CNY amount"),
  product_id: z.uuid("product_id must be a product id").nullable(),
  uses_left: z
    .number("uses_left must be an integer")
    .int("uses_left must be an integer")
    .min(0)
    .max(10_000_000)
    .nullable()
    .describe("null: unlimited"),
  expires_at: z.iso.datetime({ offset: true, message: "expires_at must be an ISO 8601 date-time" }).nullable(),
  active: z.boolean("active must be true or false"),
};

export const createCouponSchema = z.strictObject({
  ...couponFields,
  product_id: couponFields.product_id.default(null),
  uses_left: couponFields.uses_left.default(null),
  expires_at: couponFields.expires_at.default(null),
  active: couponFields.active.default(true),
});
export const updateCouponSchema = z.strictObject({
  code: couponFields.code.optional(),
  kind: couponFields.kind.optional(),
  value: couponFields.value.optional(),
  product_id: couponFields.product_id.optional(),
  uses_left: couponFields.uses_left.optional(),
  expires_at: couponFields.expires_at.optional(),
  active: couponFields.active.optional(),
});

export const couponListQuerySchema = z.strictObject({
  q: z.string().trim().max(64).optional(),
  active: z.enum(["true", "false"], "active must be true or false").optional(),
  cursor: z.string().max(100).optional(),
  limit: pageSize,
});

// Stock
export const deleteStockSchema = z.union(
  [
    z.strictObject({
      ids: z
        .array(z.number().int().positive(), "ids must be a list of item ids")
        .min(1, "ids must not be empty")
        .max(1000, "at most 1000 ids at once"),
    }),
    z.strictObject({ all: z.literal(true, "all must be true") }),
  ],
  "send {ids: [...]} or {all: true}",
);

// Order actions
export const orderActionSchema = z.strictObject({
  note: z.string("note must be a string").trim().max(500, "note is at most 500 characters").optional(),
});
export type OrderActionInput = z.infer<typeof orderActionSchema>;
/** A refund also says where a cashier payment's money goes back: the provider (default) or the buyer's balance. */
export const refundActionSchema = orderActionSchema.extend({
  to: z.enum(["provider", "balance"], "to must be provider or balance").optional(),
});
export type RefundActionInput = z.infer<typeof refundActionSchema>;

// Balance adjustments
const DECIMALS = { CNY: 2, USDT: 6 } as const;

export const balanceAdjustmentSchema = z
  .strictObject({
    currency: z.enum(["CNY", "USDT"], "currency must be CNY or USDT"),
    amount: z
      .union([z.number(), z.string()], "amount must be a signed decimal")
      .transform((value) => (typeof value === "number" ? String(value) : value.trim()))
      .refine((text) => /^-?\d{1,12}(\.\d{1,6})?$/.test(text), "amount must be a signed decimal such as 10.50 or -3")
      .describe("signed: positive credits, negative debits; CNY up to 2 decimals, USDT up to 6"),
    reason: z.string("reason must be a string").trim().min(1, "reason is required").max(200, "reason is at most 200 characters"),
  })
  .transform((input, ctx) => {
    const negative = input.amount.startsWith("-");
    let units: bigint;
    try {
      units = parseDecimal(input.amount.replace(/^-/, ""), DECIMALS[input.currency]);
    } catch {
      ctx.addIssue({
        code: "custom",
        message: `amount has more decimals than ${input.currency} allows (${DECIMALS[input.currency]})`,
        path: ["amount"],
      });
      return z.NEVER;
    }
    if (units === 0n) {
      ctx.addIssue({ code: "custom", message: "amount must not be zero", path: ["amount"] });
      return z.NEVER;
    }
    return { currency: input.currency, units: negative ? -units : units, reason: input.reason };
  });
