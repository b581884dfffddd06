// POST /api/admin/webhooks/:id/deliveries/:deliveryId/redeliver — send a delivery again now (same webhook-id and body).
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { redeliver } from "@/lib/webhooks/deliveries";

export const POST = withApi({ access: "admin" }, async (ctx) => ({
  delivery: await redeliver(ctx.params.id ?? "", ctx.params.deliveryId ?? "", actorOf(ctx)),
}));
