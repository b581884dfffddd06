// POST /api/admin/payments/transfers/:id/attach — the transfer paid this order: completes it through confirmPayment, once.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { attachTransfer } from "@/lib/admin/payments/transfers";
import { attachTransferSchema } from "@/lib/admin/payments/payment-request-schemas";

export const POST = withApi({ access: "admin", body: attachTransferSchema }, async (ctx) =>
  attachTransfer(actorOf(ctx), ctx.params.id ?? "", ctx.body),
);
