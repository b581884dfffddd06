import { fenToYuan } from "../money";
import { productImageUrl } from "../images/product-image-urls";
import { productMaxQuantity } from "../orders/quantity-limits";

export type ProductRow = {
  id: string;
  slug: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  priceFen: bigint;
  minQuantity: number;
  maxQuantity: number;
  sortOrder: number;
  category: { slug: string; nameZh: string; nameEn: string } | null;
  tiers: { minQuantity: number; priceFen: bigint }[];
  images: { sha256: string; contentType: string; width: number; height: number }[];
};

/** A product's definition in the contract's names and units, as the shop and the console both show it. */
export function productDefinitionFields(product: Omit<ProductRow, "images" | "maxQuantity" | "sortOrder">) {
  return {
    id: product.id,
    slug: product.slug,
    name_zh: product.nameZh,
    name_en: product.nameEn,
    description_zh: product.descriptionZh,
    description_en: product.descriptionEn,
    category: product.category ? { slug: product.category.slug, name_zh: product.category.nameZh, name_en: product.category.nameEn } : null,
    price: fenToYuan(product.priceFen),
    price_tiers: product.tiers
      .slice()
      .sort((a, b) => a.minQuantity - b.minQuantity)
      .map((tier) => ({ min_quantity: tier.minQuantity, price: fenToYuan(tier.priceFen) })),
    min_quantity: product.minQuantity,
  };
}

/** The public shape of a product (contract: id, slug, name_zh, name_en, stock, min_quantity, price). */
export function productDto(product: ProductRow, stock: number) {
  return {
    ...productDefinitionFields(product),
    max_quantity: productMaxQuantity(product.maxQuantity),
    stock,
    // In display order; the first is the cover. Immutable, content-hashed URLs.
    images: product.images.map((image) => ({ url: productImageUrl(image), width: image.width, height: image.height })),
  };
}

export type ProductDto = ReturnType<typeof productDto>;
