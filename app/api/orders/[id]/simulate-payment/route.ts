// POST /api/orders/:id/simulate-payment?token=... — the demo's "Simulate payment": completes an order that pays a demo address.
import { withApi } from "@/lib/api/with-api";
import { simulateDemoPayment } from "@/lib/payments/crypto/demo-payment";

export const POST = withApi({ access: "public" }, async ({ params, query }) => ({
  outcome: await simulateDemoPayment(params.id ?? "", { token: query.get("token") ?? "" }),
}));
