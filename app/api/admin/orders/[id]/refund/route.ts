// POST /api/admin/orders/:id/refund — the operator refunds a completed order (balance payments go back to the balance).
import { withApi } from "@/lib/api/with-api";
import { refundDto, refundOrder } from "@/lib/orders/refund-order";

export const POST = withApi({ access: "admin" }, async ({ params }) => refundDto(await refundOrder(params.id ?? "")));
