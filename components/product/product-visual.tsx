import type { Locale } from "@/lib/i18n/routing";
import type { ProductDto } from "@/lib/catalog/product-dto";
import { localized } from "@/lib/i18n/localized";
import { ShopImage } from "./shop-image";
import { CategoryArt } from "./category-art";

type Props = {
  product: Pick<ProductDto, "images" | "category">;
  locale: Locale;
  /** What the picture shows, for screen readers (the product's name). */
  alt: string;
  /** The rendered width at each breakpoint, so the browser fetches the size it needs. */
  sizes: string;
  eager?: boolean;
  className?: string;
};

/** A product's cover picture in a 4:3 box, or its category's generated picture when it has none. */
export function ProductVisual({ product, locale, alt, sizes, eager, className = "" }: Props) {
  const cover = product.images[0];
  return (
    <div className={`relative aspect-[4/3] overflow-hidden bg-slate-100 ${className}`}>
      {cover ? (
        <ShopImage
          src={cover.url}
          width={cover.width}
          height={cover.height}
          alt={alt}
          sizes={sizes}
          eager={eager}
          className="absolute inset-0 h-full w-full object-cover"
          testId="product-image"
        />
      ) : (
        <CategoryArt
          slug={product.category?.slug ?? null}
          label={product.category ? localized(product.category, "name", locale) : null}
          className="absolute inset-0 h-full w-full"
        />
      )}
    </div>
  );
}
