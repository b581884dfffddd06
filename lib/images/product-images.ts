import "server-only";
import { db, transaction } from "../db";
import { AppError, errors } from "../api/app-error";
import { isUniqueViolation } from "../db/errors";
import { invalidateCatalog } from "../catalog/catalog";
import { encodeImage } from "./encode-image";
import { MAX_IMAGES_PER_PRODUCT, STORED_MAX_EDGE } from "./image-rules";
import { productImageUrl } from "./product-image-urls";
import { recordAudit } from "../admin/audit";
import type { Actor } from "../admin/actor";

const imageSelect = {
  id: true,
  productId: true,
  contentType: true,
  width: true,
  height: true,
  byteSize: true,
  sha256: true,
  sortOrder: true,
  createdAt: true,
} as const;
type ImageRow = {
  id: string;
  contentType: string;
  width: number;
  height: number;
  byteSize: number;
  sha256: string;
  sortOrder: number;
  createdAt: Date;
};

/** The admin API's shape of one image (never its bytes: those are served by URL). */
export function productImageDto(image: ImageRow) {
  return {
    id: image.id,
    url: productImageUrl(image),
    content_type: image.contentType,
    width: image.width,
    height: image.height,
    bytes: image.byteSize,
    sort_order: image.sortOrder,
    created_at: image.createdAt.toISOString(),
  };
}
export type ProductImageDto = ReturnType<typeof productImageDto>;

const imageNotFound = () => new AppError("not_found", "Image not found");

async function productExistsOrThrow(productId: string): Promise<void> {
  if (!(await db.product.findUnique({ where: { id: productId }, select: { id: true } }))) throw errors.productNotFound();
}

/** A product's images in display order (the first is its cover). */
export async function listProductImages(productId: string): Promise<ProductImageDto[]> {
  await productExistsOrThrow(productId);
  const rows = await db.productImage.findMany({
    where: { productId },
    select: imageSelect,
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(productImageDto);
}

/**
 * Adds an image at the end of a product's gallery. The upload is validated and re-encoded
 * before any write; the same picture uploaded twice is the same image (answered, not added).
 * An operator's upload is audited with the image it added (the demo seed passes no actor).
 */
export async function addProductImage(
  productId: string,
  upload: Uint8Array,
  actor?: Actor,
): Promise<{ image: ProductImageDto; created: boolean }> {
  await productExistsOrThrow(productId);
  const encoded = await encodeImage(upload, { maxEdge: STORED_MAX_EDGE, format: "webp" });
  try {
    const row = await transaction(async (tx) => {
      // Touching the product row first makes concurrent uploads for one product take turns
      // (a row lock on PostgreSQL; SQLite writes one at a time anyway), so the count below
      // and the position after it cannot be raced past the limit.
      const touched = await tx.product.updateMany({ where: { id: productId }, data: { updatedAt: new Date() } });
      if (touched.count !== 1) throw errors.productNotFound();
      const existing = await tx.productImage.findMany({ where: { productId }, select: { sortOrder: true, sha256: true } });
      if (existing.some((image) => image.sha256 === encoded.sha256)) return null;
      if (existing.length >= MAX_IMAGES_PER_PRODUCT)
        throw new AppError("validation", `A product can have at most ${MAX_IMAGES_PER_PRODUCT} images`);
      const created = await tx.productImage.create({
        data: {
          productId,
          data: new Uint8Array(encoded.data),
          contentType: encoded.contentType,
          width: encoded.width,
          height: encoded.height,
          byteSize: encoded.data.byteLength,
          sha256: encoded.sha256,
          sortOrder: Math.max(-1, ...existing.map((image) => image.sortOrder)) + 1,
        },
        select: imageSelect,
      });
      if (actor) await recordAudit(tx, actor, imageAudit("product.image.add", productId, { after: auditedImage(created) }));
      return created;
    });
    if (row) {
      invalidateCatalog();
      return { image: productImageDto(row), created: true };
    }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const same = await db.productImage.findUniqueOrThrow({
    where: { productId_sha256: { productId, sha256: encoded.sha256 } },
    select: imageSelect,
  });
  return { image: productImageDto(same), created: false };
}

/** Sets the gallery order: `order` must name every image of the product exactly once. */
export async function reorderProductImages(productId: string, order: string[], actor: Actor): Promise<ProductImageDto[]> {
  await productExistsOrThrow(productId);
  await transaction(async (tx) => {
    const current = await tx.productImage.findMany({ where: { productId }, select: { id: true }, orderBy: { sortOrder: "asc" } });
    const ids = new Set(current.map((image) => image.id));
    if (order.length !== ids.size || new Set(order).size !== order.length || order.some((id) => !ids.has(id))) {
      throw new AppError("validation", "order must list every image id of the product exactly once");
    }
    for (const [position, id] of order.entries()) {
      await tx.productImage.updateMany({ where: { id, productId }, data: { sortOrder: position } });
    }
    await recordAudit(
      tx,
      actor,
      imageAudit("product.image.reorder", productId, { before: current.map((image) => image.id), after: order }),
    );
  });
  invalidateCatalog();
  return listProductImages(productId);
}

export async function deleteProductImage(productId: string, imageId: string, actor: Actor): Promise<void> {
  await productExistsOrThrow(productId);
  await transaction(async (tx) => {
    const image = await tx.productImage.findFirst({ where: { id: imageId, productId }, select: imageSelect });
    const { count } = await tx.productImage.deleteMany({ where: { id: imageId, productId } });
    if (!image || count !== 1) throw imageNotFound();
    await recordAudit(tx, actor, imageAudit("product.image.delete", productId, { before: auditedImage(image) }));
  });
  invalidateCatalog();
}

// The audit trail names the image by id and content hash (its bytes stay in the gallery table).
const auditedImage = (image: ImageRow) => ({ id: image.id, sha256: image.sha256, width: image.width, height: image.height });
const imageAudit = (action: string, productId: string, change: { before?: unknown; after?: unknown }) => ({
  action,
  entityType: "product",
  entityId: productId,
  ...change,
});

/** The stored bytes behind a media URL, by content hash (any product's copy: they are identical). */
export async function productImageBytes(sha256: string): Promise<{ data: Uint8Array; contentType: string } | null> {
  return db.productImage.findFirst({ where: { sha256 }, select: { data: true, contentType: true } });
}
