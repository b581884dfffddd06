// POST /api/admin/orders/:id/refund — the operator refunds a completed order (balance payments go back to the balance).
import { withApi } from "@/lib/api/with-api";
import { refundOrder } from "@/lib/orders/refund-order";
import { fenToYuan, formatDecimal } from "@/lib/money";

export const POST = withApi({ access: "admin" }, async ({ params }) => {
  const { status, credited } = await refundOrder(params.id ?? "");
  return {
    status,
    credited: credited
      ? credited.currency === "CNY"
        ? { currency: "CNY", amount: fenToYuan(credited.amount) }
        : { currency: "USDT", amount: formatDecimal(credited.amount, 6) }
      : null,
  };
});
