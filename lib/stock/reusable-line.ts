import "server-only";
import type { SqlTx } from "../db/hot-transaction";
import { errors } from "../api/app-error";
import { availableInOrder } from "./available-order";

/**
 * The line a reusable product delivers to every buyer: its oldest available item, sealed as
 * stored. It is read, never reserved or sold, so it never runs out; without one the product
 * is sold out (`Insufficient stock`).
 */
export async function reusableLine(tx: SqlTx, productId: string): Promise<string> {
  // Hand-written: it runs in the order's transaction (lib/db/hot-transaction.ts).
  const available = availableInOrder(productId);
  const [item] = await tx.$queryRaw<{ content: string }[]>`
    SELECT "content" FROM "stock_items" WHERE ${available.where} ORDER BY ${available.orderBy} LIMIT 1`;
  if (!item) throw errors.insufficientStock();
  return item.content;
}
