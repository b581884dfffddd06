import "server-only";
import { db } from "../db";
import { env } from "../env";
import { errors } from "../api/app-error";
import { productDto, type ProductDto } from "./product-dto";
import { shownStock } from "./product-kinds";
import { catalogCopyLifetime } from "./copy-lifetime";
import { offThreadRead } from "../db/off-thread-read";
import { keptCopy } from "../cache/kept-copy";
import { StockLedger, type StockBase, type Taking } from "./stock-ledger";

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

// `stock` is counted from the items table, never stored. A short-lived copy
// (CATALOG_CACHE_MS, default 1 s, longer when counting is slow: lib/catalog/copy-lifetime.ts)
// keeps the catalogue at the framework's speed under load. This process's orders adjust the
// copy's counts (./stock-ledger.ts); its other changes of stock drop the copy.
//
// The count also returns, from the same snapshot, the ids of the orders made since the
// ledger's mark (`-1` in the second column marks them): which of this instance's orders
// under way the count already holds. The range is on the primary key; every id has the same
// shape (lowercase hex and hyphens), so any collation orders them as their bytes.
const AVAILABLE_COUNTS = `SELECT "productId" AS "key", COUNT(*) AS "available" FROM "stock_items" WHERE "status" = ? GROUP BY "productId"
  UNION ALL SELECT "id", -1 FROM "orders" WHERE "id" >= ? AND "id" < ?`;
const SEEN_ORDER = -1;

type ListedProduct = { dto: ProductDto; kind: string; shownStock: number | null };
type CatalogueCopy = { products: ListedProduct[]; stock: StockBase };

const ledger = new StockLedger();
let lastLoadMs = 0;
// One read at a time, shared by the requests that arrive while it runs. A copy that has only
// aged (nothing in this process dropped it since it was made) is served while the next one is
// made: the count runs off the event loop, and requests need not wait for it. A copy this
// process's own change dropped is never served again (lib/cache/kept-copy.ts).
const catalogue = keptCopy(loadCatalogue, {
  lifetimeMs: () => catalogCopyLifetime(env.CATALOG_CACHE_MS, lastLoadMs),
  serveAgedWhileReading: true,
});

/** Drops the copy after a change of products or stock other than an order's (lib/orders/create-order.ts tells the ledger). */
export const invalidateCatalog = (): void => catalogue.invalidate();

/**
 * An order that takes `quantity` items of a product, before its transaction begins; the
 * answer is told how it ended. A failure that may have committed drops the copy.
 */
export function orderTakingStock(taking: Taking): { committed(): void; rolledBack(): void; unknown(): void } {
  ledger.open(taking);
  return {
    committed: () => {
      if (!ledger.committed(taking.orderId)) catalogue.invalidate();
    },
    rolledBack: () => ledger.rolledBack(taking.orderId),
    unknown: () => {
      ledger.rolledBack(taking.orderId);
      catalogue.invalidate();
    },
  };
}

// The products as the copy shows them now: its counts less what this process's orders took
// since. Made again only when an order committed; a product whose stock did not move keeps its
// object (./catalogue-answers.ts keeps its bytes by it).
let shown: { copy: CatalogueCopy; version: number; products: ProductDto[] } | undefined;

export async function listProducts(): Promise<ProductDto[]> {
  const copy = await catalogue.read();
  if (shown?.copy === copy && shown.version === ledger.version) return shown.products;
  const taken = ledger.takenSince(copy.stock);
  const products = copy.products.map(({ dto, kind, shownStock: figure }) => {
    const less = taken.get(dto.id);
    if (!less) return dto;
    return { ...dto, stock: shownStock(kind, Math.max(0, (copy.stock.available.get(dto.id) ?? 0) - less), figure) };
  });
  shown = { copy, version: ledger.version, products };
  return products;
}

async function loadCatalogue(): Promise<CatalogueCopy> {
  const startedAt = Date.now();
  const mark = ledger.mark(startedAt);
  const [rows, counts] = await Promise.all([
    db.product.findMany({
      where: { listed: true },
      select: { ...productSelect, images: imageSelect, kind: true, shownStock: true },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    }),
    // Every available item of the shop is counted: off the event loop (lib/db/off-thread-read.ts).
    offThreadRead(AVAILABLE_COUNTS, ["available", mark.from, mark.below], (row) => ({
      key: String(row.key),
      available: Number(row.available),
    })),
  ]);
  lastLoadMs = Date.now() - startedAt;
  const available = new Map<string, number>();
  const seen = new Set<string>();
  for (const row of counts) {
    if (row.available === SEEN_ORDER) seen.add(row.key);
    else available.set(row.key, row.available);
  }
  const stock = ledger.settle(mark, available, seen);
  const products = rows.map((row) => ({
    dto: productDto(row, shownStock(row.kind, available.get(row.id) ?? 0, row.shownStock)),
    kind: row.kind,
    shownStock: row.shownStock,
  }));
  return { products, stock };
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
