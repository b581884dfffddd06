// Request schemas of the order endpoints: they validate input and (later) publish the API docs.
import { z } from "zod";
import { COIN_NAMES } from "../payments/crypto/coins";
import { routing } from "../i18n/routing";
import { MAX_ORDER_QUANTITY } from "./quantity-limits";

export const PAYMENT_METHODS = ["crypto", "balance_cny", "balance_crypto", "alipay", "wechat"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const createOrderSchema = z
  .strictObject({
    productId: z.string("productId must be a string").trim().min(1, "productId is required").max(100),
    quantity: z
      .number("quantity must be an integer")
      .int("quantity must be an integer")
      .min(1, "quantity must be a positive integer")
      .max(MAX_ORDER_QUANTITY, `Quantity cannot exceed ${MAX_ORDER_QUANTITY}`),
    contactEmail: z
      .email("contactEmail must be a valid email address")
      .max(254, "contactEmail must be a valid email address")
      .transform((email) => email.toLowerCase()),
    paymentMethod: z.enum(PAYMENT_METHODS, `paymentMethod must be one of: ${PAYMENT_METHODS.join(", ")}`),
    coin: z.enum(COIN_NAMES, `coin must be one of: ${COIN_NAMES.join(", ")}`).optional(),
    couponCode: z.string("couponCode must be a string").trim().max(64).optional(),
    locale: z
      .enum(routing.locales, `locale must be one of: ${routing.locales.join(", ")}`)
      .describe("language of the order's mails; default: Accept-Language, else zh")
      .optional(),
  })
  .refine((input) => input.paymentMethod !== "crypto" || input.coin, {
    message: "coin is required when paymentMethod is crypto",
    path: ["coin"],
  });

export type CreateOrderInput = z.infer<typeof createOrderSchema>;
