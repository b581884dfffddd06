// POST /api/admin/orders/:id/confirm — the operator marks a missed payment as received.
import { randomUUID } from "node:crypto";
import { withApi } from "@/lib/api/with-api";
import { confirmPayment } from "@/lib/orders/confirm-payment";

export const POST = withApi({ access: "admin" }, async ({ params, user }) => {
  const orderId = params.id ?? "";
  // Each confirmation is its own event: a second click answers "already_completed".
  const outcome = await confirmPayment({ orderId, source: "admin", eventKey: `admin:${orderId}:${randomUUID()}` });
  return { outcome, confirmed_by: user?.email };
});
