import "server-only";
import { db } from "../db";
import { env } from "../env";
import { errors } from "../api/app-error";
import { productDto, type ProductDto } from "./product-dto";
import { shownStock } from "./product-kinds";
import { catalogCopyLifetime } from "./copy-lifetime";
import { offThreadRead } from "../db/off-thread-read";
import { keptCopy } from "../cache/kept-copy";

const productSelect = {
  id: true,
  slug: true,
  nameZh: true,
  nameEn: true,
  descriptionZh: true,
  descriptionEn: true,
  priceFen: true,
  minQuantity: true,
  maxQuantity: true,
  sortOrder: true,
  category: { select: { slug: true, nameZh: true, nameEn: true } },
  tiers: { select: { minQuantity: true, priceFen: true } },
} as const;
const imageSelect = {
  select: { sha256: true, contentType: true, width: true, height: true },
  orderBy: [{ sortOrder: "asc" as const }, { createdAt: "asc" as const }],
};

// `stock` is counted from the items table on every read, never stored. A short-lived copy
// (CATALOG_CACHE_MS, default 1 s, longer when counting is slow: lib/catalog/copy-lifetime.ts;
// dropped at once when this process changes stock) keeps the catalogue at the framework's
// speed under load.
const AVAILABLE_COUNTS = `SELECT "productId", COUNT(*) AS "available" FROM "stock_items" WHERE "status" = ? GROUP BY "productId"`;

let lastLoadMs = 0;
// One read at a time, shared by the requests that arrive while it runs. A copy that has only
// aged (this process changed no stock since it was made) is served while the next one is
// made: the count runs off the event loop, and requests need not wait for it. A copy this
// process's own change dropped is never served again (lib/cache/kept-copy.ts).
const catalogue = keptCopy(loadProducts, {
  lifetimeMs: () => catalogCopyLifetime(env.CATALOG_CACHE_MS, lastLoadMs),
  serveAgedWhileReading: true,
});

export const invalidateCatalog = (): void => catalogue.invalidate();

export const listProducts = (): Promise<ProductDto[]> => catalogue.read();

async function loadProducts(): Promise<ProductDto[]> {
  const startedAt = Date.now();
  const [products, counts] = await Promise.all([
    db.product.findMany({
      where: { listed: true },
      select: { ...productSelect, images: imageSelect, kind: true, shownStock: true },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    }),
    // Every available item of the shop is counted: off the event loop (lib/db/off-thread-read.ts).
    offThreadRead(AVAILABLE_COUNTS, ["available"], (row) => ({ productId: String(row.productId), available: Number(row.available) })),
  ]);
  lastLoadMs = Date.now() - startedAt;
  const stock = new Map(counts.map((row) => [row.productId, row.available]));
  return products.map((product) => productDto(product, shownStock(product.kind, stock.get(product.id) ?? 0, product.shownStock)));
}

/** A listed product by id or slug, from the catalogue's copy; undefined when unlisted or unknown. */
export async function listedProduct(idOrSlug: string): Promise<ProductDto | undefined> {
  return (await listProducts()).find((product) => product.id === idOrSlug || product.slug === idOrSlug);
}

/** A listed product by id or slug; an unlisted or unknown one is `Product not found`. */
export async function getProductOrThrow(idOrSlug: string): Promise<ProductDto> {
  const cached = await listedProduct(idOrSlug);
  if (!cached) throw errors.productNotFound();
  return cached;
}
