import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { isPostgres } from "../env";
import type { Tx } from "../db";
import { errors } from "../api/app-error";
import type { SqlTx } from "../db/hot-transaction";
import { availableInOrder } from "./available-order";

/**
 * Takes `quantity` available items for an order in one guarded UPDATE that must touch
 * exactly `quantity` rows, or throws `Insufficient stock` (the caller's transaction then
 * rolls back). `reserved` holds them for an unpaid order; `sold` is for an order paid in
 * the same transaction. On PostgreSQL, SKIP LOCKED lets concurrent buyers take different
 * rows instead of queueing on the same ones; SQLite runs one writer at a time.
 * The product's available items are read through their index (./available-order.ts).
 * Returns the taken items' sealed contents, oldest first.
 */
export async function takeItems(
  tx: SqlTx,
  productId: string,
  orderId: string,
  quantity: number,
  as: "reserved" | "sold",
): Promise<string[]> {
  return takenContents(await tx.$queryRaw<TakenItem[]>(takeItemsSql(productId, orderId, quantity, as)), quantity);
}

export type TakenItem = { id: number | string; content: string };

/** The guarded UPDATE itself, for a caller that sends it with other statements (lib/orders/create-order.ts). */
export function takeItemsSql(productId: string, orderId: string, quantity: number, as: "reserved" | "sold"): Prisma.Sql {
  const lock = isPostgres ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
  const available = availableInOrder(productId);
  return Prisma.sql`
    UPDATE "stock_items" SET "status" = ${as}, "orderId" = ${orderId}
    WHERE "id" IN (
      SELECT "id" FROM "stock_items" WHERE ${available.where}
      ORDER BY ${available.orderBy} LIMIT ${quantity} ${lock}
    ) AND "status" = 'available'
    RETURNING "id", "content"`;
}

/** The taken items' sealed contents, oldest first; `Insufficient stock` unless exactly `quantity` were taken. */
export function takenContents(rows: TakenItem[], quantity: number): string[] {
  if (rows.length !== quantity) throw errors.insufficientStock();
  return rows.sort((a, b) => Number(a.id) - Number(b.id)).map((row) => row.content);
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
  const result = await tx.stockItem.updateMany({ where: { orderId, status: "reserved" }, data: { status: "sold" } });
  if (result.count !== quantity) throw errors.insufficientStock();
}
