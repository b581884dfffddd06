import "server-only";
import { db } from "../db";
import { env } from "../env";
import { errors } from "../api/app-error";
import { productDto, type ProductDto } from "./product-dto";
import { shownStock } from "./product-kinds";
import { catalogCopyLifetime } from "./copy-lifetime";
import { offThreadRead } from "../db/off-thread-read";

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

let cache: { at: number; products: ProductDto[] } | undefined;
let loading: Promise<ProductDto[]> | undefined;
let generation = 0;
let lastLoadMs = 0;

export function invalidateCatalog(): void {
  generation++;
  cache = undefined;
  loading = undefined;
}

export async function listProducts(): Promise<ProductDto[]> {
  const lifetime = catalogCopyLifetime(env.CATALOG_CACHE_MS, lastLoadMs);
  const age = cache ? Date.now() - cache.at : Infinity;
  if (cache && age < lifetime) return cache.products;
  // One read at a time: requests arriving while it runs share it instead of each querying.
  if (!loading) {
    const mine = loadProducts().finally(() => {
      if (loading === mine) loading = undefined;
    });
    // Nobody may be waiting for it (below); a failure is still answered to whoever is.
    mine.catch(() => undefined);
    loading = mine;
  }
  // A copy that has only aged (this process changed no stock since it was made) is served
  // while the next one is made: the count runs off the event loop, and requests need not wait
  // for it. Not for longer than a second lifetime (a database that stopped answering is not
  // hidden behind an old copy), and a copy this process's own change dropped is never served
  // again: those requests wait for the new one.
  if (cache && age < 2 * lifetime) return cache.products;
  return loading;
}

async function loadProducts(): Promise<ProductDto[]> {
  const startedAt = Date.now();
  const startedGeneration = generation;
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
  const dtos = products.map((product) => productDto(product, shownStock(product.kind, stock.get(product.id) ?? 0, product.shownStock)));
  // A read that began before a stock change in this process must not be kept as fresh.
  if (startedGeneration === generation) cache = { at: startedAt, products: dtos };
  return dtos;
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
