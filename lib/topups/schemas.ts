// The top-up request (POST /api/topups and the account page's form), and its limits.
import { z } from "zod";
import { COIN_NAMES } from "../payments/crypto/coins";

export const TOPUP_CURRENCIES = ["CNY", "USDT"] as const;
export const TOPUP_METHODS = ["alipay", "wechat", "crypto"] as const;
/** A USDT balance is topped up in USDT itself: no conversion, the amount arrives as sent. */
export const USDT_COINS = ["trc20_usdt", "erc20_usdt", "bep20_usdt"] as const;

export const createTopupSchema = z
  .strictObject({
    currency: z.enum(TOPUP_CURRENCIES, "currency must be CNY or USDT"),
    amount: z
      .union([z.number(), z.string()], "amount must be a number")
      .transform((value) => String(value).trim())
      .refine((value) => /^\d{1,9}(\.\d{1,2})?$/.test(value), "amount must be a positive amount with at most 2 decimals")
      .describe("in the balance's currency, at most 2 decimals (CNY 100, USDT 25.5); limits: TOPUP_MIN_*/TOPUP_MAX_*"),
    paymentMethod: z.enum(TOPUP_METHODS, `paymentMethod must be one of: ${TOPUP_METHODS.join(", ")}`),
    coin: z.enum(COIN_NAMES, `coin must be one of: ${COIN_NAMES.join(", ")}`).optional(),
  })
  .refine((input) => input.paymentMethod !== "crypto" || input.coin, {
    message: "coin is required when paymentMethod is crypto",
    path: ["coin"],
  })
  .refine((input) => input.currency === "CNY" || input.paymentMethod === "crypto", {
    message: "A USDT balance is topped up with crypto",
    path: ["paymentMethod"],
  })
  .refine((input) => input.currency === "CNY" || !input.coin || (USDT_COINS as readonly string[]).includes(input.coin), {
    message: `A USDT balance is topped up in USDT: ${USDT_COINS.join(", ")}`,
    path: ["coin"],
  });

export type CreateTopupInput = z.infer<typeof createTopupSchema>;
