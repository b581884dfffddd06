// POST /api/admin/orders/:id/deliver's body: the items the operator typed for a paid
// manual-delivery order, one line each (split like stock on the product's delimiter).
import { z } from "zod";

export const MAX_MANUAL_ITEMS = 200;
export const MAX_ITEM_LENGTH = 4096;

export const manualDeliverySchema = z.strictObject({
  items: z
    .array(
      z
        .string("each item must be a string")
        .trim()
        .min(1, "items must not be blank")
        .max(MAX_ITEM_LENGTH, `an item is at most ${MAX_ITEM_LENGTH} characters`)
        .refine((item) => !/[\r\n]/.test(item), "an item is one line"),
      "items must be a list of lines",
    )
    .min(1, "items: at least one item")
    .max(MAX_MANUAL_ITEMS, `items: at most ${MAX_MANUAL_ITEMS}`)
    .describe("the delivered lines, e.g. account----password"),
  note: z.string("note must be a string").trim().max(500, "note is at most 500 characters").optional(),
});
export type ManualDeliveryInput = z.infer<typeof manualDeliverySchema>;
