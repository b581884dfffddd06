// GET /api/products/:idOrSlug — one listed product, by id or slug.
import { withApi } from "@/lib/api/with-api";
import { productAnswer } from "@/lib/catalog/catalogue-answers";

export const GET = withApi({ access: "public" }, ({ params }) => productAnswer(params.idOrSlug ?? ""));
