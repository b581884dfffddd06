// POST /api/admin/orders/:id/cancel — the operator cancels an unpaid order; its items go back on sale.
import { withApi } from "@/lib/api/with-api";
import { cancelOrder } from "@/lib/orders/cancel-order";

export const POST = withApi({ access: "admin" }, async ({ params }) => {
  await cancelOrder(params.id ?? "");
  return { status: "cancelled" };
});
