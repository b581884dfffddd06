import "server-only";
// The operator's product management, shared by /api/admin/products and the console. Every
// write records its audit entry in the same transaction and drops this instance's catalogue
// copy, so the change shows at once here (other instances within CATALOG_CACHE_MS).
import { z } from "zod";
import { db, transaction, type Tx } from "../../db";
import { AppError, errors } from "../../api/app-error";
import { isForeignKeyViolation, isUniqueViolation } from "../../db/errors";
import { invalidateCatalog } from "../../catalog/catalog";
import { recordAudit } from "../audit";
import type { Actor } from "../actor";
import { adminProductDto, adminProductSelect, productSnapshot, type AdminProductDto, type StockCounts } from "./admin-product-dto";
import type { CreateProductInput, UpdateProductInput } from "./product-input";

export const productListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  listed: z.enum(["true", "false"], "listed must be true or false").optional(),
  category: z.string().trim().max(80).optional(),
});

async function stockCounts(reader: Pick<Tx, "stockItem">, productIds?: string[]): Promise<Map<string, StockCounts>> {
  const rows = await reader.stockItem.groupBy({
    by: ["productId", "status"],
    where: productIds ? { productId: { in: productIds } } : {},
    _count: { _all: true },
  });
  const counts = new Map<string, StockCounts>();
  for (const row of rows) {
    const entry = counts.get(row.productId) ?? { available: 0, reserved: 0, sold: 0 };
    if (row.status in entry) entry[row.status as keyof StockCounts] = row._count._all;
    counts.set(row.productId, entry);
  }
  return counts;
}

const none: StockCounts = { available: 0, reserved: 0, sold: 0 };

export async function listAdminProducts(query: z.infer<typeof productListQuerySchema> = {}): Promise<AdminProductDto[]> {
  const products = await db.product.findMany({
    where: {
      ...(query.listed ? { listed: query.listed === "true" } : {}),
      ...(query.category ? { category: { slug: query.category } } : {}),
      ...(query.q ? { OR: [{ slug: { contains: query.q } }, { nameZh: { contains: query.q } }, { nameEn: { contains: query.q } }] } : {}),
    },
    select: adminProductSelect,
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
  });
  const counts = await stockCounts(db);
  return products.map((product) => adminProductDto(product, counts.get(product.id) ?? none));
}

async function readProduct(reader: Pick<Tx, "product" | "stockItem">, id: string): Promise<AdminProductDto | null> {
  const product = await reader.product.findUnique({ where: { id }, select: adminProductSelect });
  if (!product) return null;
  return adminProductDto(product, (await stockCounts(reader, [id])).get(id) ?? none);
}

export async function getAdminProductOrThrow(id: string): Promise<AdminProductDto> {
  const product = await readProduct(db, id);
  if (!product) throw errors.productNotFound();
  return product;
}

async function categoryIdOf(tx: Tx, slug: string | null | undefined): Promise<string | null | undefined> {
  if (slug === undefined || slug === null) return slug;
  const category = await tx.category.findUnique({ where: { slug }, select: { id: true } });
  if (!category) throw new AppError("validation", `Unknown category: ${slug}`);
  return category.id;
}

function slugTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("conflict", "A product with this slug already exists");
  throw error;
}

export async function createProduct(actor: Actor, input: CreateProductInput): Promise<AdminProductDto> {
  try {
    return await transaction(async (tx) => {
      const created = await tx.product.create({
        data: {
          slug: input.slug,
          nameZh: input.name_zh,
          nameEn: input.name_en,
          descriptionZh: input.description_zh,
          descriptionEn: input.description_en,
          categoryId: await categoryIdOf(tx, input.category),
          priceFen: input.price,
          minQuantity: input.min_quantity,
          maxQuantity: input.max_quantity,
          delimiter: input.delimiter,
          listed: input.listed,
          sortOrder: input.sort_order,
          lowStockThreshold: input.low_stock_threshold,
          kind: input.kind,
          shownStock: input.shown_stock,
          tiers: { create: input.price_tiers.map((tier) => ({ minQuantity: tier.min_quantity, priceFen: tier.price })) },
        },
        select: { id: true },
      });
      const product = (await readProduct(tx, created.id))!;
      await recordAudit(tx, actor, {
        action: "product.create",
        entityType: "product",
        entityId: product.id,
        after: productSnapshot(product),
      });
      return product;
    });
  } catch (error) {
    slugTaken(error);
  } finally {
    invalidateCatalog();
  }
}

export async function updateProduct(actor: Actor, id: string, input: UpdateProductInput): Promise<AdminProductDto> {
  try {
    return await transaction(async (tx) => {
      const before = await readProduct(tx, id);
      if (!before) throw errors.productNotFound();
      const minQuantity = input.min_quantity ?? before.min_quantity;
      const maxQuantity = input.max_quantity ?? before.max_quantity;
      if (minQuantity > maxQuantity) throw new AppError("validation", "min_quantity must not exceed max_quantity");
      await tx.product.update({
        where: { id },
        data: {
          slug: input.slug,
          nameZh: input.name_zh,
          nameEn: input.name_en,
          descriptionZh: input.description_zh,
          descriptionEn: input.description_en,
          categoryId: await categoryIdOf(tx, input.category),
          priceFen: input.price,
          minQuantity: input.min_quantity,
          maxQuantity: input.max_quantity,
          delimiter: input.delimiter,
          listed: input.listed,
          sortOrder: input.sort_order,
          lowStockThreshold: input.low_stock_threshold,
          kind: input.kind,
          shownStock: input.shown_stock,
          ...(input.price_tiers
            ? {
                tiers: {
                  deleteMany: {},
                  create: input.price_tiers.map((tier) => ({ minQuantity: tier.min_quantity, priceFen: tier.price })),
                },
              }
            : {}),
        },
      });
      const after = (await readProduct(tx, id))!;
      await recordAudit(tx, actor, {
        action: "product.update",
        entityType: "product",
        entityId: id,
        before: productSnapshot(before),
        after: productSnapshot(after),
      });
      return after;
    });
  } catch (error) {
    slugTaken(error);
  } finally {
    invalidateCatalog();
  }
}

export type DeleteOutcome = { deleted: boolean; unlisted: boolean };

/**
 * Deletes a product that was never ordered (its stock and tiers with it). One with orders
 * keeps its history: it is unlisted instead, and its stock stays for the operator to manage.
 * An order placed between the check and the delete makes the delete fail on the orders'
 * foreign key; the product is then unlisted like any other ordered one.
 */
export async function deleteProduct(actor: Actor, id: string): Promise<DeleteOutcome> {
  try {
    return await transaction(async (tx) => {
      const before = await readProduct(tx, id);
      if (!before) throw errors.productNotFound();
      if ((await tx.order.count({ where: { productId: id }, take: 1 })) > 0) return unlist(tx, actor, before);
      await tx.product.delete({ where: { id } });
      await recordAudit(tx, actor, {
        action: "product.delete",
        entityType: "product",
        entityId: id,
        before: { ...productSnapshot(before), stock_counts: before.stock_counts },
      });
      return { deleted: true, unlisted: false };
    });
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    return transaction(async (tx) => unlist(tx, actor, await getAdminProductOrThrow(id)));
  } finally {
    invalidateCatalog();
  }
}

async function unlist(tx: Tx, actor: Actor, before: AdminProductDto): Promise<DeleteOutcome> {
  await tx.product.update({ where: { id: before.id }, data: { listed: false } });
  await recordAudit(tx, actor, {
    action: "product.unlist",
    entityType: "product",
    entityId: before.id,
    before: productSnapshot(before),
    after: { ...productSnapshot(before), listed: false },
  });
  return { deleted: false, unlisted: true };
}
