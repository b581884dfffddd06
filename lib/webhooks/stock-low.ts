import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { isPostgres } from "../env";
import type { SqlTx } from "../db/hot-transaction";
import { emitEvent, isSubscribed } from "./emit-event";

type ProductRow = { id: string; slug: string; nameZh: string; nameEn: string; lowStockThreshold: number };

/**
 * stock.low, for a sale that just took `taken` items of a product in this transaction: emitted
 * when that sale crossed the product's low-stock threshold (available before it above the
 * threshold, after it at or below). Later sales below the threshold cross nothing, so the event
 * comes once, and again only after stock went back above it (an import, released reservations).
 * The crossing is decided from the count, not from stored state: nothing to reset, no migration.
 *
 * Cheap on the order path: with no endpoint subscribed to stock.low this costs no query (the
 * transaction's subscriber list is already read for order.created). Otherwise, on PostgreSQL the
 * product row is locked first (after the sale's other locks, in the same order for every sale), so two concurrent sales count one after the other and only one
 * of them sees the crossing (under READ COMMITTED the second counts after the first committed);
 * SQLite runs one writer at a time.
 */
export async function emitStockLowIfCrossed(tx: SqlTx, productId: string, taken: number, now = new Date()): Promise<string | null> {
  if (!(await isSubscribed(tx, "stock.low"))) return null;
  // NO KEY UPDATE, not UPDATE: the order's own insert holds a KEY SHARE lock on this product
  // row (its foreign key), as does every concurrent order's; FOR UPDATE would wait on those
  // while they wait on this transaction's other locks (a deadlock). NO KEY UPDATE conflicts
  // only with itself and stronger, so stock.low checks queue behind each other and nothing else.
  const lock = isPostgres ? Prisma.sql`FOR NO KEY UPDATE` : Prisma.empty;
  const [product] = await tx.$queryRaw<ProductRow[]>`
    SELECT "id", "slug", "nameZh", "nameEn", "lowStockThreshold" FROM "products" WHERE "id" = ${productId} ${lock}`;
  if (!product) return null;
  const [count] = await tx.$queryRaw<{ available: number | bigint }[]>`
    SELECT COUNT(*) AS "available" FROM "stock_items" WHERE "productId" = ${productId} AND "status" = 'available'`;
  const after = Number(count?.available ?? 0);
  const threshold = Number(product.lowStockThreshold);
  if (!(after <= threshold && after + taken > threshold)) return null;
  return emitEvent(
    tx,
    "stock.low",
    {
      product: {
        id: product.id,
        slug: product.slug,
        name_zh: product.nameZh,
        name_en: product.nameEn,
        available: after,
        low_stock_threshold: threshold,
      },
    },
    now,
  );
}
