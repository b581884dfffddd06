// POST /api/admin/orders/:id/confirm — the operator marks a missed payment as received (optional {note}).
import { withApi } from "@/lib/api/with-api";
import { optionalJsonBody } from "@/lib/api/optional-json-body";
import { actorOf } from "@/lib/admin/actor";
import { confirmAsOperator } from "@/lib/admin/orders/order-actions";
import { orderActionSchema } from "@/lib/admin/request-schemas";

export const POST = withApi({ access: "admin" }, async (ctx) => {
  const result = await confirmAsOperator(actorOf(ctx), ctx.params.id ?? "", await optionalJsonBody(ctx.req, orderActionSchema));
  return { ...result, confirmed_by: ctx.user?.email };
});
