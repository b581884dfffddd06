// DELETE /api/admin/products/:id/images/:imageId — removes one image from a product's gallery.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { deleteProductImage } from "@/lib/images/product-images";

export const DELETE = withApi({ access: "admin" }, async (ctx) => {
  await deleteProductImage(ctx.params.id ?? "", ctx.params.imageId ?? "", actorOf(ctx));
  return { deleted: true };
});
