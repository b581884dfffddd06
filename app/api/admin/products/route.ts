// GET /api/admin/products — every product, listed or not, with its stock counts; POST creates one (201).
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/with-api";
import { parseQuery } from "@/lib/api/parse-query";
import { actorOf } from "@/lib/admin/actor";
import { createProductSchema } from "@/lib/admin/products/product-input";
import { createProduct, listAdminProducts, productListQuerySchema } from "@/lib/admin/products/products";

export const GET = withApi({ access: "admin" }, async ({ query }) => ({
  products: await listAdminProducts(parseQuery(productListQuerySchema, query)),
}));

export const POST = withApi({ access: "admin", body: createProductSchema }, async (ctx) =>
  NextResponse.json({ success: true, product: await createProduct(actorOf(ctx), ctx.body) }, { status: 201 }),
);
