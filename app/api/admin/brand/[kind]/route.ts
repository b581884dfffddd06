// PUT and DELETE /api/admin/brand/:kind (logo | favicon) — the operator's own logo or favicon
// (raw image bytes or a multipart `file`), or back to the generated mark.
import { withApi } from "@/lib/api/with-api";
import { readImageUpload } from "@/lib/images/read-upload";
import { brandImageKindOrThrow, deleteBrandImage, setBrandImage } from "@/lib/brand/brand-images";

// rawBody: the image comes as its own bytes or a form upload, read and checked by the handler.
export const PUT = withApi({ access: "admin", rawBody: true }, async ({ params, req }) => ({
  image: await setBrandImage(brandImageKindOrThrow(params.kind ?? ""), await readImageUpload(req)),
}));

export const DELETE = withApi({ access: "admin" }, async ({ params }) => {
  await deleteBrandImage(brandImageKindOrThrow(params.kind ?? ""));
  return { deleted: true };
});
