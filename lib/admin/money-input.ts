// A CNY amount as the operator types it: a JSON number or a decimal string with at most two
// decimals (`12.5`, "12.50"), read with integer maths into fen.
import { z } from "zod";
import { yuanToFen } from "../money";

export const MAX_PRICE_FEN = 100_000_000n; // ¥1,000,000 per unit

export function cnyAmount(field: string) {
  return z
    .union([z.number(`${field} must be a CNY amount`), z.string(`${field} must be a CNY amount`)])
    .transform((value, ctx) => {
      const text = typeof value === "number" ? String(value) : value.trim();
      if (!/^\d{1,9}(\.\d{1,2})?$/.test(text)) {
        ctx.addIssue({ code: "custom", message: `${field} must be a CNY amount with at most 2 decimals, such as 12.50` });
        return z.NEVER;
      }
      return yuanToFen(text);
    })
    .describe("CNY, a number or decimal string with at most 2 decimals");
}

export const positivePrice = (field: string) =>
  cnyAmount(field)
    .refine((fen) => fen >= 1n, `${field} must be at least 0.01`)
    .refine((fen) => fen <= MAX_PRICE_FEN, `${field} must be at most 1000000`);
