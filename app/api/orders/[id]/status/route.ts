// GET /api/orders/:id/status?token=... — payment/delivery status; details with the order's token.
import { withApi } from "@/lib/api/with-api";
import { orderStatusAnswer } from "@/lib/orders/order-views";

export const GET = withApi({ access: "public" }, async ({ params, query }) => orderStatusAnswer(params.id ?? "", query.get("token")));
