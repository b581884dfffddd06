// GET/PATCH/DELETE /api/admin/products/:id — one product; DELETE unlists a product that has orders.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { updateProductSchema } from "@/lib/admin/products/product-input";
import { deleteProduct, getAdminProductOrThrow, updateProduct } from "@/lib/admin/products/products";

export const GET = withApi({ access: "admin" }, async ({ params }) => ({ product: await getAdminProductOrThrow(params.id ?? "") }));

export const PATCH = withApi({ access: "admin", body: updateProductSchema }, async (ctx) => ({
  product: await updateProduct(actorOf(ctx), ctx.params.id ?? "", ctx.body),
}));

export const DELETE = withApi({ access: "admin" }, async (ctx) => deleteProduct(actorOf(ctx), ctx.params.id ?? ""));
