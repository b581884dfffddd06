// POST /api/admin/payments/transfers/:id/dismiss — sets a transfer aside with the operator's reason.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { dismissTransferAsOperator } from "@/lib/admin/payments/transfers";
import { dismissTransferSchema } from "@/lib/admin/payments/payment-request-schemas";

export const POST = withApi({ access: "admin", body: dismissTransferSchema }, async (ctx) =>
  dismissTransferAsOperator(actorOf(ctx), ctx.params.id ?? "", ctx.body.note),
);
