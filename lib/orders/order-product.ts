import "server-only";
import { db } from "../db";
import { listedProduct } from "../catalog/catalog";
import { productImageUrl } from "../images/product-image-urls";

export type OrderProductView = {
  slug: string;
  name_zh: string;
  name_en: string;
  /** Still for sale: the order pages link back to it. */
  listed: boolean;
  category: { slug: string; name_zh: string; name_en: string } | null;
  images: { url: string; width: number; height: number }[];
};

/** What an order bought, as its pages show it: names, category and cover picture, listed or not. */
export async function orderProductView(productId: string): Promise<OrderProductView | null> {
  // A product still for sale is in the catalogue's copy the storefront serves (at most a
  // second or so old, as on the product page): no query. The copy's pictures are in the
  // same order as below.
  const forSale = await listedProduct(productId);
  if (forSale) {
    const { slug, name_zh, name_en, category, images } = forSale;
    return { slug, name_zh, name_en, listed: true, category, images: images.slice(0, 1) };
  }
  const product = await db.product.findUnique({
    where: { id: productId },
    select: {
      slug: true,
      nameZh: true,
      nameEn: true,
      listed: true,
      category: { select: { slug: true, nameZh: true, nameEn: true } },
      images: {
        select: { sha256: true, contentType: true, width: true, height: true },
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        take: 1,
      },
    },
  });
  if (!product) return null;
  return {
    slug: product.slug,
    name_zh: product.nameZh,
    name_en: product.nameEn,
    listed: product.listed,
    category: product.category ? { slug: product.category.slug, name_zh: product.category.nameZh, name_en: product.category.nameEn } : null,
    images: product.images.map((image) => ({ url: productImageUrl(image), width: image.width, height: image.height })),
  };
}
