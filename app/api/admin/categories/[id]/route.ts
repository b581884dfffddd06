// GET/PATCH/DELETE /api/admin/categories/:id — one category; deleting it leaves its products uncategorised.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { deleteCategory, getCategoryOrThrow, updateCategory } from "@/lib/admin/categories";
import { updateCategorySchema } from "@/lib/admin/request-schemas";

export const GET = withApi({ access: "admin" }, async ({ params }) => ({ category: await getCategoryOrThrow(params.id ?? "") }));

export const PATCH = withApi({ access: "admin", body: updateCategorySchema }, async (ctx) => ({
  category: await updateCategory(actorOf(ctx), ctx.params.id ?? "", ctx.body),
}));

export const DELETE = withApi({ access: "admin" }, async (ctx) => deleteCategory(actorOf(ctx), ctx.params.id ?? ""));
