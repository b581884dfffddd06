import "server-only";
// Categories of the catalogue (/api/admin/categories and the console). Deleting one leaves
// its products uncategorised (the foreign key sets them to none).
import { z } from "zod";
import { db, transaction, type Tx } from "../db";
import { AppError } from "../api/app-error";
import { isUniqueViolation } from "../db/errors";
import { invalidateCatalog } from "../catalog/catalog";
import { recordAudit } from "./audit";
import type { Actor } from "./actor";
import type { createCategorySchema, updateCategorySchema } from "./request-schemas";

type CategoryRow = { id: string; slug: string; nameZh: string; nameEn: string; sortOrder: number; _count: { products: number } };
const select = { id: true, slug: true, nameZh: true, nameEn: true, sortOrder: true, _count: { select: { products: true } } } as const;

function categoryDto(row: CategoryRow) {
  return { id: row.id, slug: row.slug, name_zh: row.nameZh, name_en: row.nameEn, sort_order: row.sortOrder, products: row._count.products };
}
export type CategoryDto = ReturnType<typeof categoryDto>;

const notFound = () => new AppError("not_found", "Category not found");

function slugTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("conflict", "A category with this slug already exists");
  throw error;
}

export async function listCategories(): Promise<CategoryDto[]> {
  return (await db.category.findMany({ select, orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] })).map(categoryDto);
}

async function readCategory(tx: Pick<Tx, "category">, id: string): Promise<CategoryDto | null> {
  const row = await tx.category.findUnique({ where: { id }, select });
  return row ? categoryDto(row) : null;
}

export async function getCategoryOrThrow(id: string): Promise<CategoryDto> {
  const category = await readCategory(db, id);
  if (!category) throw notFound();
  return category;
}

export async function createCategory(actor: Actor, input: z.infer<typeof createCategorySchema>): Promise<CategoryDto> {
  try {
    return await transaction(async (tx) => {
      const row = await tx.category.create({
        data: { slug: input.slug, nameZh: input.name_zh, nameEn: input.name_en, sortOrder: input.sort_order },
        select,
      });
      const category = categoryDto(row);
      await recordAudit(tx, actor, { action: "category.create", entityType: "category", entityId: category.id, after: category });
      return category;
    });
  } catch (error) {
    slugTaken(error);
  } finally {
    invalidateCatalog();
  }
}

export async function updateCategory(actor: Actor, id: string, input: z.infer<typeof updateCategorySchema>): Promise<CategoryDto> {
  try {
    return await transaction(async (tx) => {
      const before = await readCategory(tx, id);
      if (!before) throw notFound();
      const row = await tx.category.update({
        where: { id },
        data: { slug: input.slug, nameZh: input.name_zh, nameEn: input.name_en, sortOrder: input.sort_order },
        select,
      });
      const after = categoryDto(row);
      await recordAudit(tx, actor, { action: "category.update", entityType: "category", entityId: id, before, after });
      return after;
    });
  } catch (error) {
    slugTaken(error);
  } finally {
    invalidateCatalog();
  }
}

export async function deleteCategory(actor: Actor, id: string): Promise<{ deleted: true }> {
  try {
    return await transaction(async (tx) => {
      const before = await readCategory(tx, id);
      if (!before) throw notFound();
      await tx.category.delete({ where: { id } });
      await recordAudit(tx, actor, { action: "category.delete", entityType: "category", entityId: id, before });
      return { deleted: true as const };
    });
  } finally {
    invalidateCatalog();
  }
}
