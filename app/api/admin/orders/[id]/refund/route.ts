// POST /api/admin/orders/:id/refund — the operator refunds a completed order (balance payments go back to the balance; cashier payments through the provider, or `{"to":"balance"}`; optional {note}).
import { withApi } from "@/lib/api/with-api";
import { optionalJsonBody } from "@/lib/api/optional-json-body";
import { actorOf } from "@/lib/admin/actor";
import { refundAsOperator } from "@/lib/admin/orders/order-actions";
import { refundActionSchema } from "@/lib/admin/request-schemas";

export const POST = withApi({ access: "admin" }, async (ctx) =>
  refundAsOperator(actorOf(ctx), ctx.params.id ?? "", await optionalJsonBody(ctx.req, refundActionSchema)),
);
