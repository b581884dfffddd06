// POST /api/admin/orders/:id/resend-delivery-email — queue the delivery email of a completed order again (optional {key}).
import { withApi } from "@/lib/api/with-api";
import { optionalJsonBody } from "@/lib/api/optional-json-body";
import { actorOf } from "@/lib/admin/actor";
import { resendDeliveryMail } from "@/lib/admin/orders/resend-delivery-mail";
import { resendMailSchema } from "@/lib/admin/orders/resend-mail-schema";

export const POST = withApi({ access: "admin" }, async (ctx) =>
  resendDeliveryMail(actorOf(ctx), ctx.params.id ?? "", await optionalJsonBody(ctx.req, resendMailSchema)),
);
