// GET, POST and PATCH /api/admin/products/:id/images — list, upload (raw image bytes or a
// multipart `file`) and reorder a product's images.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { readImageUpload } from "@/lib/images/read-upload";
import { addProductImage, listProductImages, reorderProductImages } from "@/lib/images/product-images";
import { reorderImagesSchema } from "@/lib/images/schemas";
import { NextResponse } from "next/server";

export const GET = withApi({ access: "admin" }, async ({ params }) => ({ images: await listProductImages(params.id ?? "") }));

// rawBody: the image comes as its own bytes or a form upload, read and checked by the handler.
export const POST = withApi({ access: "admin", rawBody: true }, async (ctx) => {
  const { image, created } = await addProductImage(ctx.params.id ?? "", await readImageUpload(ctx.req), actorOf(ctx));
  return NextResponse.json({ success: true, image }, { status: created ? 201 : 200 });
});

export const PATCH = withApi({ access: "admin", body: reorderImagesSchema }, async (ctx) => ({
  images: await reorderProductImages(ctx.params.id ?? "", ctx.body.order, actorOf(ctx)),
}));
