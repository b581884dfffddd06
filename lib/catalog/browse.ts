// What the storefront's catalogue shows: the live products narrowed by a search text and a
// category, the categories that have listed products, and the lowest unit price a tier offers.
import { z } from "zod";
import type { ProductDto } from "./product-dto";

export type CatalogueFilter = { q?: string; category?: string };
export type CategoryDto = NonNullable<ProductDto["category"]>;

/** Case-insensitive match of every word of `q` against both names and the slug. */
export function filterProducts(products: ProductDto[], filter: CatalogueFilter): ProductDto[] {
  const words = (filter.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return products.filter((product) => {
    if (filter.category && product.category?.slug !== filter.category) return false;
    const haystack = `${product.name_zh} ${product.name_en} ${product.slug}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The categories of the given products, once each, in catalogue order. */
export function categoriesOf(products: ProductDto[]): CategoryDto[] {
  const seen = new Map<string, CategoryDto>();
  for (const product of products)
    if (product.category && !seen.has(product.category.slug)) seen.set(product.category.slug, product.category);
  return [...seen.values()];
}

/** The lowest unit price any tier offers, or null when the product has no tier below its price. */
export function lowestTierPrice(product: Pick<ProductDto, "price" | "price_tiers">): number | null {
  const lowest = Math.min(...product.price_tiers.map((tier) => tier.price));
  return product.price_tiers.length && lowest < product.price ? lowest : null;
}

/** The catalogue's query string: anything malformed (arrays, overlong text) is ignored, not an error. */
export const catalogueFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  category: z.string().trim().max(100).optional().catch(undefined),
});
