import "server-only";
import type { Tx } from "../db";
import { errors } from "../api/app-error";

/**
 * The line a reusable product delivers to every buyer: its oldest available item, sealed as
 * stored. It is read, never reserved or sold, so it never runs out; without one the product
 * is sold out (`Insufficient stock`).
 */
export async function reusableLine(tx: Tx, productId: string): Promise<string> {
  const item = await tx.stockItem.findFirst({
    where: { productId, status: "available" },
    orderBy: { id: "asc" },
    select: { content: true },
  });
  if (!item) throw errors.insufficientStock();
  return item.content;
}
