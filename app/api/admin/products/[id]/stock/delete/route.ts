// POST /api/admin/products/:id/stock/delete — deletes unsold items: {ids: [...]} or {all: true}.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { deleteUnsoldItems } from "@/lib/admin/stock";
import { deleteStockSchema } from "@/lib/admin/request-schemas";

export const POST = withApi({ access: "admin", body: deleteStockSchema }, async (ctx) =>
  deleteUnsoldItems(actorOf(ctx), ctx.params.id ?? "", ctx.body),
);
