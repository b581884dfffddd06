import { shownStock } from "../../catalog/product-kinds";
import { productDefinitionFields } from "../../catalog/product-dto";

export type AdminProductRow = {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  priceFen: bigint;
  minQuantity: number;
  maxQuantity: number;
  delimiter: string;
  listed: boolean;
  sortOrder: number;
  lowStockThreshold: number;
  kind: string;
  shownStock: number | null;
  createdAt: Date;
  updatedAt: Date;
  category: { slug: string; nameZh: string; nameEn: string } | null;
  tiers: { minQuantity: number; priceFen: bigint }[];
};

export type StockCounts = { available: number; reserved: number; sold: number };

export const adminProductSelect = {
  id: true,
  slug: true,
  nameZh: true,
  nameEn: true,
  descriptionZh: true,
  descriptionEn: true,
  priceFen: true,
  minQuantity: true,
  maxQuantity: true,
  delimiter: true,
  listed: true,
  sortOrder: true,
  lowStockThreshold: true,
  kind: true,
  shownStock: true,
  createdAt: true,
  updatedAt: true,
  category: { select: { slug: true, nameZh: true, nameEn: true } },
  tiers: { select: { minQuantity: true, priceFen: true } },
} as const;

/** The product as the operator sees it: the public fields (same names, same units) and the operator's own. */
export function adminProductDto(product: AdminProductRow, counts: StockCounts) {
  return {
    ...productDefinitionFields(product),
    max_quantity: product.maxQuantity,
    delimiter: product.delimiter,
    listed: product.listed,
    sort_order: product.sortOrder,
    low_stock_threshold: product.lowStockThreshold,
    kind: product.kind,
    shown_stock: product.shownStock,
    // What the shop shows (lib/catalog/product-kinds.ts); stock_counts are the uploaded lines.
    stock: shownStock(product.kind, counts.available, product.shownStock),
    stock_counts: counts,
    created_at: product.createdAt.toISOString(),
    updated_at: product.updatedAt.toISOString(),
  };
}

export type AdminProductDto = ReturnType<typeof adminProductDto>;

/** What the audit log keeps of a product: its definition, not its moving stock counts. */
export function productSnapshot(dto: AdminProductDto) {
  const { stock: _stock, stock_counts: _counts, created_at: _created, updated_at: _updated, ...definition } = dto;
  return definition;
}
