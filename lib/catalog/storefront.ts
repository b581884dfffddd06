import "server-only";
import { cache } from "react";
import { AppError } from "../api/app-error";
import { getProductOrThrow, listProducts } from "./catalog";
import { categoriesOf, filterProducts, type CatalogueFilter } from "./browse";
import type { ProductDto } from "./product-dto";

/** The catalogue page's data: every category with listed products, and the products the filter keeps. */
export async function browseCatalogue(filter: CatalogueFilter) {
  const products = await listProducts();
  return { categories: categoriesOf(products), products: filterProducts(products, filter) };
}

/** A listed product by slug, or null; shared by a page and its metadata within one request. */
export const findProduct = cache(async (slug: string): Promise<ProductDto | null> => {
  try {
    return await getProductOrThrow(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "product_not_found") return null;
    throw error;
  }
});
