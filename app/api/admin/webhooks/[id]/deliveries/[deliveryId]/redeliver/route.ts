// POST /api/admin/webhooks/:id/deliveries/:deliveryId/redeliver — send a delivery again now (same webhook-id and body).
import { withApi } from "@/lib/api/with-api";
import { redeliver } from "@/lib/webhooks/deliveries";

export const POST = withApi({ access: "admin" }, async ({ params }) => ({
  delivery: await redeliver(params.id ?? "", params.deliveryId ?? ""),
}));
