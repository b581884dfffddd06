// DELETE /api/admin/products/:id/images/:imageId — removes one image from a product's gallery.
import { withApi } from "@/lib/api/with-api";
import { deleteProductImage } from "@/lib/images/product-images";

export const DELETE = withApi({ access: "admin" }, async ({ params }) => {
  await deleteProductImage(params.id ?? "", params.imageId ?? "");
  return { deleted: true };
});
