// GET /media/products/:sha256.:ext — a product image, by the hash of its bytes (immutable).
import { hashOfMediaFile } from "@/lib/images/product-image-urls";
import { productImageBytes } from "@/lib/images/product-images";
import { imageResponse } from "@/lib/images/serve-image";

export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const sha256 = hashOfMediaFile((await params).file);
  return imageResponse(req, sha256 ? await productImageBytes(sha256) : null, sha256 ?? "");
}
