// GET /favicon.ico — the operator's favicon, or the shop's mark in its accent colour.
import { shopBrand } from "@/lib/brand/shop-brand";
import { generatedFavicon } from "@/lib/brand/favicon";
import { brandImageBytes } from "@/lib/brand/brand-images";

export const dynamic = "force-dynamic";

export async function GET() {
  const brand = await shopBrand();
  const uploaded = brand.favicon ? await brandImageBytes(brand.favicon.sha256) : null;
  const body = uploaded ? uploaded.data : await generatedFavicon(brand.accentColor);
  // The address never changes, so browsers revalidate daily rather than keep it for a year.
  return new Response(body as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": uploaded ? uploaded.contentType : "image/x-icon", "Cache-Control": "public, max-age=86400" },
  });
}
