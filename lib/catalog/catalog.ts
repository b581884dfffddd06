import "server-only";
import { db } from "../db";
import { env } from "../env";
import { errors } from "../api/app-error";
import { productDto, type ProductDto } from "./product-dto";
import { shownStock } from "./product-kinds";
import { catalogCopyLifetime } from "./copy-lifetime";

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
  if (cache && Date.now() - cache.at < catalogCopyLifetime(env.CATALOG_CACHE_MS, lastLoadMs)) return cache.products;
  // One read at a time: requests arriving while it runs share it instead of each querying.
  if (!loading) {
    const mine = loadProducts().finally(() => {
      if (loading === mine) loading = undefined;
    });
    loading = mine;
  }
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
    db.stockItem.groupBy({ by: ["productId"], where: { status: "available" }, _count: { _all: true } }),
  ]);
  lastLoadMs = Date.now() - startedAt;
  const stock = new Map(counts.map((row) => [row.productId, row._count._all]));
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
