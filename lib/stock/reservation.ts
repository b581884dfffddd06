import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { isPostgres } from "../env";
import type { Tx } from "../db";
import { errors } from "../api/app-error";

/**
 * Reserves `quantity` available items for an order in one guarded UPDATE that must touch
 * exactly `quantity` rows, or throws `Insufficient stock` (the caller's transaction then
 * rolls back). On PostgreSQL, SKIP LOCKED lets concurrent buyers take different rows instead
 * of queueing on the same ones; SQLite runs one writer at a time.
 */
export async function reserveItems(tx: Tx, productId: string, orderId: string, quantity: number): Promise<void> {
  const lock = isPostgres ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
  const touched = await tx.$executeRaw`
    UPDATE "stock_items" SET "status" = 'reserved', "orderId" = ${orderId}
    WHERE "id" IN (
      SELECT "id" FROM "stock_items"
      WHERE "productId" = ${productId} AND "status" = 'available'
      ORDER BY "id" LIMIT ${quantity} ${lock}
    ) AND "status" = 'available'`;
  if (touched !== quantity) throw errors.insufficientStock();
}

/** An expired or cancelled order's items go back on sale. */
export async function releaseItems(tx: Tx, orderId: string): Promise<number> {
  const result = await tx.stockItem.updateMany({
    where: { orderId, status: "reserved" },
    data: { status: "available", orderId: null },
  });
  return result.count;
}

/** Marks exactly the order's reserved items sold; anything else means the order cannot be delivered. */
export async function sellItems(tx: Tx, orderId: string, quantity: number): Promise<void> {
  const result = await tx.stockItem.updateMany({
    where: { orderId, status: "reserved" },
    data: { status: "sold", soldAt: new Date() },
  });
  if (result.count !== quantity) throw errors.insufficientStock();
}
