import "server-only";
import { db, transaction } from "../db";
import { recordAudit } from "../admin/audit";
import type { Actor } from "../admin/actor";
import { AppError } from "../api/app-error";
import { encodeImage } from "../images/encode-image";
import { brandImageUrl } from "../images/product-image-urls";
import { invalidateShopBrand } from "./shop-brand";

export const BRAND_IMAGE_KINDS = ["logo", "favicon"] as const;
export type BrandImageKind = (typeof BRAND_IMAGE_KINDS)[number];

// A logo is shown at most ~48 px high (x2 for sharp screens); a favicon at 16-48 px.
const targets: Record<BrandImageKind, number> = { logo: 512, favicon: 96 };

export function brandImageKindOrThrow(kind: string): BrandImageKind {
  if (!(BRAND_IMAGE_KINDS as readonly string[]).includes(kind)) throw new AppError("not_found", "Not found");
  return kind as BrandImageKind;
}

/** Replaces the shop's logo or favicon with a validated, re-encoded PNG of the upload, audited. */
export async function setBrandImage(kind: BrandImageKind, upload: Uint8Array, actor: Actor) {
  const encoded = await encodeImage(upload, { maxEdge: targets[kind], format: "png" });
  const fields = {
    data: new Uint8Array(encoded.data),
    contentType: encoded.contentType,
    width: encoded.width,
    height: encoded.height,
    sha256: encoded.sha256,
    updatedAt: new Date(),
  };
  await transaction(async (tx) => {
    const before = await tx.brandImage.findUnique({ where: { kind }, select: { sha256: true } });
    await tx.brandImage.upsert({ where: { kind }, create: { kind, ...fields }, update: fields });
    await recordAudit(tx, actor, {
      action: "brand.image.set",
      entityType: "brand",
      entityId: kind,
      before: before ? { sha256: before.sha256 } : null,
      after: { sha256: encoded.sha256, width: encoded.width, height: encoded.height },
    });
  });
  invalidateShopBrand();
  return { kind, url: brandImageUrl(encoded), width: encoded.width, height: encoded.height };
}

/** Back to the generated mark, audited. */
export async function deleteBrandImage(kind: BrandImageKind, actor: Actor): Promise<void> {
  await transaction(async (tx) => {
    const before = await tx.brandImage.findUnique({ where: { kind }, select: { sha256: true } });
    const { count } = await tx.brandImage.deleteMany({ where: { kind } });
    if (!before || count !== 1) throw new AppError("not_found", "Image not found");
    await recordAudit(tx, actor, { action: "brand.image.delete", entityType: "brand", entityId: kind, before: { sha256: before.sha256 } });
  });
  invalidateShopBrand();
}

export async function brandImageBytes(sha256: string): Promise<{ data: Uint8Array; contentType: string } | null> {
  return db.brandImage.findFirst({ where: { sha256 }, select: { data: true, contentType: true } });
}
