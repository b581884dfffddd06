// GET /api/admin/webhooks/:id/deliveries?status=&limit= — the endpoint's deliveries with their log (response codes).
import { withApi } from "@/lib/api/with-api";
import { listDeliveries } from "@/lib/webhooks/deliveries";

export const GET = withApi({ access: "admin" }, async ({ params, query }) => ({
  deliveries: await listDeliveries(params.id ?? "", query),
}));
