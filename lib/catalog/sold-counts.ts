import "server-only";
import { db } from "../db";
import { keptCopy } from "../cache/kept-copy";

// "How many sold" is a trust signal, not a live figure: one grouped sum over completed orders,
// kept for a minute, so the catalogue never pays for it per request.
const sold = keptCopy(
  async () => {
    const rows = await db.order.groupBy({ by: ["productId"], where: { status: "completed" }, _sum: { quantity: true } });
    return new Map(rows.map((row) => [row.productId, row._sum.quantity ?? 0]));
  },
  { lifetimeMs: 60_000 },
);

/** Items delivered per product id, from completed orders (refunded, expired and unpaid ones do not count). */
export const soldCounts = (): Promise<Map<string, number>> => sold.read();
