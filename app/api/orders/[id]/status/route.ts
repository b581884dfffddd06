// GET /api/orders/:id/status?token=... — payment/delivery status; details with the order's token.
import { withApi } from "@/lib/api/with-api";
import { orderStatus } from "@/lib/orders/order-views";

export const GET = withApi({ access: "public" }, async ({ req, params }) =>
  orderStatus(params.id ?? "", new URL(req.url).searchParams.get("token")),
);
