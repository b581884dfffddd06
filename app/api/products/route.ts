// GET /api/products — every listed product with its unit price and live stock.
import { withApi } from "@/lib/api/with-api";
import { catalogueAnswer } from "@/lib/catalog/catalogue-answers";

export const GET = withApi({ access: "public" }, () => catalogueAnswer());
