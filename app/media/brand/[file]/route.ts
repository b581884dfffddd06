// GET /media/brand/:sha256.:ext — the operator's logo or favicon, by the hash of its bytes (immutable).
import { hashOfMediaFile } from "@/lib/images/product-image-urls";
import { brandImageBytes } from "@/lib/brand/brand-images";
import { imageResponse } from "@/lib/images/serve-image";

export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const sha256 = hashOfMediaFile((await params).file);
  return imageResponse(req, sha256 ? await brandImageBytes(sha256) : null, sha256 ?? "");
}
