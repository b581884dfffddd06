import { shopBrand } from "@/lib/brand/shop-brand";

/**
 * The operator's accent colour as a stylesheet link (no inline <style>, which a strict CSP
 * refuses). React hoists it into <head>. With the built-in accent nothing is linked at all:
 * the compiled CSS already has it.
 */
export async function AccentStylesheet() {
  const brand = await shopBrand();
  if (brand.defaultAccent) return null;
  return <link rel="stylesheet" href={`/brand/theme.css?accent=${brand.accentColor.slice(1)}`} precedence="high" />;
}
