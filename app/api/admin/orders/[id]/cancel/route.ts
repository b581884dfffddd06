// POST /api/admin/orders/:id/cancel — the operator cancels an unpaid order; its items go back on sale (optional {note}).
import { withApi } from "@/lib/api/with-api";
import { optionalJsonBody } from "@/lib/api/optional-json-body";
import { actorOf } from "@/lib/admin/actor";
import { cancelAsOperator } from "@/lib/admin/orders/order-actions";
import { orderActionSchema } from "@/lib/admin/request-schemas";

export const POST = withApi({ access: "admin" }, async (ctx) =>
  cancelAsOperator(actorOf(ctx), ctx.params.id ?? "", await optionalJsonBody(ctx.req, orderActionSchema)),
);
