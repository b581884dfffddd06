// What the operator sends to create or change a product (POST and PATCH /api/admin/products,
// the console's product form): the public API's field names plus the operator's own.
import { z } from "zod";
import { positivePrice } from "../money-input";
import { PRODUCT_KINDS } from "../../catalog/product-kinds";
import { MAX_ORDER_QUANTITY } from "../../orders/quantity-limits";

export const MAX_TIERS = 20;
export const MAX_DESCRIPTION = 20_000;

const quantity = (field: string) =>
  z
    .number(`${field} must be an integer`)
    .int(`${field} must be an integer`)
    .min(1, `${field} must be at least 1`)
    .max(MAX_ORDER_QUANTITY, `${field} must be at most ${MAX_ORDER_QUANTITY}`);

const tier = z.strictObject({
  min_quantity: z
    .number("min_quantity must be an integer")
    .int("min_quantity must be an integer")
    .min(2, "a tier starts at 2 or more")
    .max(MAX_ORDER_QUANTITY),
  price: positivePrice("tier price"),
});

const fields = {
  slug: z
    .string("slug must be a string")
    .trim()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, "slug: lowercase letters, digits and dashes, at most 80 characters"),
  name_zh: z.string("name_zh must be a string").trim().min(1, "name_zh is required").max(120, "name_zh is at most 120 characters"),
  name_en: z.string("name_en must be a string").trim().min(1, "name_en is required").max(120, "name_en is at most 120 characters"),
  description_zh: z
    .string("description_zh must be a string")
    .max(MAX_DESCRIPTION, `description_zh is at most ${MAX_DESCRIPTION} characters`),
  description_en: z
    .string("description_en must be a string")
    .max(MAX_DESCRIPTION, `description_en is at most ${MAX_DESCRIPTION} characters`),
  price: positivePrice("price"),
  min_quantity: quantity("min_quantity"),
  max_quantity: quantity("max_quantity"),
  price_tiers: z
    .array(tier, "price_tiers must be a list")
    .max(MAX_TIERS, `at most ${MAX_TIERS} price tiers`)
    .refine((tiers) => new Set(tiers.map((t) => t.min_quantity)).size === tiers.length, "price tiers need distinct min_quantity"),
  delimiter: z
    .string("delimiter must be a string")
    .max(16, "delimiter is at most 16 characters")
    .describe("splits a delivered line into account, password, extra; empty: no split"),
  category: z.string("category must be a category slug").trim().max(80).nullable().describe("a category slug, or null"),
  listed: z.boolean("listed must be true or false"),
  sort_order: z.number("sort_order must be an integer").int("sort_order must be an integer").min(-1_000_000).max(1_000_000),
  low_stock_threshold: z
    .number("low_stock_threshold must be an integer")
    .int("low_stock_threshold must be an integer")
    .min(0)
    .max(1_000_000),
  kind: z
    .enum(PRODUCT_KINDS, "kind must be stock, reusable or manual")
    .describe("stock: one uploaded line per item sold; reusable: the one line goes to every buyer; manual: the operator types the items"),
  shown_stock: z
    .number("shown_stock must be an integer or null")
    .int("shown_stock must be an integer or null")
    .min(0, "shown_stock must be at least 0")
    .max(1_000_000)
    .nullable()
    .describe("reusable and manual products: the stock shown; null shows it as unlimited"),
};

const quantitiesInOrder = (input: { min_quantity?: number; max_quantity?: number }) =>
  input.min_quantity === undefined || input.max_quantity === undefined || input.min_quantity <= input.max_quantity;
const quantityMessage = { message: "min_quantity must not exceed max_quantity", path: ["min_quantity"] };

export const createProductSchema = z
  .strictObject({
    ...fields,
    description_zh: fields.description_zh.default(""),
    description_en: fields.description_en.default(""),
    min_quantity: fields.min_quantity.default(1),
    max_quantity: fields.max_quantity.default(MAX_ORDER_QUANTITY),
    price_tiers: fields.price_tiers.default([]),
    delimiter: fields.delimiter.default("----"),
    category: fields.category.default(null),
    listed: fields.listed.default(true),
    sort_order: fields.sort_order.default(0),
    low_stock_threshold: fields.low_stock_threshold.default(10),
    kind: fields.kind.default("stock"),
    shown_stock: fields.shown_stock.default(null),
  })
  .refine(quantitiesInOrder, quantityMessage);

export const updateProductSchema = z
  .strictObject(
    Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
    },
  )
  .refine(quantitiesInOrder, quantityMessage);

export type CreateProductInput = z.infer<typeof createProductSchema>;
export type UpdateProductInput = z.infer<typeof updateProductSchema>;
