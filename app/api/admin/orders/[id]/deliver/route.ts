// POST /api/admin/orders/:id/deliver — the operator delivers a paid manual-delivery order: {items: [...], note?}.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { deliverManualOrder } from "@/lib/admin/orders/deliver-manual-order";
import { manualDeliverySchema } from "@/lib/orders/manual-delivery-schema";

export const POST = withApi({ access: "admin", body: manualDeliverySchema }, async (ctx) =>
  deliverManualOrder(actorOf(ctx), ctx.params.id ?? "", ctx.body),
);
