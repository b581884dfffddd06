// PUT and DELETE /api/admin/brand/:kind (logo | favicon) — the operator's own logo or favicon
// (raw image bytes or a multipart `file`), or back to the generated mark.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { readImageUpload } from "@/lib/images/read-upload";
import { brandImageKindOrThrow, deleteBrandImage, setBrandImage } from "@/lib/brand/brand-images";

// rawBody: the image comes as its own bytes or a form upload, read and checked by the handler.
export const PUT = withApi({ access: "admin", rawBody: true }, async (ctx) => ({
  image: await setBrandImage(brandImageKindOrThrow(ctx.params.kind ?? ""), await readImageUpload(ctx.req), actorOf(ctx)),
}));

export const DELETE = withApi({ access: "admin" }, async (ctx) => {
  await deleteBrandImage(brandImageKindOrThrow(ctx.params.kind ?? ""), actorOf(ctx));
  return { deleted: true };
});
