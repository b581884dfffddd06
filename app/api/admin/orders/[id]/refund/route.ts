// POST /api/admin/orders/:id/refund — the operator refunds a completed order (balance payments go back to the balance; cashier payments through the provider, or `{"to":"balance"}`).
import { withApi } from "@/lib/api/with-api";
import { refundDto, refundOrder } from "@/lib/orders/refund-order";
import { optionalJsonBody } from "@/lib/api/optional-json-body";
import { refundChoiceSchema } from "@/lib/orders/refund-order";

export const POST = withApi({ access: "admin" }, async ({ req, params }) => {
  const choice = await optionalJsonBody(req, refundChoiceSchema);
  return refundDto(await refundOrder(params.id ?? "", choice?.to));
});
