// POST /api/admin/products/:id/stock — a text/plain body (up to 32 MB), one item per line; GET lists items by state.
import { withApi } from "@/lib/api/with-api";
import { parseQuery } from "@/lib/api/parse-query";
import { readTextBody } from "@/lib/api/read-text-body";
import { actorOf } from "@/lib/admin/actor";
import { importStockAsOperator, listStockItems, MAX_STOCK_UPLOAD_BYTES, stockListQuerySchema } from "@/lib/admin/stock";
import { linesOf } from "@/lib/stock/import-stock";

// rawBody: the lines come as text/plain (or a form upload), up to 32 MB, read by the handler.
export const POST = withApi({ access: "admin", rawBody: true }, async (ctx) => {
  const text = await readTextBody(ctx.req, MAX_STOCK_UPLOAD_BYTES);
  return importStockAsOperator(actorOf(ctx), ctx.params.id ?? "", linesOf(text));
});

export const GET = withApi({ access: "admin" }, async ({ params, query }) =>
  listStockItems(params.id ?? "", parseQuery(stockListQuerySchema, query)),
);
