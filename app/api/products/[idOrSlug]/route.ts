// GET /api/products/:idOrSlug — one listed product, by id or slug.
import { withApi } from "@/lib/api/with-api";
import { getProductOrThrow } from "@/lib/catalog/catalog";

export const GET = withApi({ access: "public" }, async ({ params }) => ({
  product: await getProductOrThrow(params.idOrSlug ?? ""),
}));
