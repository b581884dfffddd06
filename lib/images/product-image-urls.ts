// The public address of a stored image: named by its content hash, so it never changes meaning
// and can be cached for a year. Pure, so client components can build it too.
const extensionOf: Record<string, string> = { "image/webp": "webp", "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif" };

export const PRODUCT_MEDIA_PATH = "/media/products";
export const BRAND_MEDIA_PATH = "/media/brand";

export function productImageUrl(image: { sha256: string; contentType: string }): string {
  return `${PRODUCT_MEDIA_PATH}/${image.sha256}.${extensionOf[image.contentType] ?? "bin"}`;
}

export function brandImageUrl(image: { sha256: string; contentType: string }): string {
  return `${BRAND_MEDIA_PATH}/${image.sha256}.${extensionOf[image.contentType] ?? "bin"}`;
}

/** `<64 hex>.<ext>` from a media URL's last segment, or null for anything else. */
export function hashOfMediaFile(file: string): string | null {
  return /^([0-9a-f]{64})\.(webp|png|jpg|gif)$/.exec(file)?.[1] ?? null;
}
