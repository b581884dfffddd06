import "server-only";
// The operator's view of a product's stock: import (lib/stock/import-stock.ts), items by
// state with their content, deleting unsold items and exporting them as text.
import { z } from "zod";
import { db, transaction } from "../db";
import { errors } from "../api/app-error";
import { decrypt } from "../crypto/secret-box";
import { invalidateCatalog } from "../catalog/catalog";
import { importStock, type ImportResult } from "../stock/import-stock";
import { recordAudit } from "./audit";
import type { Actor } from "./actor";
import type { deleteStockSchema } from "./request-schemas";
import { pageSize, type Page } from "./paging";

export const STOCK_STATES = ["available", "reserved", "sold"] as const;
export const MAX_STOCK_UPLOAD_BYTES = 32 * 1024 * 1024;

export async function importStockAsOperator(actor: Actor, productId: string, lines: string[]): Promise<ImportResult> {
  return importStock(productId, lines, (tx, id, result) =>
    recordAudit(tx, actor, { action: "stock.import", entityType: "product", entityId: id, after: result }),
  );
}

export const stockListQuerySchema = z.strictObject({
  status: z.enum(STOCK_STATES, `status must be one of: ${STOCK_STATES.join(", ")}`).default("available"),
  cursor: z.coerce.number("cursor must be an item id").int().positive().optional(),
  limit: pageSize,
});

export type StockItemDto = { id: number; status: string; content: string; order_no: string | null; created_at: string };

async function productOrThrow(productId: string) {
  const product = await db.product.findUnique({ where: { id: productId }, select: { id: true } });
  if (!product) throw errors.productNotFound();
  return product;
}

/** Items of one state, oldest first (the order they are sold in); the cursor is the last id seen. */
export async function listStockItems(productId: string, query: z.infer<typeof stockListQuerySchema>): Promise<Page<StockItemDto>> {
  await productOrThrow(productId);
  const rows = await db.stockItem.findMany({
    where: { productId, status: query.status, ...(query.cursor ? { id: { gt: query.cursor } } : {}) },
    select: { id: true, status: true, content: true, createdAt: true, order: { select: { orderNo: true } } },
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((row) => ({
      id: row.id,
      status: row.status,
      content: decrypt(row.content),
      order_no: row.order?.orderNo ?? null,
      created_at: row.createdAt.toISOString(),
    })),
    next_cursor: rows.length > query.limit ? String(page.at(-1)!.id) : null,
  };
}

/**
 * Deletes unsold items: the given ones, or every available one. Only `available` items are
 * touched — a reserved item belongs to an order awaiting payment, a sold one to its buyer.
 */
export async function deleteUnsoldItems(
  actor: Actor,
  productId: string,
  input: z.infer<typeof deleteStockSchema>,
): Promise<{ deleted: number }> {
  await productOrThrow(productId);
  try {
    return await transaction(async (tx) => {
      const where = { productId, status: "available", ...("ids" in input ? { id: { in: input.ids } } : {}) };
      const { count } = await tx.stockItem.deleteMany({ where });
      await recordAudit(tx, actor, {
        action: "stock.delete",
        entityType: "product",
        entityId: productId,
        after: { deleted: count, ...("ids" in input ? { ids: input.ids } : { all: true }) },
      });
      return { deleted: count };
    });
  } finally {
    invalidateCatalog();
  }
}

/** Every available item as text, one per line; recorded in the audit log (it hands out secrets). */
export async function exportUnsoldItems(actor: Actor, productId: string): Promise<{ slug: string; text: string; count: number }> {
  const product = await db.product.findUnique({ where: { id: productId }, select: { id: true, slug: true } });
  if (!product) throw errors.productNotFound();
  const rows = await db.stockItem.findMany({
    where: { productId, status: "available" },
    select: { content: true },
    orderBy: { id: "asc" },
  });
  await recordAudit(db, actor, { action: "stock.export", entityType: "product", entityId: productId, after: { exported: rows.length } });
  return { slug: product.slug, count: rows.length, text: rows.map((row) => `${decrypt(row.content)}\n`).join("") };
}
