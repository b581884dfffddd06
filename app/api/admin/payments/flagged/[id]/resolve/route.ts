// POST /api/admin/payments/flagged/:id/resolve — marks an order's payment flag as dealt with, with a note.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { resolveFlaggedPayment } from "@/lib/admin/payments/flagged-payments";
import { resolveFlagSchema } from "@/lib/admin/payments/payment-request-schemas";

export const POST = withApi({ access: "admin", body: resolveFlagSchema }, async (ctx) =>
  resolveFlaggedPayment(actorOf(ctx), ctx.params.id ?? "", ctx.body.note),
);
