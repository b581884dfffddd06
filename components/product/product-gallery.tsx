import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ProductDto } from "@/lib/catalog/product-dto";
import { coverWidth, ShopImage } from "./shop-image";
import { ProductVisual } from "./product-visual";
import { GalleryViewer } from "./gallery-viewer";

// The gallery fills the page's main column: the whole width on phones, about 44rem beside the checkout from 1024 px.
const MAIN_SIZES = "(min-width: 1024px) 720px, 92vw";
// A thumbnail's button is 4.67rem x 3.5rem (gallery-viewer.tsx) and its picture covers it.
const THUMB_BOX = { width: 75, height: 56 };

/** The product page's pictures: the cover first (loaded at once: it is the page's largest paint), the others on demand. */
export async function ProductGallery({ product, locale, name }: { product: ProductDto; locale: Locale; name: string }) {
  const t = await getTranslations("Storefront");
  if (product.images.length === 0) {
    return <ProductVisual product={product} locale={locale} alt="" sizes={MAIN_SIZES} className="rounded-xl border border-slate-200" />;
  }
  const label = (index: number) => t("imageOf", { n: index + 1, count: product.images.length, name });
  return (
    <GalleryViewer
      label={t("gallery", { name })}
      thumbLabels={product.images.map((_, index) => label(index))}
      slides={product.images.map((image, index) => (
        <ShopImage
          key={image.url}
          src={image.url}
          width={image.width}
          height={image.height}
          alt={label(index)}
          sizes={MAIN_SIZES}
          eager={index === 0}
          className="h-full w-full object-cover"
          testId="gallery-image"
        />
      ))}
      thumbs={product.images.map((image) => (
        <ShopImage
          key={image.url}
          src={image.url}
          width={image.width}
          height={image.height}
          alt=""
          displayWidth={coverWidth(THUMB_BOX, image)}
          className="h-full w-full object-cover"
        />
      ))}
    />
  );
}
