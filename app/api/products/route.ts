// GET /api/products — every listed product with its unit price and live stock.
import { withApi } from "@/lib/api/with-api";
import { listProducts } from "@/lib/catalog/catalog";

export const GET = withApi({ access: "public" }, async () => ({ products: await listProducts() }));
