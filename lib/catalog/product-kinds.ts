// How a product's paid orders get their items. `stock`: each buyer gets their own uploaded
// lines (reserved at order time, sold on payment). `reusable`: the product's one line (the
// oldest available one) goes to every buyer and is never used up — shared accounts.
// `manual`: nothing is uploaded; a paid order waits for the operator, who types the items
// (POST /api/admin/orders/:id/deliver). The order keeps the kind it was made with.
export const PRODUCT_KINDS = ["stock", "reusable", "manual"] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/**
 * What a reusable or manual product shows as `stock` when the operator set no figure: the
 * public API's `stock` is an integer, so "unlimited" is a number no order reaches (the
 * per-order maximum is 200).
 */
export const UNLIMITED_STOCK = 9999;

/** The `stock` a product shows: counted lines for `stock`; the operator's figure or unlimited for the others. */
export function shownStock(kind: string, availableLines: number, operatorFigure: number | null): number {
  if (kind === "manual") return operatorFigure ?? UNLIMITED_STOCK;
  if (kind === "reusable") return availableLines > 0 ? (operatorFigure ?? UNLIMITED_STOCK) : 0;
  return availableLines;
}
