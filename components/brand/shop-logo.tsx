import type { Locale } from "@/lib/i18n/routing";
import { DEFAULT_SHOP_NAME, shopBrand } from "@/lib/brand/shop-brand";
import { ShopImage } from "@/components/product/shop-image";

/** The operator's logo (its own picture, name beside it for screen readers), or the generated mark and the shop's name. */
export async function ShopLogo({ locale }: { locale: Locale }) {
  const brand = await shopBrand();
  const name = brand.shopName[locale] ?? DEFAULT_SHOP_NAME;
  if (brand.logo) {
    // A logo is drawn 32 px high: its width follows its own proportions.
    const width = Math.round((brand.logo.width / brand.logo.height) * 32);
    return (
      <span className="flex items-center gap-2">
        <ShopImage
          src={brand.logo.url}
          width={brand.logo.width}
          height={brand.logo.height}
          alt=""
          displayWidth={width}
          eager
          className="h-8 w-auto"
          testId="shop-logo"
        />
        <span className="text-xl font-bold tracking-tight text-indigo-700">{name}</span>
      </span>
    );
  }
  return (
    <span className="flex items-center gap-2">
      <svg viewBox="0 0 32 32" className="h-8 w-8 shrink-0 text-indigo-700" aria-hidden="true" data-testid="shop-mark">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <rect x="8" y="9" width="16" height="3" rx="1.5" fill="#fff" />
        <rect x="8" y="14.5" width="12" height="3" rx="1.5" fill="#fff" fillOpacity=".85" />
        <rect x="8" y="20" width="8" height="3" rx="1.5" fill="#fff" fillOpacity=".7" />
      </svg>
      <span className="text-xl font-bold tracking-tight text-indigo-700">{name}</span>
    </span>
  );
}
