import type { Metadata } from "next";
import type { ShopBrand } from "./shop-brand";

/** The <link rel="icon"> set: the operator's favicon, or the generated mark (ICO for old browsers, SVG for the rest). */
export function brandIcons(brand: ShopBrand): Metadata["icons"] {
  if (brand.favicon) return { icon: [{ url: brand.favicon.url, type: "image/png" }], shortcut: "/favicon.ico" };
  return {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: `/brand/icon.svg?accent=${brand.accentColor.slice(1)}`, type: "image/svg+xml" },
    ],
  };
}
