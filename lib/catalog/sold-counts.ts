import "server-only";
import { db } from "../db";

// "How many sold" is a trust signal, not a live figure: one grouped sum over completed orders,
// kept for a minute, so the catalogue never pays for it per request.
const TTL_MS = 60_000;
let cache: { at: number; counts: Map<string, number> } | undefined;
let loading: Promise<Map<string, number>> | undefined;

/** Items delivered per product id, from completed orders (refunded, expired and unpaid ones do not count). */
export async function soldCounts(): Promise<Map<string, number>> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.counts;
  loading ??= db.order
    .groupBy({ by: ["productId"], where: { status: "completed" }, _sum: { quantity: true } })
    .then((rows) => {
      const counts = new Map(rows.map((row) => [row.productId, row._sum.quantity ?? 0]));
      cache = { at: Date.now(), counts };
      return counts;
    })
    .finally(() => {
      loading = undefined;
    });
  return loading;
}
