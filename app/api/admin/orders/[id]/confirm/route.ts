// POST /api/admin/orders/:id/confirm — the operator marks a missed payment as received.
import { withApi } from "@/lib/api/with-api";
import { confirmPayment } from "@/lib/orders/confirm-payment";

export const POST = withApi({ access: "admin" }, async ({ params, user }) => {
  const orderId = params.id ?? "";
  const outcome = await confirmPayment({ orderId, source: "admin", eventKey: `admin:${orderId}`, amount: undefined });
  return { outcome, confirmed_by: user?.email };
});
