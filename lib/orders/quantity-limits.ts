// How many items one order may take: the one source of the contract's ceiling of 200 and of
// the rule the order form, the product DTO, the request schema and the order itself apply.
// Pure, so the checkout form checks a typed quantity in the browser exactly as the server will.

/** The contract's ceiling on one order (`Quantity cannot exceed 200`). */
export const MAX_ORDER_QUANTITY = 200;

/** A product's own maximum, within the contract's ceiling. */
export function productMaxQuantity(productMaximum: number): number {
  return Math.min(productMaximum, MAX_ORDER_QUANTITY);
}

type Limits = { min_quantity: number; max_quantity: number; stock: number };

/** The largest quantity one order can take now: the product's limit (within 200) and the stock. */
export function maxOrderQuantity(product: Limits): number {
  return Math.max(0, Math.min(productMaxQuantity(product.max_quantity), product.stock));
}

export type QuantityProblem =
  | { key: "quantityInvalid" }
  | { key: "minQuantity"; values: { min: number } }
  | { key: "maxQuantity"; values: { max: number } }
  | { key: "insufficientStock"; values: { stock: number } }
  | { key: "soldOut" };

/**
 * What is wrong with a typed quantity, in the order the server checks it (minimum, the
 * product's maximum, then the stock), or null when an order of it can be placed now.
 */
export function quantityProblem(typed: string, product: Limits): QuantityProblem | null {
  if (product.stock <= 0) return { key: "soldOut" };
  if (!/^\d+$/.test(typed.trim())) return { key: "quantityInvalid" };
  const quantity = Number(typed.trim());
  if (quantity < Math.max(1, product.min_quantity)) return { key: "minQuantity", values: { min: Math.max(1, product.min_quantity) } };
  const max = productMaxQuantity(product.max_quantity);
  if (quantity > max) return { key: "maxQuantity", values: { max } };
  if (quantity > product.stock) return { key: "insufficientStock", values: { stock: product.stock } };
  return null;
}
